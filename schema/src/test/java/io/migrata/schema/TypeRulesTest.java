package io.migrata.schema;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TypeRulesTest {

    private static final Predicate<SqlType> PUBLIC_ENUMS = type -> type.name().startsWith("public.");

    @Test
    void parsesNameModifiersAndDimensions() {
        assertEquals(new SqlType("character varying", List.of("20"), 0), SqlType.of("character varying(20)"));
        assertEquals(new SqlType("numeric", List.of("12", "2"), 2), SqlType.of("numeric(12,2)[][]"));
        assertEquals(new SqlType("timestamp with time zone", List.of("3"), 0), SqlType.of("timestamp(3) with time zone"));
        assertEquals(new SqlType("interval day to second", List.of("3"), 0), SqlType.of("interval day to second(3)"));
        assertEquals(new SqlType("public.geometry", List.of("Point", "4326"), 1), SqlType.of("public.geometry(Point,4326)[]"));
        assertEquals(SqlType.named("public.\"odd(1)\""), SqlType.of("public.\"odd(1)\""));
    }

    @ParameterizedTest
    @ValueSource(strings = {"text", "character varying(20)", "numeric(12,2)", "numeric(5,-2)", "timestamp(3) with time zone",
            "time(0) without time zone", "interval year to month", "interval(2)", "bit varying(8)[]", "integer[][]",
            "public.\"My (Type)\"[]", "public.bill_status", "\"char\"", "numeric(12, 2)", "weird(1) thing"})
    void spellingComesBackUnchanged(String spelling) {
        assertEquals(spelling, SqlType.of(spelling).spelling());
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
            "timestamp(6) with time zone    | timestamp with time zone",
            "timestamp(6) without time zone | timestamp without time zone",
            "time(6) without time zone      | time without time zone",
            "time(6) with time zone         | time with time zone",
            "interval(6)                    | interval",
            "interval day to second(6)      | interval day to second",
            "timestamp(6) with time zone[]  | timestamp with time zone[]",
    })
    void precisionSixIsTheUnqualifiedType(String qualified, String plain) {
        assertTrue(TypeRules.equivalent(SqlType.of(qualified), SqlType.of(plain)));
        assertEquals(SqlType.of(plain), TypeRules.canonical(SqlType.of(qualified)));
    }

    @ParameterizedTest(name = "{0} != {1}")
    @CsvSource(delimiter = '|', value = {
            "timestamp(3) with time zone    | timestamp with time zone",
            "timestamp with time zone       | timestamp without time zone",
            "character varying              | text",
            "numeric(6,0)                   | numeric",
            "timestamp(6) with time zone    | timestamp with time zone[]",
    })
    void otherSpellingsDiffer(String a, String b) {
        assertFalse(TypeRules.equivalent(SqlType.of(a), SqlType.of(b)));
    }

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource(delimiter = '|', nullValues = "none", value = {
            "public.mood | public.status | \"col\"::text::public.status",
            "text | public.mood | \"col\"::public.mood",
            "character varying(20) | public.mood | \"col\"::public.mood",
            "integer | text | none",
            "public.mood | text | none",
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
    void castsOnlyLabelsWithinAFamily(String from, String to, String using) {
        assertEquals(using, TypeRules.labelCast("\"col\"", SqlType.of(from), SqlType.of(to), PUBLIC_ENUMS));
        assertFalse(TypeRules.needsGivenConversion(SqlType.of(from), SqlType.of(to), PUBLIC_ENUMS));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "text | oid", "text | integer", "character varying(20) | bigint", "text | uuid", "text | boolean",
            "text | date", "text | jsonb", "integer | boolean", "boolean | integer", "integer | jsonb",
            "json | integer", "text[] | integer[]", "text | text[]", "public.mood | integer",
    })
    void crossingFamiliesWithoutAnAssignmentCastNeedsTheUsersConversion(String from, String to) {
        assertTrue(TypeRules.needsGivenConversion(SqlType.of(from), SqlType.of(to), PUBLIC_ENUMS));
        assertEquals(null, TypeRules.labelCast("\"col\"", SqlType.of(from), SqlType.of(to), PUBLIC_ENUMS));
    }

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource(delimiter = '|', value = {
            "character varying(200) | character varying(10) | true",
            "character(5) | character(2) | true",
            "bit(8) | bit(4) | true",
            "numeric(12,2) | numeric(12,1) | true",
            "numeric(12,2) | integer | true",
            "text | character varying(10) | true",
            "timestamp(6) with time zone | timestamp(3) with time zone | true",
            "character varying(10) | character varying(200) | false",
            "integer | bigint | false",
            "timestamp(6) with time zone | timestamp with time zone | false",
            "timestamp without time zone | time without time zone | false",
            "integer | text | false",
            "bigint[] | integer[] | false",
            "character varying(20)[] | character varying(5)[] | true",
    })
    void narrowingsCheckedBeforeTheChange(String from, String to, boolean checked) {
        assertEquals(checked, TypeRules.narrowsComparably(SqlType.of(from), SqlType.of(to)));
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
            "timestamp(6) with time zone | timestamp with time zone | false",
            "cidr | inet | false",
            "character varying(30) | character varying(20) | true",
            "text | character varying(20) | true",
            "integer | bigint | true",
            "numeric(10,2) | numeric(12,3) | true",
            "timestamp without time zone | timestamp with time zone | true",
            "text | jsonb | true",
    })
    void rewrites(String from, String to, boolean rewrites) {
        assertEquals(rewrites, TypeRules.rewritesTable(SqlType.of(from), SqlType.of(to)));
    }
}
