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
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** check, drift and verify: the commands CI runs, each replaying migrations on scratch databases. */
@ExtendWith(PostgresExtension.class)
class CiCommandsTest {

    @TempDir
    static Path shopDir;

    @TempDir
    static Path lossyDir;

    private static Project shop;
    private static Project lossy;

    @BeforeAll
    static void projects(TestDatabase server) {
        shop = Project.of(shopDir, server, "shop");
        lossy = Project.of(lossyDir, server, "shop", "lossy");
    }

    /**
     * The scratch databases on the server. Others' commands make and drop their own on a shared
     * server, and a command sweeps up what killed ones left, so a run is judged by leaving none
     * that was not there before it.
     */
    private static Set<String> scratchDatabases(TestDatabase db) throws SQLException {
        String names = Catalog.strings(db, "SELECT datname FROM pg_database WHERE datname LIKE 'migrata_scratch_%'");
        return names.isEmpty() ? Set.of() : Set.of(names.split(","));
    }

    private static void assertNoneLeft(TestDatabase db, Set<String> before) throws SQLException {
        Set<String> left = new HashSet<>(scratchDatabases(db));
        left.removeAll(before);
        assertEquals(Set.of(), left, "the scratch database is dropped");
    }

    @Test
    void checkPassesWhenTheMigrationsBuildTheEntities(TestDatabase db) throws SQLException {
        Set<String> before = scratchDatabases(db);
        CliRun run = shop.run("check");
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        assertEquals("", run.out());
        assertTrue(run.err().endsWith("the entities match the migrations' head (002_invoices)\n"), run.err());
        assertNoneLeft(db, before);
    }

    @Test
    void checkFailsWithTheDifferencesWhenAMigrationIsMissing(TestDatabase db, @TempDir Path dir) throws IOException {
        Project behind = Project.of(dir, db, "shop");
        Files.delete(behind.versions().resolve("M20260102_002_Invoices.java"));
        CliRun run = behind.run("check");
        assertEquals(ExitCode.DIFFERENCES, run.exitCode(), run.err());
        assertEquals("create table public.invoices (id, amount, currency, customer_id)\n", run.out());
        assertTrue(run.err().endsWith("the entities differ from the migrations' head (001_customers): a migration is missing"
                + " (write it with migrata revision --autogenerate -m MESSAGE)\n"), run.err());

        CliRun json = behind.run("check", "--format", "json");
        JsonNode check = Json.parse(json.out());
        assertEquals("head (001_customers)", check.get("from").asText());
        assertEquals("entities", check.get("to").asText());
        assertFalse(check.get("equal").asBoolean());
    }

    @Test
    void driftReportsChangesMadeOutsideTheMigrations(TestDatabase db) throws SQLException {
        Map<String, String> env = Map.of("DATABASE_URL", db.urlWithCredentials());
        assertEquals(ExitCode.OK, shop.run(env, "upgrade").exitCode());
        CliRun clean = shop.run(env, "drift");
        assertEquals(ExitCode.OK, clean.exitCode(), clean.err());
        assertEquals("", clean.out());

        db.execute("ALTER TABLE customers ADD COLUMN sneaky integer; CREATE INDEX idx_by_hand ON invoices (currency)");
        CliRun drifted = shop.run(env, "drift");
        assertEquals(ExitCode.DIFFERENCES, drifted.exitCode(), drifted.err());
        assertEquals("add column public.customers.sneaky integer NULL\n"
                + "create index idx_by_hand on public.invoices (currency)\n"
                + "  ! BLOCKING_LOCK: building index idx_by_hand without CONCURRENTLY holds a SHARE lock on public.invoices,"
                + " which blocks writes (not reads) until it is built\n", drifted.out());
        assertTrue(drifted.err().contains("has drifted from its migrations (002_invoices)"), drifted.err());
    }

    @Test
    void driftNamesAFunctionAndATriggerMadeByHand(TestDatabase db) throws SQLException {
        Map<String, String> env = Map.of("DATABASE_URL", db.urlWithCredentials());
        assertEquals(ExitCode.OK, shop.run(env, "upgrade").exitCode());
        db.execute("CREATE FUNCTION keep_amount() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN OLD; END$$;"
                + "CREATE TRIGGER invoices_keep BEFORE UPDATE ON invoices FOR EACH ROW EXECUTE FUNCTION keep_amount()");
        CliRun drifted = shop.run(env, "drift");
        assertEquals(ExitCode.DIFFERENCES, drifted.exitCode(), drifted.err());
        assertEquals("create function public.keep_amount()\ncreate trigger invoices_keep on public.invoices\n", drifted.out());
    }

    @Test
    void driftNamesAGrantAndRowLevelSecurityMadeByHand(TestDatabase db) throws SQLException {
        String role = "objects_a_drift_auditor";
        AccessRoundTripTest.createRoles(db, role);
        try {
            Map<String, String> env = Map.of("DATABASE_URL", db.urlWithCredentials());
            assertEquals(ExitCode.OK, shop.run(env, "upgrade").exitCode());
            db.execute("GRANT SELECT ON invoices TO " + role + "; ALTER TABLE invoices ENABLE ROW LEVEL SECURITY");
            CliRun drifted = shop.run(env, "drift", "--grants");
            assertEquals(ExitCode.DIFFERENCES, drifted.exitCode(), drifted.err());
            assertEquals("row security on public.invoices: off -> enabled\ngrant SELECT on table public.invoices to " + role + "\n",
                    drifted.out());
            CliRun withoutGrants = shop.run(env, "drift");
            assertEquals("row security on public.invoices: off -> enabled\n", withoutGrants.out());
        } finally {
            db.execute("DROP OWNED BY " + role + "; DROP ROLE " + role);
        }
    }

    @Test
    void driftComparesADatabaseBehindTheHeadWithItsOwnRevision(TestDatabase db) {
        Map<String, String> env = Map.of("DATABASE_URL", db.urlWithCredentials());
        assertEquals(ExitCode.OK, shop.run(env, "upgrade", "001").exitCode());
        CliRun run = shop.run(env, "drift", "--format", "json");
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        assertEquals("001_customers", Json.parse(run.out()).get("from").asText(), run.out());
        assertTrue(run.err().contains("is at 001_customers, not at the head 002_invoices"), run.err());
    }

    @Test
    void verifyPassesRevisionsWhoseDowngradeRestoresTheSchema(TestDatabase db) throws SQLException {
        Set<String> before = scratchDatabases(db);
        CliRun run = shop.run("verify");
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        assertEquals("ok      001_customers (customers)\nok      002_invoices (invoices)\n", run.out());
        assertNoneLeft(db, before);
    }

    @Test
    void verifyNamesARevisionWhoseDowngradeForgetsSomething() {
        CliRun run = lossy.run("verify");
        assertEquals(ExitCode.DIFFERENCES, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("""
                ok      001_customers (customers)
                ok      002_invoices (invoices)
                FAILED  003_customer_note (customer note)
                  its downgrade does not restore the schema; after it, the schema still differs by:
                    add column public.customers.note text NULL
                  upgrade after the downgrade failed: upgrade of revision 003_customer_note failed at statement 1 of 1:
                """.stripTrailing()), run.out());
        assertTrue(run.out().contains("column \"note\" of relation \"customers\" already exists"), run.out());
        assertTrue(run.err().endsWith("1 of 3 revisions do not downgrade cleanly\n"), run.err());

        CliRun last = lossy.run("verify", "-n", "1", "--format", "json");
        assertEquals(ExitCode.DIFFERENCES, last.exitCode(), last.err());
        JsonNode verified = Json.parse(last.out()).get("revisions");
        assertEquals(1, verified.size(), last.out());
        assertEquals("003_customer_note", verified.get(0).get("id").asText());
        assertFalse(verified.get(0).get("ok").asBoolean());
        assertEquals(List.of("add column public.customers.note text NULL"), Json.strings(verified.get(0).get("leftByDowngrade")));

        CliRun one = lossy.run("verify", "001");
        assertEquals(ExitCode.OK, one.exitCode(), one.err());
        assertEquals("ok      001_customers (customers)\n", one.out());
    }
}
