package io.migrata.diff;

import io.migrata.schema.SqlType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CastRulesTest {

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource(delimiter = '|', nullValues = "none", value = {
            "text | jsonb | col::jsonb",
            "character varying(20) | integer | col::integer",
            "text | bigint | col::bigint",
            "text | numeric(12,2) | col::numeric(12,2)",
            "text | uuid | col::uuid",
            "text | boolean | col::boolean",
            "text | date | col::date",
            "text | timestamp without time zone | col::timestamp without time zone",
            "text | public.mood | col::public.mood",
            "integer | boolean | col::boolean",
            "boolean | integer | col::integer",
            "smallint | boolean | col::integer::boolean",
            "public.mood | public.status | col::text::public.status",
            "integer | jsonb | to_jsonb(col)",
            "json | integer | col::jsonb::integer",
            "text[] | integer[] | col::integer[]",
            "text | text[] | col::text[]",
            "integer | text | none",
            "public.mood | text | none",
            "integer | bigint | none",
            "bigint | integer | none",
            "numeric(12,2) | integer | none",
            "timestamp without time zone | timestamp with time zone | none",
            "timestamp(3) with time zone | date | none",
            "json | jsonb | none",
            "character varying(20) | character varying(10) | none",
            "integer[] | text[] | none",
            "integer[] | text | none",
            "uuid | character varying(36) | none",
    })
    void usingWhereNoAssignmentCastExists(String from, String to, String using) {
        assertEquals(using, CastRules.using("col", SqlType.of(from), SqlType.of(to), type -> type.startsWith("public.")));
    }

    @ParameterizedTest(name = "{0} -> {1} rewrites: {2}")
    @CsvSource(delimiter = '|', value = {
            "character varying(20) | character varying(30) | false",
            "character varying(20) | text | false",
            "text | character varying | false",
            "character varying(20) | character varying | false",
            "numeric(10,2) | numeric(12,2) | false",
            "numeric(10,2) | numeric | false",
            "timestamp(3) without time zone | timestamp without time zone | false",
            "cidr | inet | false",
            "character varying(30) | character varying(20) | true",
            "text | character varying(20) | true",
            "integer | bigint | true",
            "numeric(10,2) | numeric(12,3) | true",
            "timestamp without time zone | timestamp with time zone | true",
            "text | jsonb | true",
    })
    void rewrites(String from, String to, boolean rewrites) {
        assertEquals(rewrites, CastRules.rewritesTable(SqlType.of(from), SqlType.of(to)));
    }
}
