package io.migrata.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migrata.runner.load.MigrationLoader;
import io.migrata.runner.load.MigrationSource;
import io.migrata.testing.PostgresServers;
import io.migrata.testing.TestDatabase;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Six runner processes start {@code upgrade head} on the same fresh database at once, ten times:
 * the migration lock lets exactly one apply each revision, the others find nothing left to do, and
 * the history's {@code CREATE INDEX CONCURRENTLY} does not deadlock with the runners waiting for
 * the lock.
 */
class ConcurrencyTest {

    private static final int PROCESSES = 6;
    private static final int TRIALS = 10;

    @Test
    void sixRunnersApplyEveryRevisionExactlyOnce(@TempDir Path work) throws Exception {
        Path versions = work.resolve("versions");
        Path cache = work.resolve("cache");
        MigrationFile.of("001_events")
                .upCode("op.createTable(\"events\", column(\"id\", bigint()).notNull(), column(\"kind\", text()).notNull(),"
                        + " column(\"at\", timestamptz()), primaryKey(\"id\"));")
                .up("INSERT INTO events SELECT g, 'k' || (g % 7), now() FROM generate_series(1, 20000) g")
                .downCode("op.dropTable(\"events\");").writeTo(versions);
        MigrationFile.of("002_slow", "001_events").up("SELECT pg_sleep(0.2)")
                .upCode("op.addColumn(\"events\", column(\"note\", text()));")
                .downCode("op.dropColumn(\"events\", \"note\");").writeTo(versions);
        MigrationFile.of("003_index_kind", "002_slow")
                .upCode("op.createIndex(\"events\", index(\"events_kind_idx\").on(\"kind\").concurrently());")
                .downCode("op.dropIndex(\"events\", \"events_kind_idx\");").writeTo(versions);
        MigrationFile.of("004_index_at", "003_index_kind").notTransactional()
                .up("CREATE INDEX CONCURRENTLY events_at_idx ON events (at)")
                .up("SELECT pg_sleep(0.1)")
                .down("DROP INDEX CONCURRENTLY events_at_idx").writeTo(versions);
        MigrationFile.of("005_more", "004_index_at").up("CREATE TABLE more_events (id bigint PRIMARY KEY)")
                .up("CREATE INDEX more_events_id_idx ON more_events (id)")
                .down("DROP TABLE more_events").writeTo(versions);
        new MigrationLoader(cache).load(MigrationSource.directory(versions));
        List<String> revisions = List.of("001_events", "002_slow", "003_index_kind", "004_index_at", "005_more");

        for (int trial = 1; trial <= TRIALS; trial++) {
            try (TestDatabase db = TestDatabase.create(PostgresServers.shared())) {
                List<Process> runners = new ArrayList<>();
                for (int p = 0; p < PROCESSES; p++) {
                    runners.add(RunnerProcess.start(work.resolve("t" + trial + "-p" + p + ".log"), "upgrade", "head",
                            versions.toString(), cache.toString(), db.urlWithCredentials(), "60"));
                }
                for (int p = 0; p < PROCESSES; p++) {
                    Process runner = runners.get(p);
                    String log = "t" + trial + "-p" + p + ".log";
                    assertTrue(runner.waitFor(90, TimeUnit.SECONDS), "runner " + p + " of trial " + trial + " finished");
                    assertEquals(0, runner.exitValue(), () -> read(work.resolve(log)));
                }
                DatabaseFacts facts = new DatabaseFacts(db);
                List<String> expected = revisions.stream().map(id -> id + " upgrade true").toList();
                assertEquals(expected, facts.historyRows(), "trial " + trial + ": each revision applied once");
                assertEquals(List.of("005_more"), facts.versionRows());
                assertEquals(List.of("events_at_idx", "events_kind_idx", "events_pkey"), facts.indexes("events"));
                assertEquals(0, facts.count("SELECT count(*) FROM pg_index WHERE NOT indisvalid"), "no invalid index left");
                assertEquals(List.of("id", "kind", "at", "note"), facts.columns("events"));
            }
        }
    }

    private static String read(Path log) {
        try {
            return Files.readString(log);
        } catch (Exception e) {
            return "(no log: " + e + ")";
        }
    }
}
