package io.migrata.entities.sql;

import io.migrata.schema.SqlType;
import io.migrata.schema.TypeRules;

/**
 * A type as PostgreSQL's operator resolution sees it: the name {@code format_type()} prints without
 * a type modifier ({@code character varying}, {@code bpchar}, {@code numeric}), its category and
 * its rank within the category, all from {@link TypeRules}; {@code UNKNOWN} is the type of a quoted
 * constant before resolution gives it one.
 */
record PgType(String name, Category category, int rank) {

    enum Category { INTEGER, NUMERIC, FLOAT, VARCHAR, TEXT, BPCHAR, BOOLEAN, UNKNOWN, ARRAY, OTHER }

    static final PgType UNKNOWN = new PgType("unknown", Category.UNKNOWN, 0);
    static final PgType TEXT = ofColumn("text");
    static final PgType INTEGER = ofColumn("integer");
    static final PgType BIGINT = ofColumn("bigint");
    static final PgType NUMERIC = ofColumn("numeric");
    static final PgType DOUBLE = ofColumn("double precision");
    static final PgType BOOLEAN = ofColumn("boolean");

    /** The type of a column from its canonical spelling ({@code character varying(20)}, {@code numeric(12,2)}, {@code text[]}). */
    static PgType ofColumn(String spelling) {
        return of(SqlType.of(spelling));
    }

    static PgType of(SqlType type) {
        SqlType bare = type.withoutModifiers();
        String name = TypeRules.unmodifiedName(bare.element()) + "[]".repeat(bare.arrayDimensions());
        return new PgType(name, Category.valueOf(TypeRules.operandCategory(bare).name()), TypeRules.rank(bare));
    }

    PgType arrayOf() {
        return new PgType(name + "[]", Category.ARRAY, 0);
    }

    PgType elementType() {
        return ofColumn(name.substring(0, name.length() - 2));
    }

    boolean isNumber() {
        return category == Category.INTEGER || category == Category.NUMERIC || category == Category.FLOAT;
    }

    boolean isString() {
        return category == Category.VARCHAR || category == Category.TEXT || category == Category.BPCHAR;
    }
}
