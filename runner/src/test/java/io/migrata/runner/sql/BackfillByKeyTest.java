package io.migrata.runner.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migrata.schema.QualifiedName;
import io.migrata.schema.op.Backfill;
import io.migrata.testing.PostgresExtension;
import io.migrata.testing.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A backfill along a key, run by PostgreSQL as its {@code DO} block: it fills every row, commits
 * batch by batch in key order, and a run that fails part way is finished by the next one, rows
 * the sync trigger wrote meanwhile (behind the failed run's last batch and ahead of it) included.
 */
@ExtendWith(PostgresExtension.class)
class BackfillByKeyTest {

    private static final QualifiedName LEDGER = QualifiedName.of("public", "ledger");
    private static final QualifiedName PAIRS = QualifiedName.of("public", "pairs");
    // Fails in the third batch while the session says so: the crash of a run that got two batches in (c / 0, not a
    // constant the planner would fold and fail on before the first batch).
    private static final String FAILING = "CASE WHEN current_setting('backfill_test.fail', true) = 'on' AND %s THEN c / 0 ELSE c END";

    @Test
    void aRunThatFailedIsFinishedByTheNextWithTheRowsWrittenMeanwhile(TestDatabase db) throws SQLException {
        // Keys with gaps, so a batch is a key range of 10,000 rows, not 10,000 key values.
        db.execute("CREATE TABLE ledger (id integer PRIMARY KEY, c integer, n bigint);"
                + " INSERT INTO ledger (id, c) SELECT 3 * g, g FROM generate_series(1, 35000) g;"
                + SYNC.formatted("ledger"));
        Backfill failing = new Backfill(LEDGER, "n", new Backfill.ByKey(List.of("id"), FAILING.formatted("id = 3 * 25000"),
                "n IS DISTINCT FROM c"));
        try (Connection connection = db.connect(); Statement statement = connection.createStatement()) {
            statement.execute("SET backfill_test.fail = 'on'");
            SQLException crash = assertThrows(SQLException.class, () -> statement.execute(render(failing)));
            assertTrue(crash.getMessage().contains("division by zero"), crash::getMessage);
        }
        assertEquals(List.of("20000"), db.strings("SELECT count(*) FROM ledger WHERE n IS NOT NULL"));
        assertEquals(List.of("60000"), db.strings("SELECT max(id) FROM ledger WHERE n IS NOT NULL"));

        db.execute("INSERT INTO ledger (id, c) VALUES (1, 7), (60001, 8), (90001, 9), (500000, 10);"
                + " UPDATE ledger SET c = c + 1 WHERE id IN (3, 60003, 104997)");
        try (Connection connection = db.connect(); Statement statement = connection.createStatement()) {
            statement.execute(render(failing));
        }
        assertEquals(List.of("0"), db.strings("SELECT count(*) FROM ledger WHERE n IS DISTINCT FROM c"));
        assertEquals(List.of("35004"), db.strings("SELECT count(*) FROM ledger"));
    }

    @Test
    void aKeyOfTwoColumnsIsWalkedAsARow(TestDatabase db) throws SQLException {
        db.execute("CREATE TABLE pairs (a integer NOT NULL, b integer NOT NULL, c integer, n bigint, PRIMARY KEY (a, b));"
                + " INSERT INTO pairs (a, b, c) SELECT g / 300, g % 300, g FROM generate_series(0, 29999) g;"
                + SYNC.formatted("pairs"));
        Backfill failing = new Backfill(PAIRS, "n", new Backfill.ByKey(List.of("a", "b"), FAILING.formatted("c = 25000"),
                "n IS DISTINCT FROM c"));
        try (Connection connection = db.connect(); Statement statement = connection.createStatement()) {
            statement.execute("SET backfill_test.fail = 'on'");
            SQLException crash = assertThrows(SQLException.class, () -> statement.execute(render(failing)));
            assertTrue(crash.getMessage().contains("division by zero"), crash::getMessage);
        }
        assertEquals(List.of("20000"), db.strings("SELECT count(*) FROM pairs WHERE n IS NOT NULL"));
        db.execute("INSERT INTO pairs (a, b, c) VALUES (0, -1, 1), (1000, 0, 2)");
        try (Connection connection = db.connect(); Statement statement = connection.createStatement()) {
            statement.execute(render(failing));
            // Once everything is filled a run finds nothing to start from and ends at once.
            statement.execute(render(failing));
        }
        assertEquals(List.of("0"), db.strings("SELECT count(*) FROM pairs WHERE n IS DISTINCT FROM c"));
        assertEquals(List.of("30002"), db.strings("SELECT count(*) FROM pairs"));
    }

    private static final String SYNC = """
             CREATE FUNCTION %1$s_sync() RETURNS trigger LANGUAGE plpgsql AS $f$ BEGIN NEW.n := NEW.c; RETURN NEW; END $f$;
             CREATE TRIGGER %1$s_sync BEFORE INSERT OR UPDATE ON %1$s FOR EACH ROW EXECUTE FUNCTION %1$s_sync();""";

    private static String render(Backfill op) {
        List<io.migrata.runner.sql.Statement> rendered = new PostgresSqlRenderer(RenderOptions.defaults().forServer(15)).render(op);
        assertEquals(1, rendered.size());
        assertFalse(rendered.get(0).transactional());
        return rendered.get(0).sql();
    }
}
