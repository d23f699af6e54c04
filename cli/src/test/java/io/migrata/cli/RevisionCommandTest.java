package io.migrata.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migrata.testing.PostgresExtension;
import io.migrata.workflow.config.HostPort;
import io.migrata.testing.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(PostgresExtension.class)
class RevisionCommandTest {

    @TempDir
    Path dir;

    /** The shop with its first revision only: the entities also have invoices, which no migration creates. */
    private Project customersOnly(TestDatabase db) throws IOException {
        Project project = Project.of(dir, db, "shop");
        Files.delete(project.versions().resolve("M20260102_002_Invoices.java"));
        return project;
    }

    private String source(Project project, String fileName) throws IOException {
        return Files.readString(project.versions().resolve(fileName));
    }

    @Test
    void anEmptyRevisionFollowsTheHead(TestDatabase db) throws IOException {
        Project project = Project.of(dir, db, "shop");
        CliRun run = project.run("revision", "-m", "add customer note");
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        List<String> files = project.versionFiles();
        assertEquals(3, files.size(), files.toString());
        String created = files.stream().filter(f -> f.contains("_003_AddCustomerNote")).findFirst().orElseThrow();
        assertEquals("created migrations/versions/" + created + " (revision 003_add_customer_note)\n", run.out());
        String source = source(project, created);
        assertTrue(source.contains("id = \"003_add_customer_note\""), source);
        assertTrue(source.contains("parents = \"002_invoices\""), source);
        assertEquals("003_add_customer_note (head)\n", project.run("heads").out());
    }

    /** An @TableGenerator's row is inserted by the migration that creates its table, and goes with the downgrade. */
    @Test
    void aTableGeneratorsInitialRowIsWrittenIntoTheMigration(TestDatabase db) throws SQLException {
        Project project = new Project(dir);
        project.write("migrata.properties", "migrata.entities.packages=io.migrata.cli.fixtures.generator\n"
                + "migrata.dev-url=" + Project.devUrl(db) + "\n");
        project.write("migrations/versions/.keep", "");
        Map<String, String> environment = Map.of("DATABASE_URL", db.urlWithCredentials());
        CliRun written = project.run(environment, "revision", "--autogenerate", "-m", "invoices", "--quiet");
        assertEquals(ExitCode.OK, written.exitCode(), written.err());

        assertEquals(ExitCode.OK, project.run(environment, "upgrade", "head", "--quiet").exitCode());
        assertEquals(1, Catalog.count(db, "SELECT count(*) FROM id_blocks WHERE block = 'invoice'"));
        assertEquals(1, Catalog.count(db, "SELECT count(*) FROM id_blocks"));
        assertEquals(ExitCode.OK, project.run(environment, "check", "--quiet").exitCode(), "the entities match the history");

        assertEquals(ExitCode.OK, project.run(environment, "downgrade", "base", "--quiet").exitCode());
        assertEquals(0, Catalog.count(db, "SELECT count(*) FROM pg_tables WHERE tablename = 'id_blocks'"));
    }

    @Test
    void aRevisionNeedsAMessage(TestDatabase db) {
        Project.of(dir, db, "shop").run("revision").assertFailure(ExitCode.USAGE,
                "migrata: a revision needs a message saying what it does: -m \"add user phone\"");
    }

    @Test
    void autogenerateAgainstTheDatabaseWritesWhatTheEntitiesAddAndItApplies(TestDatabase db) throws IOException, SQLException {
        Project project = customersOnly(db);
        Map<String, String> env = Map.of("DATABASE_URL", db.urlWithCredentials());
        assertEquals(ExitCode.OK, project.run(env, "upgrade").exitCode());

        CliRun run = project.run(env, "revision", "--autogenerate", "-m", "invoices");
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("create table public.invoices (id, amount, currency, customer_id)\n"), run.out());
        String created = project.versionFiles().stream().filter(f -> f.contains("_002_Invoices")).findFirst().orElseThrow();
        assertTrue(run.out().endsWith("created migrations/versions/" + created + " (revision 002_invoices)\n"), run.out());
        assertTrue(source(project, created).contains("parents = \"001_customers\""));

        assertEquals(ExitCode.OK, project.run(env, "upgrade").exitCode());
        assertEquals(1, Catalog.count(db, "SELECT count(*) FROM information_schema.table_constraints"
                + " WHERE table_name = 'invoices' AND constraint_name = 'fk_invoices_customer'"));
        CliRun nothing = project.run(env, "revision", "--autogenerate", "-m", "nothing");
        assertEquals(ExitCode.OK, nothing.exitCode(), nothing.err());
        assertEquals("", nothing.out());
        assertTrue(nothing.err().contains("no changes in schema detected"), nothing.err());
        assertEquals(2, project.versionFiles().size());
    }

    @Test
    void expandContractWritesTwoRevisionsThatApply(TestDatabase db) throws IOException, SQLException {
        Project project = Project.of(dir, db, "shop");
        Map<String, String> env = Map.of("DATABASE_URL", db.urlWithCredentials());
        assertEquals(ExitCode.OK, project.run(env, "upgrade").exitCode());
        db.execute("ALTER TABLE invoices ALTER COLUMN amount TYPE integer");

        CliRun run = project.run(env, "revision", "--autogenerate", "--expand-contract", "-m", "exact amounts");
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        assertTrue(run.out().contains("(revision 003_exact_amounts_expand)\n"), run.out());
        assertTrue(run.out().endsWith("(revision 004_exact_amounts_contract)\n"), run.out());
        assertEquals(4, project.versionFiles().size());

        assertEquals(ExitCode.OK, project.run(env, "upgrade", "--quiet").exitCode());
        assertEquals(1, Catalog.count(db, "SELECT count(*) FROM information_schema.columns WHERE table_name = 'invoices'"
                + " AND column_name = 'amount' AND data_type = 'numeric' AND numeric_precision = 12 AND is_nullable = 'NO'"));
        CliRun nothing = project.run(env, "revision", "--autogenerate", "-m", "nothing");
        assertEquals(ExitCode.OK, nothing.exitCode(), nothing.err());
        assertTrue(nothing.err().contains("no changes in schema detected"), nothing.err());
    }

    @Test
    void autogenerateRefusesADatabaseThatIsNotAtTheHead(TestDatabase db) {
        Project project = Project.of(dir, db, "shop");
        Map<String, String> env = Map.of("DATABASE_URL", db.urlWithCredentials());
        assertEquals(ExitCode.OK, project.run(env, "upgrade", "001").exitCode());
        project.run(env, "revision", "--autogenerate", "-m", "more").assertFailure(ExitCode.USAGE,
                "migrata: target database is not up to date: " + target(db) + " is at 001_customers, the migrations' head"
                        + " is 002_invoices (run migrata upgrade head first, or compare with the migrations instead: --against head)");
        assertEquals(2, project.versionFiles().size());
    }

    private static String target(TestDatabase db) {
        return new HostPort(db.server().host(), db.server().port()) + "/" + db.name();
    }

    @Test
    void autogenerateAgainstTheHeadNeedsNoDatabase(TestDatabase db) throws IOException, SQLException {
        Project project = customersOnly(db);
        long before = Catalog.count(db, "SELECT count(*) FROM pg_database WHERE datname LIKE 'migrata_scratch_%'");
        CliRun run = project.run(Map.of("DATABASE_URL", "postgresql://nobody@127.0.0.1:1/none"),
                "revision", "--autogenerate", "--against", "head", "-m", "invoices");
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("create table public.invoices"), run.out());
        assertEquals(before, Catalog.count(db, "SELECT count(*) FROM pg_database WHERE datname LIKE 'migrata_scratch_%'"),
                "the scratch database is dropped");
    }

    /** The shop whose first revision calls the display name nickname: the entities then look like a rename. */
    private Project renamedColumn(TestDatabase db) throws IOException {
        return renamedColumn(db, dir);
    }

    private static Project renamedColumn(TestDatabase db, Path dir) throws IOException {
        Project project = Project.of(dir, db, "shop");
        Files.delete(project.versions().resolve("M20260102_002_Invoices.java"));
        Path first = project.versions().resolve("M20260101_001_Customers.java");
        Files.writeString(first, Files.readString(first).replace("\"displayname\"", "\"nickname\""));
        return project;
    }

    @Test
    void aLikelyRenameStopsWithoutATerminalNamingTheFlag(TestDatabase db) throws IOException {
        Project project = renamedColumn(db);
        project.run("revision", "--autogenerate", "--against", "head", "-m", "rename", "--quiet").assertFailure(ExitCode.USAGE,
                "migrata: column public.customers.nickname may have been renamed to displayname: pass"
                        + " --rename public.customers.nickname=displayname to rename it, or --no-renames to drop and add it"
                        + " (its data is then lost)");
        assertEquals(1, project.versionFiles().size());
    }

    @Test
    void aPersonOnATerminalDecidesTheRename(TestDatabase db) throws IOException {
        Project project = renamedColumn(db);
        CliRun yes = CliRun.answering("y\n", Map.of(), project.withDir("revision", "--autogenerate", "--against", "head",
                "-m", "rename nickname"));
        assertEquals(ExitCode.OK, yes.exitCode(), yes.err());
        assertTrue(yes.err().contains("column public.customers.nickname may have been renamed to displayname."
                + " Rename it, keeping its data? [y/N] "), yes.err());
        String created = project.versionFiles().stream().filter(f -> f.contains("RenameNickname")).findFirst().orElseThrow();
        assertTrue(source(project, created).contains("op.renameColumn(\"customers\", \"nickname\", \"displayname\");"),
                source(project, created));
    }

    @Test
    void theFlagsDecideWithoutAsking(TestDatabase db, @TempDir Path other) throws IOException {
        Project project = renamedColumn(db);
        CliRun renamed = project.run("revision", "--autogenerate", "--against", "head", "-m", "renamed",
                "--rename", "customers.nickname=displayname");
        assertEquals(ExitCode.OK, renamed.exitCode(), renamed.err());
        assertTrue(renamed.out().contains("rename column public.customers.nickname to displayname\n"), renamed.out());

        Project dropping = renamedColumn(db, other);
        CliRun dropped = dropping.run("revision", "--autogenerate", "--against", "head", "-m", "dropped", "--no-renames");
        assertEquals(ExitCode.OK, dropped.exitCode(), dropped.err());
        String created = dropping.versionFiles().stream().filter(f -> f.contains("Dropped")).findFirst().orElseThrow();
        String source = source(dropping, created);
        assertTrue(source.contains("op.dropColumn(\"customers\""), source);
        assertFalse(source.contains("renameColumn"), source);
    }
}
