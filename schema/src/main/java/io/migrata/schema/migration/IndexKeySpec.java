package io.migrata.schema.migration;

import io.migrata.schema.IndexKey;

/**
 * One key of an index: {@code key("created_at").desc()}, {@code expression("lower(email)")},
 * {@code key("name").opclass("text_pattern_ops")}. Nulls sort as PostgreSQL sorts them by default
 * (last ascending, first descending) unless {@link #nullsFirst()} or {@link #nullsLast()} says.
 */
public final class IndexKeySpec {

    private final String column;
    private final String expression;
    private final boolean descending;
    private final Boolean nullsFirst;
    private final String opclass;
    private final String collation;

    IndexKeySpec(String column, String expression, boolean descending, Boolean nullsFirst, String opclass,
                 String collation) {
        this.column = column;
        this.expression = expression;
        this.descending = descending;
        this.nullsFirst = nullsFirst;
        this.opclass = opclass;
        this.collation = collation;
    }

    public IndexKeySpec desc() {
        return new IndexKeySpec(column, expression, true, nullsFirst, opclass, collation);
    }

    public IndexKeySpec nullsFirst() {
        return new IndexKeySpec(column, expression, descending, true, opclass, collation);
    }

    public IndexKeySpec nullsLast() {
        return new IndexKeySpec(column, expression, descending, false, opclass, collation);
    }

    /** An operator class other than the type's default, e.g. {@code "text_pattern_ops"}. */
    public IndexKeySpec opclass(String name) {
        return new IndexKeySpec(column, expression, descending, nullsFirst, Require.text(name, "operator class"),
                collation);
    }

    public IndexKeySpec collate(String name) {
        return new IndexKeySpec(column, expression, descending, nullsFirst, opclass, Require.text(name, "collation"));
    }

    public IndexKey resolve() {
        return new IndexKey(column, expression, descending, nullsFirst == null ? descending : nullsFirst, opclass,
                collation);
    }
}
