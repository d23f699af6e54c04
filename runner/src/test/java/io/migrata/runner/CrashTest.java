package io.migrata.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migrata.runner.load.MigrationLoader;
import io.migrata.runner.load.MigrationSource;
import io.migrata.testing.PostgresExtension;
import io.migrata.testing.TestDatabase;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills runner processes with SIGKILL at random moments while they upgrade and downgrade a
 * 30-revision history, and checks after every kill that the schema and the data are exactly those
 * of the revision migrata_version names, and that the next run carries on from there.
 */
@ExtendWith(PostgresExtension.class)
class CrashTest {

    private static final int REVISIONS = 30;
    private static final int ROWS = 20_000;
    private static final int KILLS = 22;

    @Test
    void everyKillLeavesExactlyTheRecordedRevision(TestDatabase db, @TempDir Path work) throws Exception {
        Path versions = work.resolve("versions");
        Path cache = work.resolve("cache");
        for (int i = 1; i <= REVISIONS; i++) {
            MigrationFile.of(id(i), i == 1 ? new String[0] : new String[] {id(i - 1)})
                    .up("CREATE TABLE t_" + i + " (id integer PRIMARY KEY, payload text NOT NULL)")
                    .up("INSERT INTO t_" + i + " SELECT g, md5(g::text) FROM generate_series(1, " + ROWS + ") g")
                    .down("DELETE FROM t_" + i)
                    .down("DROP TABLE t_" + i)
                    .writeTo(versions);
        }
        new MigrationLoader(cache).load(MigrationSource.directory(versions));

        DatabaseFacts facts = new DatabaseFacts(db);
        // One whole run each way, unkilled, times the processes on this machine, so the kills below
        // land across start-up and the whole history however fast or loaded the machine is.
        long upgradeMillis = wholeRun(work, "upgrade", versions, cache, db);
        assertSchemaIsAt(facts, REVISIONS);
        long downgradeMillis = wholeRun(work, "downgrade", versions, cache, db);
        assertSchemaIsAt(facts, 0);

        Random random = new Random(20260219);
        int kills = 0;
        int runs = 0;
        int killedMidway = 0;
        List<String> seen = new ArrayList<>();
        while (kills < KILLS && runs < 80) {
            runs++;
            int at = recordedRevision(facts);
            String command = at == REVISIONS ? "downgrade" : at == 0 ? "upgrade" : random.nextBoolean() ? "upgrade" : "downgrade";
            String logName = "run-" + runs;
            Process runner = RunnerProcess.start(work.resolve(logName + ".log"), command, command.equals("upgrade") ? "head" : "base",
                    versions.toString(), cache.toString(), db.urlWithCredentials(), "30");
            long whole = command.equals("upgrade") ? upgradeMillis : downgradeMillis;
            boolean finished = runner.waitFor((long) (whole * (0.1 + 0.85 * random.nextDouble())), TimeUnit.MILLISECONDS);
            if (!finished) {
                runner.destroyForcibly();
                runner.waitFor(10, TimeUnit.SECONDS);
                kills++;
            } else {
                assertEquals(0, runner.exitValue(), () -> log(work, logName));
            }
            awaitKilledSessions(facts);
            int after = recordedRevision(facts);
            assertSchemaIsAt(facts, after);
            if (!finished && after > 0 && after < REVISIONS) killedMidway++;
            seen.add(command + " " + at + "->" + after + (finished ? "" : " killed"));
        }
        System.out.println("crash runs: " + seen);
        assertTrue(kills >= 20, "only " + kills + " of " + runs + " runs were killed while running: " + seen);
        assertTrue(killedMidway >= 5, "kills that left the history between its ends: " + killedMidway + " " + seen);

        Process rerun = RunnerProcess.start(work.resolve("final.log"), "upgrade", "head", versions.toString(), cache.toString(),
                db.urlWithCredentials(), "30");
        assertTrue(rerun.waitFor(60, TimeUnit.SECONDS), "the final run finished");
        assertEquals(0, rerun.exitValue(), () -> log(work, "final"));
        assertEquals(REVISIONS, recordedRevision(facts));
        assertSchemaIsAt(facts, REVISIONS);
    }

    private static long wholeRun(Path work, String command, Path versions, Path cache, TestDatabase db) throws Exception {
        long start = System.nanoTime();
        Process whole = RunnerProcess.start(work.resolve("whole-" + command + ".log"), command,
                command.equals("upgrade") ? "head" : "base", versions.toString(), cache.toString(), db.urlWithCredentials(), "30");
        assertTrue(whole.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, whole.exitValue(), () -> log(work, "whole-" + command));
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static String id(int i) {
        return String.format("%03d_table_%d", i, i);
    }

    /**
     * A killed runner's sessions live on until the server notices, finishing a statement in flight
     * (and committing, if the runner had sent COMMIT); the check reads the database after that.
     */
    private static void awaitKilledSessions(DatabaseFacts facts) throws Exception {
        String others = "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"
                + " AND backend_type = 'client backend' AND pid <> pg_backend_pid()";
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (facts.count(others) > 0) {
            assertTrue(System.nanoTime() < deadline, "the killed runner's sessions ended");
            Thread.sleep(20);
        }
    }

    /** The revision number migrata_version names, 0 for base or no table yet. */
    private static int recordedRevision(DatabaseFacts facts) throws Exception {
        if (facts.tables("public").stream().noneMatch("migrata_version"::equals)) return 0;
        List<String> rows = facts.versionRows();
        assertTrue(rows.size() <= 1, "one head at most: " + rows);
        return rows.isEmpty() ? 0 : Integer.parseInt(rows.get(0).substring(0, 3));
    }

    private static void assertSchemaIsAt(DatabaseFacts facts, int revision) throws Exception {
        List<String> expected = new ArrayList<>();
        for (int i = 1; i <= revision; i++) expected.add("t_" + i);
        List<String> tables = facts.tables("public").stream().filter(t -> !t.startsWith("migrata_")).sorted().toList();
        assertEquals(expected.stream().sorted().toList(), tables, "tables at revision " + revision);
        for (String table : expected) {
            assertEquals(ROWS, facts.count("SELECT count(*) FROM " + table), "rows of " + table);
        }
    }

    private static String log(Path work, String name) {
        try {
            return Files.readString(work.resolve(name + ".log"));
        } catch (Exception e) {
            return "(no log: " + e + ")";
        }
    }
}
