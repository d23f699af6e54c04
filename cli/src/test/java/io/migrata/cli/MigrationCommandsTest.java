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
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * upgrade, downgrade, stamp, current, history, heads, show on the shop's two revisions. One project
 * for the class, so the migrations compile once; each test migrates its own database.
 */
@ExtendWith(PostgresExtension.class)
class MigrationCommandsTest {

    @TempDir
    static Path shared;

    private static Project project;

    @BeforeAll
    static void copyTheShop(TestDatabase server) {
        project = Project.of(shared, server, "shop");
    }

    private static String url(TestDatabase db) {
        return db.urlWithCredentials();
    }

    private static long tables(TestDatabase db) throws SQLException {
        return Catalog.count(db, "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'"
                + " AND table_name IN ('customers', 'invoices')");
    }

    private static String versionRows(TestDatabase db) throws SQLException {
        return Catalog.strings(db, "SELECT version_num FROM public.migrata_version ORDER BY 1");
    }

    @Test
    void upgradeAppliesEveryRevisionAndSaysSoOnStderr(TestDatabase db) throws SQLException {
        CliRun run = project.run("upgrade", "--url", url(db));
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        assertEquals("", run.out());
        String[] lines = run.err().split("\n");
        assertEquals("running upgrade base -> 001_customers (customers)", lines[0]);
        assertEquals("running upgrade 001_customers -> 002_invoices (invoices)", lines[1]);
        assertTrue(lines[2].matches("upgraded .+ by 2 revisions in \\d+\\.\\d s; it is at 002_invoices"), lines[2]);
        assertEquals(2, tables(db));
        assertEquals("002_invoices", versionRows(db));
        assertEquals("upgrade,upgrade", Catalog.strings(db, "SELECT direction FROM public.migrata_history ORDER BY id"));

        CliRun again = project.run("upgrade", "head", "--url", url(db), "--quiet");
        assertEquals(ExitCode.OK, again.exitCode(), again.err());
        assertEquals("", again.err());
    }

    @Test
    void upgradeByStepsAndDowngradeBack(TestDatabase db) throws SQLException {
        assertEquals(ExitCode.OK, project.run("upgrade", "+1", "--url", url(db)).exitCode());
        assertEquals("001_customers", versionRows(db));
        assertEquals(1, tables(db));

        assertEquals(ExitCode.OK, project.run("upgrade", "--url", url(db)).exitCode());
        CliRun down = project.run("downgrade", "-1", "--url", url(db));
        assertEquals(ExitCode.OK, down.exitCode(), down.err());
        assertTrue(down.err().startsWith("running downgrade 002_invoices -> 001_customers (invoices)\n"), down.err());
        assertEquals("001_customers", versionRows(db));
        assertEquals(1, tables(db));

        assertEquals(ExitCode.OK, project.run("downgrade", "base", "--url", url(db)).exitCode());
        assertEquals("", versionRows(db));
        assertEquals(0, tables(db));
    }

    @Test
    void stampMovesTheVersionTableWithoutRunningAnything(TestDatabase db) throws SQLException {
        CliRun run = project.run("stamp", "head", "--url", url(db));
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        assertTrue(run.err().endsWith(": base -> 002_invoices\n"), run.err());
        assertEquals("002_invoices", versionRows(db));
        assertEquals(0, tables(db));
        assertEquals("stamp,stamp", Catalog.strings(db, "SELECT direction FROM public.migrata_history ORDER BY id"));

        db.execute("INSERT INTO public.migrata_version VALUES ('999_elsewhere')");
        CliRun unknown = project.run("stamp", "base", "--url", url(db));
        assertEquals(ExitCode.USAGE, unknown.exitCode());
        assertTrue(unknown.err().contains("999_elsewhere"), unknown.err());
        assertEquals(1, unknown.err().lines().count(), unknown.err());

        assertEquals(ExitCode.OK, project.run("stamp", "001", "--purge", "--url", url(db)).exitCode());
        assertEquals("001_customers", versionRows(db));
    }

    @Test
    void currentHistoryAndHeadsDescribeTheDatabaseAndTheGraph(TestDatabase db) throws SQLException {
        assertEquals(ExitCode.OK, project.run("upgrade", "001", "--url", url(db)).exitCode());

        CliRun current = project.run("current", "--url", url(db));
        assertEquals(versionRows(db) + "\n", current.out());
        assertEquals("001_customers\n", current.out());
        CliRun currentJson = project.run("current", "--url", url(db), "--format", "json");
        JsonNode currentRevision = Json.parse(currentJson.out()).get("current").get(0);
        assertEquals("001_customers", currentRevision.get("id").asText());
        assertEquals(List.of(), Json.strings(currentRevision.get("parents")));
        assertEquals("customers", currentRevision.get("message").asText());
        assertTrue(currentRevision.get("known").asBoolean());
        assertFalse(currentRevision.get("head").asBoolean());

        CliRun history = project.run("history", "--url", url(db));
        assertEquals(ExitCode.OK, history.exitCode(), history.err());
        assertEquals("001_customers -> 002_invoices (head) (pending), invoices\n"
                + "<base> -> 001_customers (current), customers\n", history.out());
        CliRun range = project.run("history", "--url", url(db), "-r", "current:");
        assertEquals(history.out(), range.out());
        CliRun upTo = project.run("history", "--url", url(db), "-r", ":001");
        assertEquals("<base> -> 001_customers (current), customers\n", upTo.out());
        CliRun historyJson = project.run("history", "--url", url(db), "--format", "json");
        JsonNode revisions = Json.parse(historyJson.out()).get("revisions");
        assertEquals("001_customers", revisions.get(0).get("id").asText());
        assertTrue(revisions.get(0).get("applied").asBoolean());
        assertEquals("002_invoices", revisions.get(1).get("id").asText());
        assertFalse(revisions.get(1).get("applied").asBoolean());

        CliRun heads = project.run("heads");
        assertEquals("002_invoices (head)\n", heads.out());
        CliRun branches = project.run("branches", "--format", "json");
        JsonNode branchPoints = Json.parse(branches.out());
        assertEquals(1, branchPoints.get("formatVersion").asInt());
        assertEquals(0, branchPoints.get("branchPoints").size());
    }

    @Test
    void showPrintsTheRecordedOperations() {
        CliRun show = project.run("show", "002");
        assertEquals(ExitCode.OK, show.exitCode(), show.err());
        assertTrue(show.out().startsWith("revision 002_invoices (head)\n  parents:  001_customers\n  message:  invoices\n"), show.out());
        assertTrue(show.out().contains("\n  file:     migrations/versions/M20260102_002_Invoices.java\n"), show.out());
        assertTrue(show.out().contains("\nupgrade:\n  create table public.invoices (id, amount, currency, customer_id)\n"), show.out());
        assertTrue(show.out().contains("\ndowngrade:\n  drop table public.invoices\n"), show.out());
        CliRun json = project.run("show", "head", "--format", "json");
        assertTrue(Json.parse(json.out()).get("transactional").asBoolean(), json.out());
    }

    /** One concurrent index build makes a transactional revision non-atomic; show says so before it runs. */
    @Test
    void showTellsWhichStatementsOfATransactionalRevisionRunOutsideTheTransaction(TestDatabase db, @TempDir Path other) {
        Project concurrent = Project.of(other, db, "shop");
        concurrent.write("migrations/versions/M20260103_003_IndexEmails.java", """
                package migrations;

                import static io.migrata.schema.migration.Schema.index;

                import io.migrata.schema.migration.Migration;
                import io.migrata.schema.migration.Operations;
                import io.migrata.schema.migration.Revision;

                @Revision(id = "003_index_emails", parents = "002_invoices", message = "index emails")
                public final class M20260103_003_IndexEmails implements Migration {
                    public void upgrade(Operations op) {
                        op.addColumn("customers", io.migrata.schema.migration.Schema.column("note",
                                io.migrata.schema.migration.Types.text()));
                        op.createIndex("customers", index("idx_customers_email").on("email").concurrently());
                    }

                    public void downgrade(Operations op) {
                        op.dropIndex("customers", "idx_customers_email");
                        op.dropColumn("customers", "note");
                    }
                }
                """);
        CliRun show = concurrent.run("show", "003");
        assertEquals(ExitCode.OK, show.exitCode(), show.err());
        assertTrue(show.out().contains("  runs:     in one transaction, except 1 statement PostgreSQL runs only outside one,"
                + " so it is not atomic"), show.out());
        assertTrue(show.out().contains("            outside: CREATE INDEX CONCURRENTLY"), show.out());

        JsonNode json = Json.parse(concurrent.run("show", "003", "--format", "json").out());
        assertEquals(1, json.get("outsideTransaction").size(), json.toString());
        assertEquals(0, Json.parse(concurrent.run("show", "002", "--format", "json").out()).get("outsideTransaction").size());
    }

    @Test
    void offlineSqlUpgradesADatabaseTheSameWay(TestDatabase db) throws SQLException {
        CliRun script = project.run("upgrade", "--sql", "base:head");
        assertEquals(ExitCode.OK, script.exitCode(), script.err());
        db.execute(script.out());
        assertEquals(2, tables(db));
        assertEquals("002_invoices", versionRows(db));

        CliRun down = project.run("downgrade", "--sql", "head:001");
        assertEquals(ExitCode.OK, down.exitCode(), down.err());
        db.execute(down.out());
        assertEquals(1, tables(db));
        assertEquals("001_customers", versionRows(db));
    }

    @Test
    void anUnknownTargetIsAUsageError(TestDatabase db) {
        CliRun run = project.run("upgrade", "nope", "--url", url(db));
        assertEquals(ExitCode.USAGE, run.exitCode());
        assertTrue(run.err().startsWith("migrata: ") && run.err().contains("nope"), run.err());
        assertEquals(1, run.err().lines().count(), run.err());
    }

    @Test
    void aFailingMigrationExitsFourAndLeavesTheDatabaseAtTheLastRevision(TestDatabase db, @TempDir Path dir) throws SQLException {
        Project broken = Project.of(dir, db, "shop");
        broken.write("migrations/versions/M20260103_003_Broken.java", """
                package migrations;

                import io.migrata.schema.migration.Migration;
                import io.migrata.schema.migration.Operations;
                import io.migrata.schema.migration.Revision;

                @Revision(id = "003_broken", parents = "002_invoices", message = "broken", created = "2026-01-03T10:00:00Z")
                public final class M20260103_003_Broken implements Migration {
                    @Override
                    public void upgrade(Operations op) {
                        op.execute("ALTER TABLE no_such_table ADD COLUMN x integer");
                    }

                    @Override
                    public void downgrade(Operations op) {
                    }
                }
                """);
        CliRun run = broken.run("upgrade", "--url", url(db), "--quiet");
        assertEquals(ExitCode.MIGRATION_FAILED, run.exitCode());
        assertTrue(run.err().startsWith("migrata: upgrade of revision 003_broken failed"), run.err());
        assertTrue(run.err().contains("no_such_table"), run.err());
        assertEquals(1, run.err().lines().count(), run.err());
        assertEquals("002_invoices", versionRows(db));
    }

    @Test
    void branchesAreListedAndMergeJoinsThem(TestDatabase db, @TempDir Path dir) throws IOException, SQLException {
        Project branched = Project.of(dir, db, "shop");
        Path invoices = branched.versions().resolve("M20260102_002_Invoices.java");
        branched.write("migrations/versions/M20260102_002_Refunds.java", Files.readString(invoices)
                .replace("M20260102_002_Invoices", "M20260102_002_Refunds")
                .replace("\"002_invoices\"", "\"002_refunds\"").replace("\"invoices\"", "\"refunds\"")
                .replace("fk_invoices_customer", "fk_refunds_customer"));

        assertEquals("002_invoices (head)\n002_refunds (head)\n", branched.run("heads").out());
        assertEquals("001_customers (branchpoint), customers\n  -> 002_invoices (head), invoices\n"
                + "  -> 002_refunds (head), refunds\n", branched.run("branches").out());
        CliRun ambiguous = branched.run("upgrade", "head", "--url", url(db));
        assertEquals(ExitCode.USAGE, ambiguous.exitCode());
        assertTrue(ambiguous.err().contains("002_invoices") && ambiguous.err().contains("002_refunds"), ambiguous.err());

        CliRun merge = branched.run("merge", "-m", "join refunds");
        assertEquals(ExitCode.OK, merge.exitCode(), merge.err());
        assertTrue(merge.out().matches("created migrations/versions/M\\d{8}_003_JoinRefunds\\.java\n"), merge.out());
        String source = Files.readString(dir.resolve(merge.out().substring("created ".length()).strip()));
        assertTrue(source.contains("parents = {\"002_invoices\", \"002_refunds\"}"), source);
        assertEquals("003_join_refunds (head)\n", branched.run("heads").out());

        assertEquals(ExitCode.OK, branched.run("upgrade", "--url", url(db)).exitCode());
        assertEquals("003_join_refunds", Catalog.strings(db, "SELECT version_num FROM public.migrata_version"));
        assertEquals(1, Catalog.count(db, "SELECT count(*) FROM information_schema.tables WHERE table_name = 'refunds'"));
    }

    @Test
    void squashJoinsTheShopsRevisionsAndStampsTheDatabaseAtTheirEnd(TestDatabase db, @TempDir Path dir) throws SQLException {
        Project squashed = Project.of(dir, db, "shop");
        assertEquals(ExitCode.OK, squashed.run("upgrade", "--url", url(db)).exitCode());

        squashed.run("squash", "002", "001", "--url", url(db))
                .assertFailure(ExitCode.USAGE, "migrata: 001_customers does not descend from 002_invoices: name the older"
                        + " revision first, squash FROM TO");

        CliRun squash = squashed.run("squash", "001", "002", "-m", "shop schema", "--url", url(db));
        assertEquals(ExitCode.OK, squash.exitCode(), squash.err());
        assertTrue(squash.out().matches("created migrations/versions/M\\d{8}_001_ShopSchema\\.java \\(revision 001_shop_schema,"
                + " replacing 001_customers, 002_invoices\\)\n"
                + "removed migrations/versions/M20260101_001_Customers\\.java\n"
                + "removed migrations/versions/M20260102_002_Invoices\\.java\n"), squash.out());
        assertTrue(squash.err().contains("stamped "), squash.err());
        assertEquals("001_shop_schema", versionRows(db));
        assertEquals("001_shop_schema (head)\n", squashed.run("heads").out());
        assertEquals(2, tables(db));
        assertEquals(ExitCode.OK, squashed.run("downgrade", "base", "--url", url(db)).exitCode());
        assertEquals(0, tables(db));
    }

    @Test
    void anEditedAppliedRevisionIsRefusedUntilRepaired(TestDatabase db, @TempDir Path dir) throws IOException, SQLException {
        Project edited = Project.of(dir, db, "shop");
        assertEquals(ExitCode.OK, edited.run("upgrade", "--url", url(db)).exitCode());
        Path invoices = edited.versions().resolve("M20260102_002_Invoices.java");
        Files.writeString(invoices, Files.readString(invoices).replace("varchar(3)", "varchar(4)"));

        CliRun refused = edited.run("downgrade", "base", "--url", url(db));
        assertEquals(ExitCode.USAGE, refused.exitCode());
        assertTrue(refused.err().startsWith("migrata: an applied revision was edited after"), refused.err());
        assertTrue(refused.err().contains(": 002_invoices ("), refused.err());
        assertTrue(refused.err().contains("migrata stamp --repair 002_invoices"), refused.err());
        assertEquals(1, refused.err().lines().count(), refused.err());
        assertTrue(edited.run("history", "--url", url(db)).out().contains("(edited since applied)"));

        CliRun repair = edited.run("stamp", "--repair", "002_invoices", "--url", url(db));
        assertEquals(ExitCode.OK, repair.exitCode(), repair.err());
        assertEquals("recorded the new checksum of 002_invoices\n", repair.err());
        assertEquals("repair", Catalog.strings(db, "SELECT direction FROM public.migrata_history ORDER BY id DESC LIMIT 1"));
        assertEquals(ExitCode.OK, edited.run("downgrade", "base", "--url", url(db)).exitCode());
        assertEquals(0, tables(db));
    }
}
