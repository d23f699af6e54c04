package io.migrata.cli.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migrata.testing.PostgresExtension;
import io.migrata.testing.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Faults from outside, on the command as a real process: SIGKILL at random points of a
 * 30-revision upgrade whose revisions alternate between transactional ones and concurrent index
 * builds outside a transaction, and SIGTERM and SIGKILL during the commands that replay the
 * history on a scratch database. Each case checks the exit status, what the command printed, and
 * the database itself.
 */
@ExtendWith(PostgresExtension.class)
class FaultInjectionIT {

    private static final int REVISIONS = 30;
    private static final int ROWS = 10_000;
    private static final int KILLS = 5;
    private static final int SIGTERM_STATUS = 128 + 15;

    @TempDir
    Path dir;

    private static String id(int i) {
        return "%03d_step".formatted(i);
    }

    /** Odd revisions create and fill a table in a transaction; even ones index it concurrently, outside one. */
    private static String revision(int i) {
        String parents = i == 1 ? "{}" : "\"" + id(i - 1) + "\"";
        String upgrade;
        String downgrade;
        String transactional = "";
        if (i % 2 == 1) {
            upgrade = "op.execute(\"CREATE TABLE t_%1$d (id integer PRIMARY KEY, name text NOT NULL)\");\n"
                    .formatted(i)
                    + "        op.execute(\"INSERT INTO t_%1$d SELECT g, md5(g::text) FROM generate_series(1, %2$d) g\");"
                    .formatted(i, ROWS);
            downgrade = "op.execute(\"DROP TABLE t_%d\");".formatted(i);
        } else {
            upgrade = "op.createIndex(\"t_%d\", index(\"ix_t_%d_name\").on(\"name\").concurrently());".formatted(i - 1, i - 1);
            downgrade = "op.dropIndex(\"t_%d\", index(\"ix_t_%d_name\").on(\"name\").concurrently());".formatted(i - 1, i - 1);
            transactional = "\n    @Override\n    public boolean transactional() {\n        return false;\n    }\n";
        }
        return """
                package migrations;

                import static io.migrata.schema.migration.Schema.index;

                import io.migrata.schema.migration.Migration;
                import io.migrata.schema.migration.Operations;
                import io.migrata.schema.migration.Revision;

                @Revision(id = "%s", parents = %s, message = "step %d", created = "2026-01-01T10:00:00Z")
                public final class M%03d implements Migration {
                    @Override
                    public void upgrade(Operations op) {
                        %s
                    }

                    @Override
                    public void downgrade(Operations op) {
                        %s
                    }
                %s}
                """.formatted(id(i), parents, i, i, upgrade, downgrade, transactional);
    }

    @Test
    void everyKillLeavesTheDatabaseAtARecordedRevisionAndTheRerunFinishes(TestDatabase db) throws Exception {
        Path project = dir.resolve("project");
        for (int i = 1; i <= REVISIONS; i++) write(project, "migrations/versions/M%03d.java".formatted(i), revision(i));
        Map<String, String> environment = Map.of("DATABASE_URL", db.urlWithCredentials());
        // One unkilled upgrade and downgrade time the command on this machine (and fill the compile
        // cache), so the kills below land from start-up to the last revision however loaded it is.
        long started = System.nanoTime();
        assertExit(0, MigrataProcess.run(project, environment, "upgrade", "head", "--quiet"));
        long whole = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        assertAt(db, REVISIONS);
        assertExit(0, MigrataProcess.run(project, environment, "downgrade", "base", "--quiet"));
        assertAt(db, 0);

        Random random = new Random(20261207);
        List<String> seen = new ArrayList<>();
        int kills = 0;
        for (int run = 0; run < 40 && kills < KILLS; run++) {
            int before = recorded(db);
            if (before == REVISIONS) {
                assertExit(0, MigrataProcess.run(project, environment, "downgrade", "base", "--quiet"));
                continue;
            }
            Path errLog = dir.resolve("err-" + run);
            Process upgrade = MigrataProcess.start(project, environment, dir.resolve("out-" + run), errLog,
                    "upgrade", "head", "--quiet");
            boolean finished = upgrade.waitFor((long) (whole * (0.15 + 0.8 * random.nextDouble())), TimeUnit.MILLISECONDS);
            if (!finished) {
                upgrade.destroyForcibly();
                upgrade.waitFor(30, TimeUnit.SECONDS);
                kills++;
                // The killed command's sessions run on until the server notices; a COMMIT already
                // sent still lands, so the database is judged once they are gone.
                awaitNoSession(db, db.name());
            } else {
                assertEquals(0, upgrade.exitValue(), () -> read(errLog));
            }
            int after = recorded(db);
            assertAt(db, after);
            seen.add(before + "->" + after + (finished ? "" : " killed"));
        }
        assertEquals(KILLS, kills, "runs: " + seen);
        assertTrue(seen.stream().anyMatch(s -> s.endsWith("killed") && !s.startsWith("0->0 ")), "a kill after start-up: " + seen);

        assertExit(0, MigrataProcess.run(project, environment, "upgrade", "head", "--quiet"));
        assertAt(db, REVISIONS);
        for (int i = 2; i <= REVISIONS; i += 2) {
            assertEquals("t", CatalogSnapshot.value(db, "SELECT indisvalid FROM pg_index WHERE indexrelid = 'ix_t_%d_name'::regclass"
                    .formatted(i - 1)), "ix_t_" + (i - 1) + "_name is valid");
        }
    }

    /** The recorded revision's tables exist with their rows, later ones do not; indexes of later revisions only as leftovers. */
    private static void assertAt(TestDatabase db, int revision) throws SQLException {
        assertEquals(revision == 0 ? "" : id(revision), CatalogSnapshot.value(db,
                "SELECT coalesce(string_agg(version_num, ','), '') FROM public.migrata_version"));
        List<String> expectedTables = IntStream.rangeClosed(1, revision).filter(i -> i % 2 == 1)
                .mapToObj(i -> "t_" + i).sorted().toList();
        assertEquals(expectedTables, CatalogSnapshot.strings(db,
                "SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename LIKE 't\\_%' ORDER BY 1"));
        for (String table : expectedTables) {
            assertEquals(Integer.toString(ROWS), CatalogSnapshot.value(db, "SELECT count(*) FROM " + table), table);
        }
        for (int i = 2; i <= revision; i += 2) {
            assertEquals("t", CatalogSnapshot.value(db, "SELECT indisvalid FROM pg_index WHERE indexrelid = 'ix_t_%d_name'::regclass"
                    .formatted(i - 1)), "ix_t_" + (i - 1) + "_name is valid at " + revision);
        }
    }

    private static int recorded(TestDatabase db) throws SQLException {
        String at = CatalogSnapshot.value(db, "SELECT coalesce(max(version_num), '') FROM public.migrata_version");
        return at.isEmpty() ? 0 : Integer.parseInt(at.substring(0, 3));
    }

    /**
     * Each command that replays the history on a scratch database, stopped as a CI job is
     * cancelled, while the replay runs: the scratch database is dropped before the process ends.
     */
    @ParameterizedTest
    @ValueSource(strings = {"check", "drift", "verify"})
    void sigtermDuringAReplayDropsTheScratchDatabase(String command, TestDatabase db) throws Exception {
        String tag = "fault_term_" + db.name();
        HederaProject project = slowReplayFor(command, db);
        Process replaying = MigrataProcess.start(project.dir(), environment(db, tag), dir.resolve("out"), dir.resolve("err"),
                command);
        String scratch = awaitSleepingScratch(db, tag);

        replaying.destroy();
        assertTrue(replaying.waitFor(60, TimeUnit.SECONDS), command + " ended after SIGTERM");

        assertEquals(SIGTERM_STATUS, replaying.exitValue(), () -> read(dir.resolve("err")));
        String err = read(dir.resolve("err"));
        assertTrue(err.contains("stopped before the end: dropped the scratch database " + scratch + "\n"), err);
        assertTrue(!err.contains("\tat "), err);
        assertEquals("0", CatalogSnapshot.value(db, "SELECT count(*) FROM pg_database WHERE datname = '" + scratch + "'"));
    }

    /**
     * SIGKILL leaves no chance to drop the scratch database; the next run of the same command finds
     * it by its owner's session lock, which died with the owner, and drops it.
     */
    @ParameterizedTest
    @ValueSource(strings = {"check", "drift", "verify"})
    void aScratchDatabaseLeftBySigkillIsSweptByTheNextRun(String command, TestDatabase db) throws Exception {
        String tag = "fault_kill_" + db.name();
        HederaProject project = slowReplayFor(command, db);
        Process replaying = MigrataProcess.start(project.dir(), environment(db, tag), dir.resolve("out"), dir.resolve("err"),
                command);
        String scratch = awaitSleepingScratch(db, tag);

        replaying.destroyForcibly();
        assertTrue(replaying.waitFor(60, TimeUnit.SECONDS));
        assertEquals("1", CatalogSnapshot.value(db, "SELECT count(*) FROM pg_database WHERE datname = '" + scratch + "'"),
                "SIGKILL leaves the scratch database");
        // The killed command's backend sleeps on until the server notices; end it as an operator would.
        CatalogSnapshot.value(db, "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE application_name = '"
                + tag + "'");
        awaitNoSession(db, scratch);

        Path sleep = project.versions().resolve("M20270101_004_Sleep.java");
        Files.writeString(sleep, Files.readString(sleep).replace("pg_sleep(120)", "pg_sleep(0)"));
        MigrataProcess.Result next = MigrataProcess.run(project.dir(), environment(db, tag), command);
        assertEquals(0, next.exitCode(), next::toString);
        assertTrue(next.err().contains("dropped 1 scratch database left by a command that was stopped: " + scratch + "\n"),
                next.err());
        assertEquals("0", CatalogSnapshot.value(db, "SELECT count(*) FROM pg_database WHERE datname = '" + scratch + "'"));
    }

    /**
     * The Hedera Flow project with a sleeping fourth revision, for a command whose replay reaches
     * it: {@code drift} replays up to the revision the database is at, so the database is upgraded
     * to the third and stamped at the fourth, which changes nothing in the schema.
     */
    private HederaProject slowReplayFor(String command, TestDatabase db) throws Exception {
        HederaProject project = slowReplay();
        if (command.equals("drift")) {
            Map<String, String> environment = HederaProject.environment(db);
            assertExit(0, MigrataProcess.run(project.dir(), environment, "upgrade",
                    "003_index_bills_by_meter_check_ocr_confidence", "--quiet"));
            assertExit(0, MigrataProcess.run(project.dir(), environment, "stamp", "004_sleep", "--quiet"));
        }
        return project;
    }

    @Test
    void anEmbeddedServerLeftBySigkillIsStoppedByTheNextCommandAndItsDataKept() throws Exception {
        HederaProject project = HederaProject.copy(dir.resolve("project"));
        Map<String, String> embedded = Map.of();
        assertExit(0, MigrataProcess.run(project.dir(), embedded, "upgrade", "head", "--quiet"));
        slowReplay(project);
        Process upgrade = MigrataProcess.start(project.dir(), embedded, dir.resolve("out"), dir.resolve("err"),
                "upgrade", "head", "--quiet");
        Path pidFile = project.dir().resolve(".migrata/postgres/postmaster.pid");
        long postmaster = awaitSleepingEmbedded(pidFile);

        upgrade.destroyForcibly();
        assertTrue(upgrade.waitFor(60, TimeUnit.SECONDS));
        assertTrue(ProcessHandle.of(postmaster).map(ProcessHandle::isAlive).orElse(false), "SIGKILL orphans the server");

        Files.delete(project.versions().resolve("M20270101_004_Sleep.java"));
        MigrataProcess.Result current = MigrataProcess.run(project.dir(), embedded, "current");
        assertEquals(0, current.exitCode(), current::toString);
        assertEquals("003_index_bills_by_meter_check_ocr_confidence (head)\n", current.out());
        assertTrue(ProcessHandle.of(postmaster).map(p -> !p.isAlive()).orElse(true), "the orphan was stopped");
    }

    /** The embedded server's postmaster pid, once a session on it sleeps in revision 004. */
    private static long awaitSleepingEmbedded(Path pidFile) throws Exception {
        for (int i = 0; i < 1200; i++) {
            if (Files.exists(pidFile)) {
                List<String> lines = Files.readAllLines(pidFile);
                if (lines.size() > 3 && !lines.get(3).isBlank()) {
                    String url = "jdbc:postgresql://localhost:" + lines.get(3).strip() + "/postgres?user=postgres";
                    try (java.sql.Connection connection = java.sql.DriverManager.getConnection(url);
                         java.sql.Statement statement = connection.createStatement();
                         java.sql.ResultSet row = statement.executeQuery(
                                 "SELECT count(*) FROM pg_stat_activity WHERE query LIKE 'SELECT pg_sleep%'")) {
                        row.next();
                        if (row.getLong(1) > 0) return Long.parseLong(lines.get(0).strip());
                    } catch (SQLException notYet) {
                        // the server is still starting
                    }
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the upgrade never reached revision 004 on the embedded server");
    }

    /** The Hedera Flow project with a fourth revision that sleeps, so the replay is caught in it. */
    private HederaProject slowReplay() {
        return slowReplay(HederaProject.copy(dir.resolve("project")));
    }

    private static HederaProject slowReplay(HederaProject project) {
        project.writeRevision("M20270101_004_Sleep", """
                package io.migrata.examples.hedera.migrations;

                import io.migrata.schema.migration.Migration;
                import io.migrata.schema.migration.Operations;
                import io.migrata.schema.migration.Revision;

                @Revision(id = "004_sleep", parents = "003_index_bills_by_meter_check_ocr_confidence", message = "sleep",
                        created = "2027-01-01T10:00:00Z")
                public final class M20270101_004_Sleep implements Migration {
                    @Override
                    public void upgrade(Operations op) {
                        op.execute("SELECT pg_sleep(120)");
                    }

                    @Override
                    public void downgrade(Operations op) {
                    }
                }
                """);
        return project;
    }

    private static Map<String, String> environment(TestDatabase db, String tag) {
        Map<String, String> environment = new HashMap<>(HederaProject.environment(db));
        environment.put("MIGRATA_DEV_URL", HederaProject.devUrl(db) + "&application_name=" + tag);
        return environment;
    }

    /** The scratch database of the command tagged {@code tag}, once its replay sleeps in revision 004. */
    private static String awaitSleepingScratch(TestDatabase db, String tag) throws Exception {
        String query = "SELECT coalesce(max(datname), '') FROM pg_stat_activity WHERE application_name = '" + tag + "'"
                + " AND datname LIKE 'migrata\\_scratch\\_%' AND query LIKE 'SELECT pg_sleep%'";
        for (int i = 0; i < 1200; i++) {
            String name = CatalogSnapshot.value(db, query);
            if (!name.isEmpty()) return name;
            Thread.sleep(100);
        }
        throw new AssertionError("the replay never reached revision 004");
    }

    private static void awaitNoSession(TestDatabase db, String database) throws Exception {
        for (int i = 0; i < 300; i++) {
            if (CatalogSnapshot.value(db, "SELECT count(*) FROM pg_stat_activity WHERE datname = '" + database + "'"
                    + " AND pid <> pg_backend_pid()").equals("0")) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("sessions on " + database + " did not end");
    }

    private static void assertExit(int expected, MigrataProcess.Result result) {
        assertEquals(expected, result.exitCode(), result::toString);
    }

    private static void write(Path project, String file, String text) throws IOException {
        Path target = project.resolve(file);
        Files.createDirectories(target.getParent());
        Files.writeString(target, text);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return "(unreadable: " + e.getMessage() + ")";
        }
    }
}
