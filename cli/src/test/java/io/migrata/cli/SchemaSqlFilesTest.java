package io.migrata.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migrata.testing.PostgresExtension;
import io.migrata.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The desired schema holds what JPA cannot say: a function, a trigger and a view declared in
 * {@code migrations/schema/*.sql} are written by {@code revision --autogenerate}, {@code check}
 * passes once they are applied and fails, naming the function, once its body is edited; a bad
 * statement there stops the command with one line naming the file and the statement.
 */
@ExtendWith(PostgresExtension.class)
class SchemaSqlFilesTest {

    private static final String DECLARED = """
            -- Kept lower case whatever the application writes.
            CREATE FUNCTION lower_email() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
              NEW.email := lower(NEW.email);
              RETURN NEW;
            END
            $$;

            CREATE TRIGGER customers_lower_email BEFORE INSERT OR UPDATE ON customers
                FOR EACH ROW EXECUTE FUNCTION lower_email();
            """;

    private static final String VIEW = "CREATE VIEW big_invoices AS SELECT id, amount FROM invoices WHERE amount > 1000;\n";

    @TempDir
    Path dir;

    @Test
    void autogenerateWritesWhatTheFilesDeclareAndCheckFollowsThem(TestDatabase db) throws Exception {
        Project shop = Project.of(dir, db, "shop");
        Map<String, String> env = Map.of("DATABASE_URL", db.urlWithCredentials());
        assertEquals(ExitCode.OK, shop.run(env, "upgrade", "head").exitCode());
        shop.write("migrations/schema/010_lower_email.sql", DECLARED);
        shop.write("migrations/schema/020_views.sql", VIEW);

        CliRun missing = shop.run("check");
        assertEquals(ExitCode.DIFFERENCES, missing.exitCode(), missing.err());
        assertEquals("""
                create function public.lower_email()
                create view public.big_invoices
                create trigger customers_lower_email on public.customers
                """, missing.out());
        assertTrue(missing.err().contains("applying 2 schema SQL files from migrations/schema on top of the entities' tables"),
                missing.err());

        CliRun revision = shop.run(env, "revision", "--autogenerate", "-m", "lower email");
        assertEquals(ExitCode.OK, revision.exitCode(), revision.err());
        List<String> files = shop.versionFiles();
        assertEquals(3, files.size(), files.toString());
        String source = Files.readString(shop.versions().resolve(files.get(2)));
        assertTrue(source.contains("op.createFunction(") && source.contains("op.createTrigger(") && source.contains("op.createView("),
                source);

        assertEquals(ExitCode.OK, shop.run(env, "upgrade", "head").exitCode());
        CliRun check = shop.run("check");
        assertEquals(ExitCode.OK, check.exitCode(), check.out() + check.err());
        CliRun drift = shop.run(env, "drift");
        assertEquals(ExitCode.OK, drift.exitCode(), drift.out() + drift.err());

        shop.write("migrations/schema/010_lower_email.sql", DECLARED.replace("lower(NEW.email)", "lower(trim(NEW.email))"));
        CliRun edited = shop.run("check");
        assertEquals(ExitCode.DIFFERENCES, edited.exitCode(), edited.err());
        assertTrue(edited.out().startsWith("replace function public.lower_email()"), edited.out());
    }

    @Test
    void aFailingStatementIsNamedByFileAndNumber(TestDatabase db) {
        Project shop = Project.of(dir, db, "shop");
        shop.write("migrations/schema/010_lower_email.sql", DECLARED);
        shop.write("migrations/schema/020_views.sql", VIEW + "CREATE VIEW broken AS SELECT nope FROM customers;\n");
        CliRun check = shop.run("check");
        assertEquals(ExitCode.USAGE, check.exitCode(), check.err());
        String[] lines = check.err().strip().split("\n");
        assertEquals("migrata: migrations/schema/020_views.sql, statement 2 (line 2: CREATE VIEW broken AS SELECT nope FROM"
                + " customers): ERROR: column \"nope\" does not exist (fix it there; it ran on a scratch database only)",
                lines[lines.length - 1]);
        assertTrue(check.out().isEmpty(), check.out());
    }
}
