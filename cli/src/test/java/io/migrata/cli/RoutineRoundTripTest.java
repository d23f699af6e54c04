package io.migrata.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migrata.testing.EveryPostgresMajor;
import io.migrata.testing.PostgresExtension;
import io.migrata.testing.TestDatabase;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Extensions (and the columns and indexes that use them), functions, procedures, overloads and
 * triggers, and the comments on extensions and triggers, judged by pg_dump: SQL builds database A; {@code diff --java} from an empty database to
 * A writes a migration; upgrading an empty database B with it gives B the schema of A, and the
 * downgrade empties B again. Then A is altered and, in part, dropped from; the next migration,
 * written from B to A, takes B there and back.
 *
 * <p>On PostgreSQL 15, 16 and 17 ({@link EveryPostgresMajor}): judged by pg_dump where the machine's
 * pg_dump reads the server (15), by the catalog fingerprint on the newer majors.
 */
@ExtendWith(PostgresExtension.class)
class RoutineRoundTripTest {


    private static final String CREATE = """
            CREATE EXTENSION citext;
            CREATE EXTENSION pg_trgm;
            CREATE TABLE users (id bigint PRIMARY KEY, email citext NOT NULL, name text, updated_at timestamptz);
            CREATE INDEX users_name_trgm ON users USING gin (name gin_trgm_ops);
            CREATE FUNCTION touch_updated_at() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
              NEW.updated_at := now();
              RETURN NEW;
            END
            $$;
            CREATE FUNCTION add(a integer, b integer) RETURNS integer LANGUAGE sql IMMUTABLE AS 'SELECT a + b';
            CREATE FUNCTION add(a numeric, b numeric) RETURNS numeric LANGUAGE sql IMMUTABLE AS 'SELECT a + b';
            CREATE PROCEDURE forget_user(who bigint) LANGUAGE sql AS 'DELETE FROM public.users WHERE id = who';
            CREATE TRIGGER users_touch BEFORE UPDATE ON users FOR EACH ROW EXECUTE FUNCTION touch_updated_at();
            CREATE TRIGGER users_seen AFTER INSERT ON users FOR EACH ROW EXECUTE FUNCTION touch_updated_at();
            COMMENT ON TRIGGER users_touch ON users IS 'Stamps updates';
            COMMENT ON EXTENSION citext IS 'Case-insensitive text';
            COMMENT ON EXTENSION pg_trgm IS NULL;
            """;

    private static final String ALTER_AND_DROP = """
            CREATE OR REPLACE FUNCTION add(a integer, b integer) RETURNS integer LANGUAGE sql IMMUTABLE AS 'SELECT b + a';
            DROP FUNCTION add(numeric, numeric);
            DROP PROCEDURE forget_user(bigint);
            DROP TRIGGER users_touch ON users;
            CREATE TRIGGER users_touch BEFORE INSERT OR UPDATE OF name ON users
                FOR EACH ROW WHEN (NEW.name IS NOT NULL) EXECUTE FUNCTION touch_updated_at();
            COMMENT ON TRIGGER users_touch ON users IS 'Stamps named rows';
            COMMENT ON TRIGGER users_seen ON users IS 'Seen';
            DO $$BEGIN
              EXECUTE format('COMMENT ON EXTENSION citext IS %L', (SELECT comment FROM pg_available_extensions WHERE name = 'citext'));
            END$$;
            DROP INDEX users_name_trgm;
            DROP EXTENSION pg_trgm;
            CREATE FUNCTION add(a bigint, b bigint) RETURNS bigint LANGUAGE sql IMMUTABLE AS 'SELECT a + b';
            """;

    @TempDir
    Path dir;

    @EveryPostgresMajor
    void migrationsWrittenFromTheCatalogRebuildItExactlyAndUndoIt(TestDatabase a, TestDatabase b, TestDatabase empty)
            throws Exception {
        CatalogRoundTrip trip = new CatalogRoundTrip(dir, a, b);
        String emptyDump = CatalogRoundTrip.dump(empty);

        a.execute(CREATE);
        String first = trip.save(trip.javaDiff(empty, a), null, "");
        String created = trip.buildsTheSourceAndUndoes("base", emptyDump);
        trip.upgrade("head");

        a.execute(ALTER_AND_DROP);
        String second = trip.javaDiff(b, a);
        assertTrue(second.contains("op.replaceFunction(") && second.contains("op.dropExtension(extension(\"pg_trgm\")")
                && second.contains("op.dropFunction(") && second.contains("function(\"forget_user\", \"bigint\"")
                && second.contains("op.changeComment(onTrigger(\"users\", \"users_seen\"), null, \"Seen\")")
                && second.contains("extension(\"citext\").version(\"1.6\").comment(\"Case-insensitive text\")"), second);
        trip.save(second, first, "_next");
        trip.buildsTheSourceAndUndoes("-1", created);
    }

    @Test
    void aHandMadeFunctionAndTriggerAreDifferencesNotSilence(TestDatabase a, TestDatabase b) throws Exception {
        String table = "CREATE TABLE users (id bigint PRIMARY KEY, updated_at timestamptz);";
        a.execute(table);
        b.execute(table + """
                CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN NEW.updated_at := now(); RETURN NEW; END$$;
                CREATE TRIGGER users_touch BEFORE UPDATE ON users FOR EACH ROW EXECUTE FUNCTION touch();
                """);
        CliRun run = CliRun.run("-C", dir.toString(), "diff", "--from", a.urlWithCredentials(), "--to", b.urlWithCredentials(),
                "--quiet");
        assertEquals(ExitCode.DIFFERENCES, run.exitCode(), run.err());
        assertEquals("create function public.touch()\ncreate trigger users_touch on public.users\n", run.out());
    }
}
