package io.migrata.schema;

/**
 * One key of an index: either a plain {@code column} or an {@code expression} (as
 * {@code pg_get_indexdef(index, n, true)} prints it), never both. {@code nullsFirst} is always
 * explicit; PostgreSQL's default is NULLS LAST for ascending and NULLS FIRST for descending keys.
 * {@code opclass} and {@code collation} are set only when not the column's default.
 */
public record IndexKey(String column, String expression, boolean descending, boolean nullsFirst, String opclass,
                       String collation) {

    public IndexKey {
        if ((column == null) == (expression == null)) {
            throw new IllegalArgumentException("an index key is either a column or an expression");
        }
    }

    /** An ascending key on a column, with default null ordering, operator class and collation. */
    public static IndexKey column(String column) {
        return new IndexKey(column, null, false, false, null, null);
    }

    public static IndexKey expression(String expression) {
        return new IndexKey(null, expression, false, false, null, null);
    }

    public IndexKey desc() {
        return new IndexKey(column, expression, true, true, opclass, collation);
    }

    public boolean isExpression() {
        return expression != null;
    }

    /** Whether the null ordering differs from the default for this direction and must be spelled out. */
    public boolean hasExplicitNullOrder() {
        return nullsFirst != descending;
    }
}
