package io.migrata.introspect.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PostgresTypeSpellingTest {

    private static final int UNBOUNDED = Integer.MAX_VALUE;

    // The values pgjdbc 42.7 reports in getColumns for each declared type (TYPE_NAME, COLUMN_SIZE,
    // DECIMAL_DIGITS), and what format_type() prints for it.
    @ParameterizedTest(name = "{0}({1},{2}) -> {3}")
    @CsvSource(delimiter = '|', value = {
            "int2        | 5          | 0  | smallint",
            "int4        | 10         | 0  | integer",
            "int8        | 19         | 0  | bigint",
            "smallserial | 5          | 0  | smallint",
            "serial      | 10         | 0  | integer",
            "bigserial   | 19         | 0  | bigint",
            "float4      | 8          | 8  | real",
            "float8      | 17         | 17 | double precision",
            "bool        | 1          | 0  | boolean",
            "char        | 1          | 0  | \"char\"",
            "varchar     | 20         | 0  | character varying(20)",
            "varchar     | 2147483647 | 0  | character varying",
            "bpchar      | 3          | 0  | character(3)",
            "bpchar      | 1          | 0  | character(1)",
            "bpchar      | 2147483647 | 0  | bpchar",
            "bit         | 8          | 0  | bit(8)",
            "bit         | 1          | 0  | bit(1)",
            "varbit      | 16         | 0  | bit varying(16)",
            "varbit      | 2147483647 | 0  | bit varying",
            "numeric     | 12         | 2  | numeric(12,2)",
            "numeric     | 7          | 0  | numeric(7,0)",
            "numeric     | 1000       | 0  | numeric(1000,0)",
            "numeric     | 0          | 0  | numeric",
            "timestamp   | 29         | 6  | timestamp without time zone",
            "timestamp   | 22         | 0  | timestamp(0) without time zone",
            "timestamptz | 35         | 6  | timestamp with time zone",
            "timestamptz | 32         | 3  | timestamp(3) with time zone",
            "time        | 15         | 6  | time without time zone",
            "time        | 11         | 2  | time(2) without time zone",
            "timetz      | 21         | 6  | time with time zone",
            "timetz      | 14         | 0  | time(0) with time zone",
            "interval    | 49         | 6  | interval",
            "interval    | 49         | 3  | interval(3)",
            "text        | 2147483647 | 0  | text",
            "jsonb       | 2147483647 | 0  | jsonb",
            "uuid        | 2147483647 | 0  | uuid",
            "bytea       | 2147483647 | 0  | bytea",
            "date        | 13         | 0  | date",
            "inet        | 2147483647 | 0  | inet",
            "money       | 2147483647 | 0  | money",
            "_text       | 2147483647 | 0  | text[]",
            "_int4       | 10         | 0  | integer[]",
            "_varchar    | 20         | 0  | character varying(20)[]",
            "_char       | 1          | 0  | \"char\"[]",
            "_numeric    | 10         | 2  | numeric(10,2)[]",
            "mood        | 2147483647 | 0  | mood",
    })
    void spellsWhatFormatTypePrints(String typeName, int size, int decimalDigits, String expected) {
        assertEquals(expected, PostgresTypeSpelling.of(typeName, size, decimalDigits).spelling());
    }

    // The driver reports 6 fractional digits for a declared (6) and for no precision at all, so the
    // explicit form cannot be told apart and reads as the bare one.
    @ParameterizedTest(name = "{0} declared with (6) reads as {1}")
    @CsvSource(delimiter = '|', value = {
            "timestamptz | timestamp with time zone",
            "timestamp   | timestamp without time zone",
            "time        | time without time zone",
            "interval    | interval",
    })
    void precisionSixIsIndistinguishableFromNone(String typeName, String expected) {
        assertEquals(expected, PostgresTypeSpelling.of(typeName, UNBOUNDED, 6).spelling());
    }
}
