package io.migrata.entities.sql;

import java.util.Map;

/**
 * A type as PostgreSQL's operator resolution sees it: the name {@code format_type()} prints without
 * a type modifier ({@code character varying}, {@code bpchar}, {@code numeric}) and its category.
 */
record PgType(String name, Category category, int rank) {

    enum Category { INTEGER, NUMERIC, FLOAT, VARCHAR, TEXT, BPCHAR, BOOLEAN, UNKNOWN, ARRAY, OTHER }

    static final PgType UNKNOWN = new PgType("unknown", Category.UNKNOWN, 0);
    static final PgType TEXT = new PgType("text", Category.TEXT, 0);
    static final PgType INTEGER = new PgType("integer", Category.INTEGER, 2);
    static final PgType BIGINT = new PgType("bigint", Category.INTEGER, 3);
    static final PgType NUMERIC = new PgType("numeric", Category.NUMERIC, 0);
    static final PgType DOUBLE = new PgType("double precision", Category.FLOAT, 2);
    static final PgType BOOLEAN = new PgType("boolean", Category.BOOLEAN, 0);

    private static final Map<String, PgType> KNOWN = Map.ofEntries(
            Map.entry("smallint", new PgType("smallint", Category.INTEGER, 1)),
            Map.entry("integer", INTEGER), Map.entry("bigint", BIGINT), Map.entry("numeric", NUMERIC),
            Map.entry("real", new PgType("real", Category.FLOAT, 1)), Map.entry("double precision", DOUBLE),
            Map.entry("character varying", new PgType("character varying", Category.VARCHAR, 0)),
            Map.entry("text", TEXT), Map.entry("character", new PgType("bpchar", Category.BPCHAR, 0)),
            Map.entry("bpchar", new PgType("bpchar", Category.BPCHAR, 0)), Map.entry("boolean", BOOLEAN));

    /** The type of a column from its canonical spelling ({@code character varying(20)}, {@code numeric(12,2)}). */
    static PgType ofColumn(String spelling) {
        if (spelling.endsWith("[]")) {
            return new PgType(withoutModifier(spelling.substring(0, spelling.length() - 2)) + "[]", Category.ARRAY, 0);
        }
        String name = withoutModifier(spelling);
        return KNOWN.getOrDefault(name, new PgType(name, Category.OTHER, 0));
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

    private static String withoutModifier(String spelling) {
        return spelling.replaceAll("\\([^)]*\\)", "").trim();
    }
}
