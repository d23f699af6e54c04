package io.migrata.schema.op;

import io.migrata.schema.ColumnDef;
import io.migrata.schema.IdentityDef;
import io.migrata.schema.SequenceOptions;
import io.migrata.schema.SqlType;
import io.migrata.schema.TypeRules;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static io.migrata.schema.op.Fixture.BIGINT;
import static io.migrata.schema.op.Fixture.USERS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AlterColumnWideningTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "character varying(20)       | character varying(50)",
            "character varying(20)       | character varying(20)",
            "character varying(20)       | character varying",
            "character varying(20)       | text",
            "character varying           | text",
            "text                        | character varying",
            "character(2)                | character varying(2)",
            "character(2)                | character varying",
            "character(2)                | text",
            "character(2)                | character(10)",
            "smallint                    | integer",
            "smallint                    | bigint",
            "integer                     | bigint",
            "integer                     | numeric",
            "integer                     | numeric(10,0)",
            "integer                     | numeric(12,2)",
            "bigint                      | numeric(19,0)",
            "smallint                    | numeric(5,0)",
            "numeric(12,2)               | numeric(14,2)",
            "numeric(12,2)               | numeric(13,3)",
            "numeric(12,2)               | numeric",
            "numeric(10)                 | numeric(12,2)",
            "timestamp(3) without time zone | timestamp(6) without time zone",
            "timestamp(3) with time zone | timestamp with time zone",
            "time(0) without time zone   | time(3) without time zone",
            "real                        | double precision",
            "character varying(20)[]     | text[]",
            "integer[]                   | bigint[]",
    })
    void widenings(String from, String to) {
        assertTrue(TypeRules.isWidening(SqlType.of(from), SqlType.of(to)));
        if (!from.equals(to)) {
            assertFalse(alter(from, to).isDestructive(), "alter " + from + " -> " + to + " keeps every value");
        }
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "character varying(50)       | character varying(20)",
            "text                        | character varying(20)",
            "character varying           | character varying(255)",
            "character varying(2)        | character(2)",
            "text                        | character(5)",
            "character(10)               | character varying(5)",
            "bigint                      | integer",
            "integer                     | smallint",
            "integer                     | numeric(9,0)",
            "integer                     | numeric(11,2)",
            "bigint                      | numeric(18,0)",
            "numeric                     | numeric(20,2)",
            "numeric(12,2)               | numeric(12,3)",
            "numeric(12,2)               | numeric(14,1)",
            "numeric(12,2)               | integer",
            "double precision            | real",
            "bigint                      | double precision",
            "timestamp(6) without time zone | timestamp(3) without time zone",
            "timestamp with time zone    | timestamp(3) with time zone",
            "timestamp without time zone | timestamp with time zone",
            "timestamp with time zone    | timestamp without time zone",
            "timestamp without time zone | date",
            "time without time zone      | timestamp without time zone",
            "integer                     | text",
            "text                        | integer",
            "text[]                      | text",
            "text                        | text[]",
            "bigint[]                    | integer[]",
            "public.user_status          | text",
    })
    void narrowingsAndOtherChanges(String from, String to) {
        assertFalse(TypeRules.isWidening(SqlType.of(from), SqlType.of(to)));
        assertTrue(alter(from, to).isDestructive(), "alter " + from + " -> " + to + " can lose values");
    }

    @Test
    void changesOtherThanTypeAreNotDestructive() {
        ColumnDef phone = ColumnDef.of("phone", SqlType.of("text"));
        assertFalse(new AlterColumn(USERS, phone, phone.withNullable(false).withDefault("''::text").withCollation("\"C\""))
                .isDestructive());
        ColumnDef id = ColumnDef.of("id", BIGINT).withNullable(false);
        ColumnDef identity = id.withIdentity(new IdentityDef(IdentityDef.Generation.ALWAYS, SequenceOptions.defaultsFor(BIGINT)));
        assertFalse(new AlterColumn(USERS, id, identity).isDestructive());
        assertTrue(new AlterColumn(USERS, identity, id).isDestructive(),
                "a removed identity restarts at its start value when restored");
    }

    @Test
    void destructivenessFollowsTheDirection() {
        AlterColumn widen = alter("integer", "bigint");
        assertFalse(widen.isDestructive());
        assertTrue(widen.inverse().isDestructive());
        assertEquals(widen, widen.inverse().inverse());
    }

    private static AlterColumn alter(String from, String to) {
        ColumnDef column = ColumnDef.of("c", SqlType.of(from));
        return new AlterColumn(USERS, column, column.withType(SqlType.of(to)));
    }
}
