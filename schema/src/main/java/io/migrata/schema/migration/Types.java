package io.migrata.schema.migration;

import io.migrata.schema.SqlType;

import java.util.Objects;

/**
 * Column and sequence types, spelled the way PostgreSQL prints them ({@code varchar(20)} is
 * {@code character varying(20)}), so a migration's types compare equal to what the database
 * reports. Meant for static import.
 *
 * <pre>{@code
 * import static io.migrata.schema.migration.Types.*;
 *
 * column("phone", varchar(20));
 * column("amount", numeric(12, 2));
 * column("status", type("public.bill_status"));
 * }</pre>
 */
public final class Types {

    private Types() {
    }

    /**
     * Any type, in PostgreSQL's canonical spelling ({@code format_type()} with
     * {@code search_path = pg_catalog}): user types are schema-qualified, e.g.
     * {@code "public.bill_status"}.
     */
    public static SqlType type(String spelling) {
        Objects.requireNonNull(spelling, "type spelling is null");
        return SqlType.of(spelling);
    }

    public static SqlType smallint() {
        return SqlType.of("smallint");
    }

    public static SqlType integer() {
        return SqlType.of("integer");
    }

    public static SqlType bigint() {
        return SqlType.of("bigint");
    }

    /** {@code numeric} without precision: any number of digits. */
    public static SqlType numeric() {
        return SqlType.of("numeric");
    }

    /** {@code numeric(precision,0)}: what {@code numeric(precision)} means. */
    public static SqlType numeric(int precision) {
        return numeric(precision, 0);
    }

    public static SqlType numeric(int precision, int scale) {
        positive(precision, "numeric precision");
        return SqlType.of("numeric(" + precision + "," + scale + ")");
    }

    public static SqlType real() {
        return SqlType.of("real");
    }

    public static SqlType doublePrecision() {
        return SqlType.of("double precision");
    }

    public static SqlType bool() {
        return SqlType.of("boolean");
    }

    public static SqlType text() {
        return SqlType.of("text");
    }

    /** {@code character varying} without a length limit. */
    public static SqlType varchar() {
        return SqlType.of("character varying");
    }

    public static SqlType varchar(int length) {
        positive(length, "varchar length");
        return SqlType.of("character varying(" + length + ")");
    }

    /** {@code character(length)}, blank-padded. */
    public static SqlType character(int length) {
        positive(length, "character length");
        return SqlType.of("character(" + length + ")");
    }

    public static SqlType date() {
        return SqlType.of("date");
    }

    public static SqlType time() {
        return SqlType.of("time without time zone");
    }

    /** {@code time(precision) without time zone}: {@code precision} digits after the second. */
    public static SqlType time(int precision) {
        return SqlType.of("time(" + fraction(precision) + ") without time zone");
    }

    public static SqlType timestamp() {
        return SqlType.of("timestamp without time zone");
    }

    public static SqlType timestamp(int precision) {
        return SqlType.of("timestamp(" + fraction(precision) + ") without time zone");
    }

    public static SqlType timestamptz() {
        return SqlType.of("timestamp with time zone");
    }

    /** {@code timestamp(precision) with time zone}; Hibernate declares precision 6. */
    public static SqlType timestamptz(int precision) {
        return SqlType.of("timestamp(" + fraction(precision) + ") with time zone");
    }

    public static SqlType interval() {
        return SqlType.of("interval");
    }

    public static SqlType uuid() {
        return SqlType.of("uuid");
    }

    public static SqlType json() {
        return SqlType.of("json");
    }

    public static SqlType jsonb() {
        return SqlType.of("jsonb");
    }

    public static SqlType bytea() {
        return SqlType.of("bytea");
    }

    public static SqlType inet() {
        return SqlType.of("inet");
    }

    /** A one-dimensional array of {@code element}: {@code arrayOf(text())} is {@code text[]}. */
    public static SqlType arrayOf(SqlType element) {
        Objects.requireNonNull(element, "array element type is null");
        return SqlType.of(element.spelling() + "[]");
    }

    private static void positive(int value, String what) {
        if (value < 1) throw new IllegalArgumentException(what + " " + value + " is below 1");
    }

    private static int fraction(int precision) {
        if (precision < 0 || precision > 6) {
            throw new IllegalArgumentException("time precision " + precision + " is outside 0 to 6");
        }
        return precision;
    }
}
