package io.migrata.introspect.jdbc;

import io.migrata.schema.SqlType;
import java.util.Map;

/**
 * Turns what PostgreSQL's JDBC driver reports for a column (the internal type name, the size and
 * the decimal digits of {@code DatabaseMetaData.getColumns}) into the spelling
 * {@code format_type()} prints, as far as those three values allow.
 *
 * <pre>{@code
 * PostgresTypeSpelling.of("varchar", 20, 0)   // character varying(20)
 * PostgresTypeSpelling.of("_int4", 10, 0)     // integer[]
 * PostgresTypeSpelling.of("timestamptz", 35, 3) // timestamp(3) with time zone
 * }</pre>
 *
 * <p>Where the driver reports the same values for two spellings, the one PostgreSQL prints for
 * the type written without a modifier wins: {@code timestamp(6)}, {@code time(6)} and
 * {@code interval(6)} read as {@code timestamp}, {@code time} and {@code interval}, because the
 * driver reports 6 digits for both. User-defined types come back unqualified, as the driver
 * names them.
 */
final class PostgresTypeSpelling {

    /** What the driver reports for "no limit": the length of {@code varchar} and {@code varbit} without one. */
    private static final int UNBOUNDED = Integer.MAX_VALUE;

    /** The precision the driver reports for date/time types declared without one. */
    private static final int DEFAULT_TIME_PRECISION = 6;

    /** The largest precision a numeric typmod can carry; the driver reports more (or 0) without one. */
    private static final int MAX_NUMERIC_PRECISION = 1000;

    // Internal names (pg_type.typname) and the driver's serial pseudo-names, for types that take no
    // modifier and print under another name.
    private static final Map<String, String> PLAIN_ALIASES = Map.ofEntries(
            Map.entry("int2", "smallint"),
            Map.entry("smallserial", "smallint"),
            Map.entry("int4", "integer"),
            Map.entry("serial", "integer"),
            Map.entry("int8", "bigint"),
            Map.entry("bigserial", "bigint"),
            Map.entry("float4", "real"),
            Map.entry("float8", "double precision"),
            Map.entry("bool", "boolean"),
            Map.entry("char", "\"char\""));

    private PostgresTypeSpelling() {
    }

    /**
     * The canonical spelling of a column type.
     *
     * @param typeName      the driver's {@code TYPE_NAME}: {@code pg_type.typname}, an array's with a leading underscore
     * @param size          the driver's {@code COLUMN_SIZE}: length, precision, or {@link Integer#MAX_VALUE} for none
     * @param decimalDigits the driver's {@code DECIMAL_DIGITS}: scale, or fractional-second digits
     */
    static SqlType of(String typeName, int size, int decimalDigits) {
        return SqlType.of(spell(typeName, size, decimalDigits));
    }

    private static String spell(String typeName, int size, int decimalDigits) {
        // The driver reports the element's modifiers on an array column (varchar(20)[] has size 20).
        if (typeName.startsWith("_")) return spell(typeName.substring(1), size, decimalDigits) + "[]";
        String alias = PLAIN_ALIASES.get(typeName);
        if (alias != null) return alias;
        return switch (typeName) {
            case "varchar" -> "character varying" + length(size);
            case "bpchar" -> size == UNBOUNDED ? "bpchar" : "character" + length(size);
            case "varbit" -> "bit varying" + length(size);
            case "bit" -> "bit" + length(size);
            case "numeric" -> size > 0 && size <= MAX_NUMERIC_PRECISION
                    ? "numeric(" + size + "," + decimalDigits + ")"
                    : "numeric";
            case "timestamp" -> "timestamp" + precision(decimalDigits) + " without time zone";
            case "timestamptz" -> "timestamp" + precision(decimalDigits) + " with time zone";
            case "time" -> "time" + precision(decimalDigits) + " without time zone";
            case "timetz" -> "time" + precision(decimalDigits) + " with time zone";
            case "interval" -> "interval" + precision(decimalDigits);
            default -> typeName;
        };
    }

    private static String length(int size) {
        return size == UNBOUNDED ? "" : "(" + size + ")";
    }

    private static String precision(int digits) {
        return digits == DEFAULT_TIME_PRECISION ? "" : "(" + digits + ")";
    }
}
