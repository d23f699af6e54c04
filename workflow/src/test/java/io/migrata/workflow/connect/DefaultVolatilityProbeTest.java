package io.migrata.workflow.connect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migrata.diff.DefaultVolatility;
import io.migrata.testing.PostgresExtension;
import io.migrata.testing.TestDatabase;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** What {@code pg_proc.provolatile} says of default expressions, through the functions PostgreSQL resolves. */
@ExtendWith(PostgresExtension.class)
class DefaultVolatilityProbeTest {

    @Test
    void readsVolatilityFromTheCatalogNotFromNames(TestDatabase db) throws Exception {
        db.execute("""
                CREATE FUNCTION next_token() RETURNS text LANGUAGE sql VOLATILE AS $$ SELECT md5(random()::text) $$;
                CREATE FUNCTION random_label() RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT 'fixed' $$;
                CREATE FUNCTION shuffle(integer, integer) RETURNS integer LANGUAGE sql VOLATILE
                    AS $$ SELECT $1 + (random() * $2)::integer $$;
                CREATE OPERATOR +~ (LEFTARG = integer, RIGHTARG = integer, FUNCTION = shuffle);
                """);
        List<String> expressions = List.of("next_token()", "random_label()", "now()", "gen_random_uuid()",
                "'random()'::text", "(1 +~ 2)", "(1 + 2)", "no_such_function()");
        DefaultVolatility answers = DefaultVolatilityProbe.ask(target(db), expressions);

        assertTrue(answers.isVolatile("next_token()"), "a user-defined volatile function");
        assertFalse(answers.isVolatile("random_label()"), "an immutable function whose name looks volatile");
        assertFalse(answers.isVolatile("now()"), "now() is stable");
        assertTrue(answers.isVolatile("gen_random_uuid()"));
        assertFalse(answers.isVolatile("'random()'::text"), "a string literal calls nothing");
        assertTrue(answers.isVolatile("(1 +~ 2)"), "an operator whose function is volatile");
        assertFalse(answers.isVolatile("(1 + 2)"));
        assertFalse(answers.isKnown("no_such_function()"), "what the server cannot resolve gets no answer");
        assertTrue(answers.isVolatile("no_such_function()"), "and counts as volatile, a call nobody could check");
        // The probe leaves nothing behind.
        assertEquals(0L, count(db, "SELECT count(*) FROM pg_class WHERE relname = 'migrata_volatility_probe'"));
    }

    private static DatabaseTarget target(TestDatabase db) {
        DataSource dataSource = db.dataSource();
        return DatabaseTarget.of(dataSource, "test");
    }

    private static long count(TestDatabase db, String sql) throws Exception {
        try (var connection = db.connect(); var statement = connection.createStatement(); var rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
