package io.migrata.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.migrata.testing.PostgresExtension;
import io.migrata.testing.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(PostgresExtension.class)
class DiffCommandTest {

    private static final String SHOP = "io.migrata.cli.fixtures.shop";

    @TempDir
    Path project;

    private CliRun diff(String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "-C";
        all[1] = project.toString();
        all[2] = "diff";
        System.arraycopy(args, 0, all, 3, args.length);
        return CliRun.run(all);
    }

    /** The entities read with the application's Hibernate settings: the flag wins over the variable, name by name. */
    @Test
    void hibernateSettingsFromTheFlagAndTheEnvironmentShapeTheEntities(TestDatabase db) throws SQLException {
        db.execute("CREATE SCHEMA app; CREATE SCHEMA other");
        CliRun run = CliRun.run(Map.of("MIGRATA_HIBERNATE_SETTINGS",
                        "hibernate.default_schema=other; hibernate.type.preferred_instant_jdbc_type=TIMESTAMP"),
                "-C", project.toString(), "diff", "--from", db.urlWithCredentials(), "--to", "entities", "--entities", SHOP,
                "--setting", "hibernate.default_schema=app", "--sql", "--quiet");
        assertEquals(ExitCode.DIFFERENCES, run.exitCode(), run.err());

        db.execute(run.out());
        assertTrue(Catalog.count(db, "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'app'") > 0);
        assertEquals(0, Catalog.count(db, "SELECT count(*) FROM information_schema.tables"
                + " WHERE table_schema IN ('public', 'other') AND table_type = 'BASE TABLE'"));

        CliRun malformed = CliRun.run(Map.of(), "-C", project.toString(), "diff", "--from", db.urlWithCredentials(),
                "--to", "entities", "--entities", SHOP, "--setting", "default_schema app");
        malformed.assertFailure(ExitCode.USAGE, "migrata: --setting 'default_schema app' is not a Hibernate setting:"
                + " write NAME=VALUE, e.g. hibernate.default_schema=app");
    }

    @Test
    void equalDatabasesPrintNothingAndExitZero(TestDatabase a, TestDatabase b) throws SQLException {
        a.execute("CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL)");
        b.execute("CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL)");
        CliRun run = diff("--from", a.urlWithCredentials(), "--to", b.urlWithCredentials());
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        assertEquals("", run.out());
        assertTrue(run.err().startsWith("no differences between "), run.err());
    }

    @Test
    void printsOneLinePerOperationWithItsHazards(TestDatabase a, TestDatabase b) throws SQLException {
        a.execute("CREATE TABLE users (id bigint PRIMARY KEY, legacy text)");
        b.execute("CREATE TABLE users (id bigint PRIMARY KEY, phone character varying(20))");
        CliRun run = diff("--from", a.urlWithCredentials(), "--to", b.urlWithCredentials(), "--quiet");
        assertEquals(ExitCode.DIFFERENCES, run.exitCode(), run.err());
        assertEquals("""
                drop column public.users.legacy
                  ! DATA_LOSS: drops column public.users.legacy and every value in it
                add column public.users.phone character varying(20) NULL
                """, run.out());
        assertEquals("", run.err());
    }

    @Test
    void aLikelyRenameIsANoteNamingTheFlagAndTheFlagRenames(TestDatabase a, TestDatabase b) throws SQLException {
        a.execute("CREATE TABLE users (id bigint PRIMARY KEY, mobile character varying(20))");
        b.execute("CREATE TABLE users (id bigint PRIMARY KEY, phone character varying(20))");
        CliRun guessed = diff("--from", a.urlWithCredentials(), "--to", b.urlWithCredentials());
        assertTrue(guessed.out().contains(
                "note: column public.users.mobile may have been renamed to phone; if so, pass --rename public.users.mobile=phone\n"),
                guessed.out());

        CliRun renamed = diff("--from", a.urlWithCredentials(), "--to", b.urlWithCredentials(), "--rename", "users.mobile=phone");
        assertEquals(ExitCode.DIFFERENCES, renamed.exitCode(), renamed.err());
        assertEquals("rename column public.users.mobile to phone\n", renamed.out());
    }

    @Test
    void theSqlScriptTurnsTheFirstDatabaseIntoTheSecond(TestDatabase a, TestDatabase b) throws SQLException {
        a.execute("CREATE TABLE users (id bigint PRIMARY KEY, email text)");
        b.execute("CREATE TYPE mood AS ENUM ('happy', 'sad');"
                + "CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL, mood mood);"
                + "CREATE INDEX idx_users_email ON users (email)");
        CliRun run = diff("--from", a.urlWithCredentials(), "--to", b.urlWithCredentials(), "--sql", "--concurrent-indexes");
        assertEquals(ExitCode.DIFFERENCES, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("-- migrata diff --from "), run.out());
        assertTrue(run.out().contains("-- WARNING: MAY_FAIL_ON_EXISTING_DATA: "), run.out());
        assertTrue(run.out().contains("COMMIT;\n-- outside a transaction: PostgreSQL refuses it in a transaction block, or it must commit first\n"
                + "CREATE INDEX CONCURRENTLY"), run.out());

        a.execute(run.out());
        assertEquals(ExitCode.OK, diff("--from", a.urlWithCredentials(), "--to", b.urlWithCredentials()).exitCode());
        assertEquals(1, Catalog.count(a, "SELECT count(*) FROM pg_indexes WHERE indexname = 'idx_users_email'"));
        assertEquals(1, Catalog.count(a, "SELECT count(*) FROM information_schema.columns"
                + " WHERE table_name = 'users' AND column_name = 'mood' AND udt_name = 'mood'"));
    }

    @Test
    void jsonListsOperationsHazardsAndStatements(TestDatabase a, TestDatabase b) throws SQLException {
        a.execute("CREATE TABLE users (id bigint PRIMARY KEY, legacy text)");
        b.execute("CREATE TABLE users (id bigint PRIMARY KEY)");
        CliRun run = diff("--from", a.urlWithCredentials(), "--to", b.urlWithCredentials(), "--format", "json", "--sql");
        assertEquals(ExitCode.DIFFERENCES, run.exitCode(), run.err());
        JsonNode diff = Json.parse(run.out());
        assertEquals(1, diff.get("formatVersion").asInt());
        assertTrue(diff.get("to").asText().endsWith("/" + b.name()), diff.get("to").asText());
        assertFalse(diff.get("equal").asBoolean());
        JsonNode drop = diff.get("operations").get(0);
        assertEquals("DropColumn", drop.get("op").asText());
        assertEquals("drop column public.users.legacy", drop.get("description").asText());
        assertTrue(drop.get("destructive").asBoolean());
        assertEquals("DATA_LOSS", drop.get("hazards").get(0).get("kind").asText());
        assertEquals("ALTER TABLE public.users DROP COLUMN legacy", drop.get("statements").get(0).get("sql").asText());
        assertTrue(drop.get("statements").get(0).get("transactional").asBoolean());
        assertEquals(0, diff.get("renameCandidates").size());
        assertEquals(0, diff.get("notes").size());
    }

    @Test
    void entitiesAgainstAnEmptyDatabaseGiveAScriptAfterWhichTheyAreEqual(TestDatabase db) throws SQLException, IOException {
        Files.writeString(project.resolve("migrata.properties"), "migrata.entities.packages=" + SHOP + "\n");
        CliRun sql = diff("--from", db.urlWithCredentials(), "--to", "entities", "--sql");
        assertEquals(ExitCode.DIFFERENCES, sql.exitCode(), sql.err());
        assertTrue(sql.out().contains("CREATE TABLE public.customers"), sql.out());

        db.execute(sql.out());
        assertEquals(1, Catalog.count(db, "SELECT count(*) FROM information_schema.table_constraints"
                + " WHERE constraint_name = 'fk_invoices_customer' AND constraint_type = 'FOREIGN KEY'"));
        CliRun again = diff("--from", db.urlWithCredentials(), "--to", "entities");
        assertEquals("", again.out());
        assertEquals(ExitCode.OK, again.exitCode(), again.err());
    }

    @Test
    void entitiesIgnoreSchemasTheyDoNotUse(TestDatabase db) throws SQLException {
        db.execute("CREATE SCHEMA other; CREATE TABLE other.unrelated (id int)");
        CliRun run = diff("--from", db.urlWithCredentials(), "--to", "entities", "--entities", SHOP);
        assertEquals(ExitCode.DIFFERENCES, run.exitCode(), run.err());
        assertFalse(run.out().contains("other"), run.out());
        assertTrue(run.out().contains("create table public.customers"), run.out());
    }

    @Test
    void javaPrintsTheMigrationClass(TestDatabase db) {
        CliRun run = diff("--from", db.urlWithCredentials(), "--to", "entities", "--entities", SHOP, "--java");
        assertEquals(ExitCode.DIFFERENCES, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("package migrations;\n"), run.out());
        assertTrue(run.out().contains("op.createTable(\"customers\""), run.out());
        assertTrue(run.out().contains("public void downgrade(Operations op)"), run.out());
    }

    @Test
    void entitiesThatAreNotConfiguredAreAUsageError(TestDatabase db) {
        diff("--from", db.urlWithCredentials(), "--to", "entities").assertFailure(ExitCode.USAGE,
                "migrata: the entities are not configured: set migrata.entities.packages (and migrata.entities.classpath)"
                        + " in migrata.properties, or pass --entities PACKAGE");
    }

    @Test
    void aRenameThatIsNoRenameIsAUsageError(TestDatabase a, TestDatabase b) throws SQLException {
        a.execute("CREATE TABLE users (id bigint PRIMARY KEY)");
        b.execute("CREATE TABLE users (id bigint PRIMARY KEY)");
        CliRun run = diff("--from", a.urlWithCredentials(), "--to", b.urlWithCredentials(), "--rename", "users.nope=other");
        assertEquals(ExitCode.USAGE, run.exitCode(), run.err());
        assertTrue(run.err().startsWith("migrata: ") && run.err().contains("nope"), run.err());
        assertEquals(1, run.err().lines().count(), run.err());
    }

    @Test
    void aDatabaseThatCannotBeReachedExitsThree(TestDatabase db) {
        CliRun run = diff("--from", "postgresql://nobody:S3cret@127.0.0.1:1/x", "--to", db.urlWithCredentials());
        run.assertFailure(ExitCode.CANNOT_CONNECT,
                "migrata: cannot connect to 127.0.0.1:1: connection refused (is PostgreSQL running? check --from)", "S3cret");
    }

    @Test
    void sqlAndJavaExcludeEachOther(TestDatabase db) {
        CliRun run = diff("--from", db.urlWithCredentials(), "--to", db.urlWithCredentials(), "--sql", "--java");
        assertEquals(ExitCode.USAGE, run.exitCode());
        assertTrue(run.err().contains("mutually exclusive"), run.err());
    }

    @Test
    void theMigrationsAreASourceReplayedOnAScratchDatabase(TestDatabase db) throws SQLException {
        Project shop = Project.of(project, db, "shop");
        long scratchBefore = Catalog.count(db, "SELECT count(*) FROM pg_database WHERE datname LIKE 'migrata_scratch_%'");
        CliRun equal = shop.run("diff", "--from", "head", "--to", "entities");
        assertEquals(ExitCode.OK, equal.exitCode(), equal.err());
        assertTrue(equal.err().contains("no differences between head (002_invoices) and entities"), equal.err());

        CliRun step = shop.run("diff", "--from", "001", "--to", "head", "--quiet");
        assertEquals(ExitCode.DIFFERENCES, step.exitCode(), step.err());
        assertEquals("create table public.invoices (id, amount, currency, customer_id)\n", step.out());

        db.execute("CREATE TABLE customers (id bigint)");
        CliRun live = shop.run("diff", "--from", "database", "--to", "001", "--url", db.urlWithCredentials(), "--format", "json");
        assertEquals(ExitCode.DIFFERENCES, live.exitCode(), live.err());
        assertEquals("001_customers", Json.parse(live.out()).get("to").asText(), live.out());
        assertEquals(scratchBefore, Catalog.count(db, "SELECT count(*) FROM pg_database WHERE datname LIKE 'migrata_scratch_%'"),
                "each scratch database is dropped (others on the server are not ours to count)");
    }
}
