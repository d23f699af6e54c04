package io.migrata.runner.execute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migrata.diff.OnlinePlan;
import io.migrata.diff.SchemaDiff;
import io.migrata.introspect.IntrospectionOptions;
import io.migrata.introspect.PostgresIntrospector;
import io.migrata.runner.graph.PlannedStep;
import io.migrata.runner.graph.RevisionNode;
import io.migrata.runner.sql.PostgresSqlRenderer;
import io.migrata.runner.sql.RenderOptions;
import io.migrata.runner.sql.UnsupportedChangeException;
import io.migrata.runner.version.VersionTables;
import io.migrata.schema.SchemaModel;
import io.migrata.schema.op.AddPrimaryKey;
import io.migrata.schema.op.AddUniqueConstraint;
import io.migrata.schema.op.Backfill;
import io.migrata.schema.op.CreateIndex;
import io.migrata.schema.op.DetachPartition;
import io.migrata.schema.op.SchemaOp;
import io.migrata.testing.PostgresExtension;
import io.migrata.testing.SchemaDump;
import io.migrata.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The online plan of a diff applied to a table with rows while a writer keeps updating it: the
 * schema read back equals the wanted one, every row is still there, every constraint is valid and
 * no helper or INVALID index is left. And a plan that fails part way resumes when run again.
 */
@ExtendWith(PostgresExtension.class)
class OnlinePlanExecutionTest {

    private static final String SCHEMA = """
            CREATE TABLE owners (id bigint PRIMARY KEY);
            CREATE TABLE accounts (id bigint PRIMARY KEY, email text, owner_id bigint, balance integer NOT NULL);
            CREATE TABLE events (id bigint NOT NULL, code text, hits integer NOT NULL DEFAULT 0);
            INSERT INTO owners SELECT g FROM generate_series(1, 100) g;
            INSERT INTO accounts SELECT g, 'user' || g || '@example.com', 1 + g % 100, g % 1000 FROM generate_series(1, 20000) g;
            INSERT INTO events SELECT g, 'e' || g FROM generate_series(1, 20000) g;
            """;

    /** Rows in both partitions; the key, a foreign key and an index on the parent, cloned onto each partition. */
    private static final String PARTITIONED = """
            CREATE TABLE meters (id bigint PRIMARY KEY);
            CREATE TABLE readings (meter_id bigint NOT NULL, taken_at date NOT NULL, value numeric,
                CONSTRAINT readings_pkey PRIMARY KEY (meter_id, taken_at),
                CONSTRAINT readings_meter_fk FOREIGN KEY (meter_id) REFERENCES meters (id)) PARTITION BY RANGE (taken_at);
            CREATE INDEX readings_taken_at_idx ON readings (taken_at);
            CREATE TABLE readings_2024 PARTITION OF readings FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
            CREATE TABLE readings_2025 PARTITION OF readings FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
            INSERT INTO meters SELECT g FROM generate_series(1, 200) g;
            INSERT INTO readings SELECT g, DATE '2024-06-01', g FROM generate_series(1, 200) g;
            INSERT INTO readings SELECT g, DATE '2025-06-01', g FROM generate_series(1, 200) g;
            """;

    private static final String WANTED = """
            CREATE TABLE owners (id bigint PRIMARY KEY);
            CREATE TABLE accounts (id bigint PRIMARY KEY, email text NOT NULL, owner_id bigint, balance integer NOT NULL,
                region text NOT NULL,
                CONSTRAINT accounts_owner_fk FOREIGN KEY (owner_id) REFERENCES owners (id),
                CONSTRAINT accounts_balance_check CHECK (balance >= 0));
            CREATE INDEX accounts_email_idx ON accounts (email);
            CREATE TABLE events (id bigint NOT NULL, code text, hits integer NOT NULL DEFAULT 0,
                CONSTRAINT events_pkey PRIMARY KEY (id), CONSTRAINT events_code_key UNIQUE (code));
            """;

    @Test
    void appliesEveryOnlineStepUnderAConcurrentWriter(TestDatabase db, TestDatabase wanted) throws Exception {
        db.execute(SCHEMA);
        wanted.execute(WANTED);
        SchemaModel target = read(wanted);
        List<SchemaOp> plan = fillBackfill(OnlinePlan.of(SchemaDiff.between(read(db), target).ops(), table -> true, read(db)).ops(),
                "UPDATE public.accounts SET region = 'eu' WHERE id IN"
                        + " (SELECT id FROM public.accounts WHERE region IS NULL LIMIT 3000)");
        assertTrue(plan.stream().anyMatch(op -> op instanceof CreateIndex create && create.concurrently()), plan.toString());
        assertTrue(plan.stream().anyMatch(op -> op instanceof AddUniqueConstraint unique && unique.usingIndex()), plan.toString());
        assertTrue(plan.stream().anyMatch(op -> op instanceof AddPrimaryKey key && key.usingIndex()), plan.toString());

        Writer writer = new Writer(db);
        writer.start();
        try (Connection connection = db.connect()) {
            run(connection, plan, 5);
        } finally {
            writer.stop();
        }
        assertEquals(null, writer.failure.get(), "the writer failed");
        assertTrue(writer.updates.get() > 0, "the writer made no update while the plan ran");
        assertEquals(target, read(db));
        assertEquals(20000L, single(db, "SELECT count(*) FROM accounts WHERE region = 'eu'"));
        assertEquals(20000L, single(db, "SELECT count(DISTINCT code) FROM events"));
        assertEquals(0L, single(db, "SELECT count(*) FROM pg_constraint WHERE NOT convalidated"));
        assertEquals(0L, single(db, "SELECT count(*) FROM pg_index WHERE NOT indisvalid"));
    }

    @Test
    void aFailedConcurrentBuildIsResumedAndItsInvalidIndexRebuilt(TestDatabase db, TestDatabase wanted) throws Exception {
        db.execute(SCHEMA + "UPDATE accounts SET email = 'same@example.com' WHERE id IN (7, 8);");
        wanted.execute(SCHEMA.replace("balance integer NOT NULL)", "balance integer NOT NULL CHECK (balance >= 0))")
                + "CREATE UNIQUE INDEX accounts_email_key ON accounts (email);");
        SchemaModel target = read(wanted);
        List<SchemaOp> plan = OnlinePlan.of(SchemaDiff.between(read(db), target).ops(), table -> true, read(db)).ops();
        try (Connection connection = db.connect()) {
            MigrationFailedException failure = assertThrows(MigrationFailedException.class, () -> run(connection, plan, 1));
            assertEquals("23505", failure.sqlState());
            assertTrue(failure.statementsLeftApplied() > 0, failure.getMessage());
            assertEquals(1L, single(db, "SELECT count(*) FROM pg_index WHERE NOT indisvalid"));
            assertEquals((long) failure.statementsLeftApplied(), single(db,
                    "SELECT statements_done FROM migrata_progress WHERE revision = '001_online'"));
            assertEquals(List.of("001_online (upgrade): statements 1 to " + failure.statementsLeftApplied() + " of "
                    + failure.statementCount() + " applied"), new VersionTables("public").readPartlyApplied(connection));

            db.execute("UPDATE accounts SET email = 'other@example.com' WHERE id = 8");
            run(connection, plan, 1);
        }
        assertEquals(target, read(db));
        assertEquals(0L, single(db, "SELECT count(*) FROM pg_index WHERE NOT indisvalid"));
        assertEquals(0L, single(db, "SELECT count(*) FROM migrata_progress"));
        assertEquals(List.of("001_online"), new VersionTables("public").readHeads(db.connect()));
    }

    @Test
    void aUniqueConstraintWhoseIndexBuildFailedIsResumedWithTheIndexRebuilt(TestDatabase db, TestDatabase wanted)
            throws Exception {
        db.execute(SCHEMA + "UPDATE events SET code = 'same' WHERE id IN (7, 8);");
        wanted.execute(SCHEMA + "ALTER TABLE events ADD CONSTRAINT events_code_key UNIQUE (code);");
        SchemaModel target = read(wanted);
        List<SchemaOp> plan = OnlinePlan.of(SchemaDiff.between(read(db), target).ops(), table -> true, read(db)).ops();
        try (Connection connection = db.connect()) {
            MigrationFailedException failure = assertThrows(MigrationFailedException.class, () -> run(connection, plan, 1));
            assertEquals("23505", failure.sqlState());
            assertEquals(1L, single(db, "SELECT count(*) FROM pg_index WHERE NOT indisvalid"));
            db.execute("UPDATE events SET code = 'other' WHERE id = 8");
            run(connection, plan, 1);
        }
        assertEquals(target, read(db));
        assertEquals(0L, single(db, "SELECT count(*) FROM pg_index WHERE NOT indisvalid"));
        assertEquals(1L, single(db, "SELECT count(*) FROM pg_constraint WHERE conname = 'events_code_key' AND contype = 'u'"));
    }

    @Test
    void aStatementWaitingBehindALongTransactionTimesOutAndIsRetriedUntilItRuns(TestDatabase db, TestDatabase wanted)
            throws Exception {
        db.execute(SCHEMA);
        wanted.execute(SCHEMA.replace("balance integer NOT NULL)", "balance integer NOT NULL, note text)"));
        List<SchemaOp> plan = SchemaDiff.between(read(db), read(wanted)).ops();
        try (Connection holder = db.connect(); Connection connection = db.connect()) {
            holder.setAutoCommit(false);
            try (Statement lock = holder.createStatement()) {
                lock.execute("LOCK TABLE accounts IN ACCESS SHARE MODE");
            }
            Thread release = new Thread(() -> {
                try {
                    Thread.sleep(1500);
                    holder.commit();
                } catch (InterruptedException | SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            release.start();
            run(connection, plan, 10);
            release.join();
        }
        assertEquals(read(wanted), read(db));
        assertTrue(single(db, "SELECT count(*) FROM migrata_history WHERE success") == 1L);
    }

    @Test
    void aPartitionIsDetachedConcurrentlyAndAttachedAgainByTheDowngrade(TestDatabase db, TestDatabase wanted) throws Exception {
        db.execute(PARTITIONED);
        wanted.execute(PARTITIONED + "ALTER TABLE readings DETACH PARTITION readings_2024;"
                + "ALTER TABLE readings_2024 DROP CONSTRAINT readings_meter_fk, DROP CONSTRAINT readings_2024_pkey;"
                + "DROP INDEX readings_2024_taken_at_idx;");
        String before = SchemaDump.withoutVersionTables(db);
        SchemaModel current = read(db);
        List<SchemaOp> plan = OnlinePlan.of(SchemaDiff.between(current, read(wanted)).ops(), table -> true, current).ops();
        assertTrue(plan.stream().anyMatch(op -> op instanceof DetachPartition detach && detach.concurrently()), plan.toString());
        try (Connection connection = db.connect()) {
            run(connection, plan, 1);
        }
        assertEquals(SchemaDump.withoutVersionTables(wanted), SchemaDump.withoutVersionTables(db));
        assertEquals(400L, single(db, "SELECT count(*) FROM readings") + single(db, "SELECT count(*) FROM readings_2024"));

        List<SchemaOp> down = new ArrayList<>(plan.stream().map(SchemaOp::inverse).toList());
        java.util.Collections.reverse(down);
        try (Connection connection = db.connect()) {
            run(connection, down, 1, "002_online_down");
        }
        assertEquals(before, SchemaDump.withoutVersionTables(db));

        UnsupportedChangeException refused = assertThrows(UnsupportedChangeException.class,
                () -> new PostgresSqlRenderer(RenderOptions.defaults().forServer(13)).render(plan));
        assertTrue(refused.getMessage().contains("needs PostgreSQL 14"), refused.getMessage());
    }

    @Test
    void aPartitionOfATableWithADefaultPartitionIsDetachedInTheTransaction(TestDatabase db, TestDatabase wanted) throws Exception {
        String withDefault = PARTITIONED + "CREATE TABLE readings_other PARTITION OF readings DEFAULT;";
        db.execute(withDefault);
        wanted.execute(withDefault + "ALTER TABLE readings DETACH PARTITION readings_2024;"
                + "ALTER TABLE readings_2024 DROP CONSTRAINT readings_meter_fk, DROP CONSTRAINT readings_2024_pkey;"
                + "DROP INDEX readings_2024_taken_at_idx;");
        SchemaModel current = read(db);
        List<SchemaOp> plan = OnlinePlan.of(SchemaDiff.between(current, read(wanted)).ops(), table -> true, current).ops();
        assertTrue(plan.stream().anyMatch(op -> op instanceof DetachPartition detach && !detach.concurrently()), plan.toString());
        try (Connection connection = db.connect()) {
            run(connection, plan, 1);
        }
        assertEquals(SchemaDump.withoutVersionTables(wanted), SchemaDump.withoutVersionTables(db));
    }

    private static void run(Connection connection, List<SchemaOp> plan, int retries) throws SQLException {
        run(connection, plan, retries, "001_online");
    }

    private static void run(Connection connection, List<SchemaOp> plan, int retries, String revision) throws SQLException {
        VersionTables tables = new VersionTables("public");
        connection.setAutoCommit(false);
        tables.ensure(connection);
        connection.commit();
        List<SqlStatement> statements = new PostgresSqlRenderer(RenderOptions.defaults().forServer(15)).render(plan).stream()
                .map(s -> new SqlStatement(s.sql(), s.transactional(), s.source()))
                .toList();
        PlannedStep step = new PlannedStep(RevisionNode.of(revision), true, List.of(), List.of(revision));
        LockWaits waits = new LockWaits(Duration.ofMillis(200), retries, Duration.ofMillis(100));
        new RevisionExecutor(connection, tables, waits).run(step, true, statements, "c".repeat(64));
    }

    private static List<SchemaOp> fillBackfill(List<SchemaOp> plan, String batchSql) {
        List<SchemaOp> filled = new ArrayList<>();
        for (SchemaOp op : plan) {
            filled.add(op instanceof Backfill backfill ? new Backfill(backfill.table(), backfill.column(), batchSql) : op);
        }
        return filled;
    }

    private static SchemaModel read(TestDatabase db) throws SQLException {
        try (Connection connection = db.connect()) {
            SchemaModel model = new PostgresIntrospector(connection).read(IntrospectionOptions.schemas("public"));
            return model.withTables(model.tables().stream().filter(t -> !t.name().name().startsWith("migrata_")).toList());
        }
    }

    private static long single(TestDatabase db, String sql) throws SQLException {
        try (Connection connection = db.connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** Updates random rows as fast as it can, each update its own transaction, until stopped. */
    private static final class Writer {
        private final TestDatabase db;
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final AtomicInteger updates = new AtomicInteger();
        private final AtomicReference<Throwable> failure = new AtomicReference<>();
        private Thread thread;

        Writer(TestDatabase db) {
            this.db = db;
        }

        void start() {
            thread = new Thread(() -> {
                try (Connection connection = db.connect(); Statement statement = connection.createStatement()) {
                    while (running.get()) {
                        int id = ThreadLocalRandom.current().nextInt(1, 20001);
                        statement.executeUpdate("UPDATE accounts SET balance = balance + 1 WHERE id = " + id);
                        statement.executeUpdate("UPDATE events SET hits = hits + 1 WHERE id = " + id);
                        updates.incrementAndGet();
                    }
                } catch (Throwable e) {
                    failure.set(e);
                }
            });
            thread.start();
        }

        void stop() throws InterruptedException {
            running.set(false);
            thread.join();
        }
    }
}
