package io.migrata.entities.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Expected texts are what PostgreSQL 15 prints for the same constraints and defaults. */
class PgExpressionsTest {

    private static final Map<String, String> COLUMNS = Map.ofEntries(
            Map.entry("v", "character varying(20)"), Map.entry("tx", "text"), Map.entry("email", "character varying(255)"), Map.entry("c", "character(1)"),
            Map.entry("i", "integer"), Map.entry("s", "smallint"), Map.entry("b", "bigint"),
            Map.entry("n", "numeric(10,2)"), Map.entry("d", "double precision"), Map.entry("r", "real"),
            Map.entry("l", "character varying(10)"), Map.entry("bo", "boolean"), Map.entry("dt", "date"),
            Map.entry("ib", "integer"), Map.entry("status", "character varying(255)"), Map.entry("kind", "smallint"));

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "v in ('A','B')|((v)::text = ANY ((ARRAY['A'::character varying, 'B'::character varying])::text[]))",
        "v in ('A')|((v)::text = 'A'::text)",
        "tx in ('A','B')|(tx = ANY (ARRAY['A'::text, 'B'::text]))",
        "c in ('N','Y')|(c = ANY (ARRAY['N'::bpchar, 'Y'::bpchar]))",
        "i between 0 and 2|((i >= 0) AND (i <= 2))",
        "s between 0 and 2|((s >= 0) AND (s <= 2))",
        "b in (1,2)|(b = ANY (ARRAY[(1)::bigint, (2)::bigint]))",
        "b >= 0|(b >= 0)",
        "n >= 0|(n >= (0)::numeric)",
        "n > 0.5|(n > 0.5)",
        "d > 0|(d > (0)::double precision)",
        "d > 0.5|(d > (0.5)::double precision)",
        "r > 0|(r > (0)::double precision)",
        "length(v) > 0 and l is not null|((length((v)::text) > 0) AND (l IS NOT NULL))",
        "i + ib > 0|((i + ib) > 0)",
        "v like 'a%'|((v)::text ~~ 'a%'::text)",
        "v not in ('x','y')|((v)::text <> ALL ((ARRAY['x'::character varying, 'y'::character varying])::text[]))",
        "bo = true|(bo = true)",
        "dt > '2020-01-01'|(dt > '2020-01-01'::date)",
        "i > -1|(i > '-1'::integer)",
        "b > -1|(b > '-1'::integer)",
        "i between 0 and 9 and bo|((i >= 0) AND (i <= 9) AND bo)",
        "(status in ('A','B')) and (kind between 0 and 2)|(((status)::text = ANY ((ARRAY['A'::character varying, 'B'::character varying])::text[])) AND ((kind >= 0) AND (kind <= 2)))",
    })
    void printsChecksAsPostgresStoresThem(String written, String stored) {
        assertEquals(stored, PgExpressions.check(written, COLUMNS::get, "public"));
        assertEquals(stored, PgExpressions.check(stored, COLUMNS::get, "public"), "reading PostgreSQL's own text back");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "'{}'|jsonb|'{}'::jsonb",
        "'ACTIVE'|character varying(5)|'ACTIVE'::character varying",
        "0|numeric(12,2)|0",
        "0.00|numeric(12,2)|0.00",
        "-1|integer|'-1'::integer",
        "-1|bigint|'-1'::integer",
        "now()|timestamp with time zone|now()",
        "current_timestamp|timestamp with time zone|CURRENT_TIMESTAMP",
        "'x'|text|'x'::text",
        "'A'|character(1)|'A'::bpchar",
        "false|boolean|false",
        "'2020-01-01'|date|'2020-01-01'::date",
        "1.5|double precision|1.5",
        "0|bigint|0",
        "gen_random_uuid()|uuid|gen_random_uuid()",
        "localtimestamp|timestamp without time zone|LOCALTIMESTAMP",
        "current_date|date|CURRENT_DATE",
        "-1.5|numeric|'-1.5'::numeric",
        "'ACTIVE'::character varying|character varying(5)|'ACTIVE'::character varying",
        "'OPEN'|public.bill_status|'OPEN'::public.bill_status",
        "date_trunc('day', now())|timestamp with time zone|date_trunc('day'::text, now())",
        "date_trunc('hour', localtimestamp)|timestamp without time zone|date_trunc('hour'::text, LOCALTIMESTAMP)",
        "round(1.234, 2)|numeric(12,2)|round(1.234, 2)",
        "to_char(now(), 'YYYY')|text|to_char(now(), 'YYYY'::text)",
        "lower('X')|character varying(10)|lower('X'::text)",
        "abs(-5)|bigint|abs('-5'::integer)",
        "left('abc', 2)|text|\"left\"('abc'::text, 2)",
        "'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'|uuid|'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'::uuid",
        "'2020-01-01 10:00:00'|timestamp without time zone|'2020-01-01 10:00:00'::timestamp without time zone",
        "'1 day'|interval|'1 day'::interval",
        "'-1 days 02:00:00'|interval|'-1 days 02:00:00'::interval",
        "'1 year 2 mons'|interval|'1 year 2 mons'::interval",
    })
    void printsDefaultsAsPostgresStoresThem(String written, String type, String stored) {
        assertEquals(stored, PgExpressions.defaultValue(written, type, "public"));
        assertEquals(stored, PgExpressions.defaultValue(stored, type, "public"), "reading PostgreSQL's own text back");
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " => ", quoteCharacter = '"', value = {
        "lower(v) => lower(v::text)", "i + ib => (i + ib)", "lower(v) || tx => (lower(v::text) || tx)",
        "i * 2 + ib => (i * 2 + ib)", "(i + ib) * 2 => ((i + ib) * 2)",
    })
    void printsIndexKeysAsPgGetIndexdefDoes(String written, String stored) {
        assertEquals(stored, PgExpressions.indexExpression(written, COLUMNS::get, "public"));
    }

    @Test
    void listsTheColumnsAnExpressionReads() {
        assertEquals(List.of("v", "l"), PgExpressions.columns("length(v) > 0 and l is not null and v <> 'x'"));
    }

    /** Each of these PostgreSQL stores in a form the printer cannot compute, so it must refuse rather than guess. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "my_func()|text",
        "public.my_func()|text",
        "date_trunc('day', '2020-01-01')|timestamp with time zone",
        "'24 hours'|interval",
        "'1 days'|interval",
        "'2020-01-01'|timestamp with time zone",
        "'A0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A11'|uuid",
        "'{\"b\":1}'|jsonb",
        "'1.50'|double precision",
        "'{}'|text[]",
    })
    void refusesDefaultsWhoseStoredFormItCannotTell(String written, String type) {
        assertThrows(UnsupportedExpressionException.class, () -> PgExpressions.defaultValue(written, type, "public"));
    }

    @Test
    void refusesWhatItDoesNotModel() {
        assertThrows(UnsupportedExpressionException.class, () -> PgExpressions.check("v ~ '^a'", COLUMNS::get, "public"));
        assertThrows(UnsupportedExpressionException.class, () -> PgExpressions.check("nope > 1", COLUMNS::get, "public"));
    }
}
