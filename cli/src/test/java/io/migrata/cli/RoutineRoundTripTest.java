package io.migrata.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migrata.testing.PostgresExtension;
import io.migrata.testing.SchemaDump;
import io.migrata.testing.TestDatabase;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Extensions (and the columns and indexes that use them), functions, procedures, overloads and
 * triggers, judged by pg_dump: SQL builds database A; {@code diff --java} from an empty database to
 * A writes a migration; upgrading an empty database B with it gives B the schema of A, and the
 * downgrade empties B again. Then A is altered and, in part, dropped from; the next migration,
 * written from B to A, takes B there and back.
 */
@ExtendWith(PostgresExtension.class)
class RoutineRoundTripTest {

    private static final String[] WITHOUT_VERSION_TABLES = {"--exclude-table=migrata_version", "--exclude-table=migrata_history",
            "--exclude-table=migrata_progress"};
    private static final Pattern CLASS = Pattern.compile("public (?:final )?class (\\w+)");
    private static final Pattern ID = Pattern.compile("@Revision\\(\\s*id = \"([^\"]+)\"");

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
            """;

    private static final String ALTER_AND_DROP = """
            CREATE OR REPLACE FUNCTION add(a integer, b integer) RETURNS integer LANGUAGE sql IMMUTABLE AS 'SELECT b + a';
            DROP FUNCTION add(numeric, numeric);
            DROP PROCEDURE forget_user(bigint);
            DROP TRIGGER users_touch ON users;
            CREATE TRIGGER users_touch BEFORE INSERT OR UPDATE OF name ON users
                FOR EACH ROW WHEN (NEW.name IS NOT NULL) EXECUTE FUNCTION touch_updated_at();
            DROP INDEX users_name_trgm;
            DROP EXTENSION pg_trgm;
            CREATE FUNCTION add(a bigint, b bigint) RETURNS bigint LANGUAGE sql IMMUTABLE AS 'SELECT a + b';
            """;

    @TempDir
    Path dir;

    @Test
    void migrationsWrittenFromTheCatalogRebuildItExactlyAndUndoIt(TestDatabase a, TestDatabase b, TestDatabase empty)
            throws Exception {
        Project project = Project.of(dir, a);
        Map<String, String> onB = Map.of("DATABASE_URL", b.urlWithCredentials());
        String emptyDump = SchemaDump.of(empty, WITHOUT_VERSION_TABLES);

        a.execute(CREATE);
        String first = write(project, javaDiff(project, empty, a), null);
        upgradeTo(project, onB, "head");
        String created = SchemaDump.of(a, WITHOUT_VERSION_TABLES);
        assertEquals(created, SchemaDump.of(b, WITHOUT_VERSION_TABLES));
        upgradeTo(project, onB, "base", "downgrade");
        assertEquals(emptyDump, SchemaDump.of(b, WITHOUT_VERSION_TABLES));
        upgradeTo(project, onB, "head");
        assertEquals(ExitCode.OK, diff(project, a, b).exitCode());

        a.execute(ALTER_AND_DROP);
        String second = javaDiff(project, b, a);
        assertTrue(second.contains("op.replaceFunction(") && second.contains("op.dropExtension(extension(\"pg_trgm\")")
                && second.contains("op.dropFunction(") && second.contains("function(\"forget_user\", \"bigint\""), second);
        write(project, second, first);
        upgradeTo(project, onB, "head");
        assertEquals(SchemaDump.of(a, WITHOUT_VERSION_TABLES), SchemaDump.of(b, WITHOUT_VERSION_TABLES));
        assertEquals(ExitCode.OK, diff(project, a, b).exitCode());
        upgradeTo(project, onB, "-1", "downgrade");
        assertEquals(created, SchemaDump.of(b, WITHOUT_VERSION_TABLES));
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

    private static CliRun diff(Project project, TestDatabase from, TestDatabase to) {
        return project.run("diff", "--from", from.urlWithCredentials(), "--to", to.urlWithCredentials());
    }

    private static String javaDiff(Project project, TestDatabase from, TestDatabase to) {
        CliRun run = project.run("diff", "--from", from.urlWithCredentials(), "--to", to.urlWithCredentials(), "--java");
        assertEquals(ExitCode.DIFFERENCES, run.exitCode(), run.err());
        return run.out();
    }

    /** Saves the class under migrations/versions, after {@code parent} when given; returns its revision id. */
    private static String write(Project project, String source, String parent) {
        Matcher name = CLASS.matcher(source);
        Matcher id = ID.matcher(source);
        assertTrue(name.find() && id.find(), source);
        String text = parent == null ? source
                : source.replaceFirst("@Revision\\(\\s*id = \"" + Pattern.quote(id.group(1)) + "\"",
                        "@Revision(id = \"" + id.group(1) + "_next\", parents = \"" + parent + "\"");
        project.write("migrations/versions/" + name.group(1) + (parent == null ? "" : "Next") + ".java",
                text.replace("class " + name.group(1), "class " + name.group(1) + (parent == null ? "" : "Next")));
        return parent == null ? id.group(1) : id.group(1) + "_next";
    }

    private static void upgradeTo(Project project, Map<String, String> env, String target, String... command) {
        String verb = command.length == 0 ? "upgrade" : command[0];
        CliRun run = project.run(env, verb, target);
        assertEquals(ExitCode.OK, run.exitCode(), run.out() + run.err());
    }
}
