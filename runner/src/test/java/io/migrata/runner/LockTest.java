package io.migrata.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.migrata.runner.load.MigrationSource;
import io.migrata.runner.lock.AdvisoryLock;
import io.migrata.runner.lock.LockHolder;
import io.migrata.runner.lock.LockTimeoutException;
import io.migrata.testing.PostgresExtension;
import io.migrata.testing.TestDatabase;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(PostgresExtension.class)
class LockTest {

    /**
     * The advisory locks held in the test's own database: other databases on the server (other
     * tests, other users) may hold advisory locks of their own at any moment.
     */
    private static final String ADVISORY_LOCKS_HERE = "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory'"
            + " AND database = (SELECT oid FROM pg_database WHERE datname = current_database())";

    @Test
    void aLongWaitForTheLockIsToldOnceNamingTheHolder(TestDatabase db, @TempDir Path project) throws Exception {
        MigrationFile.of("001_a").up("CREATE TABLE a (id integer)").down("DROP TABLE a").writeTo(project.resolve("versions"));
        List<LockHolder> told = new java.util.concurrent.CopyOnWriteArrayList<>();
        MigrationListener listener = new MigrationListener() {
            @Override
            public void waitingForLock(LockHolder holder, Duration timeout) {
                told.add(holder);
            }
        };
        Migrator migrator = new Migrator(MigratorConfig.of(MigrationSource.directory(project.resolve("versions")), db::connect)
                .withCacheDirectory(project.resolve(".migrata")).withLockTimeout(Duration.ofMillis(2500)).withListener(listener));
        try (Connection holder = db.connect(); Statement statement = holder.createStatement()) {
            statement.execute("SET application_name = 'deploy-job-8'");
            statement.execute("SELECT pg_advisory_lock(" + AdvisoryLock.keyOf("\"public\".\"migrata_version\"") + ")");
            assertThrows(LockTimeoutException.class, () -> migrator.upgrade("head"));
            assertEquals(1, told.size(), "told once");
            assertEquals(pid(holder), told.get(0).pid());
            assertEquals("deploy-job-8", told.get(0).applicationName());
        }
    }

    @Test
    void aHeldLockTimesOutNamingItsHolder(TestDatabase db, @TempDir Path project) throws Exception {
        MigrationFile.of("001_a").up("CREATE TABLE a (id integer)").down("DROP TABLE a").writeTo(project.resolve("versions"));
        Migrator migrator = new Migrator(MigratorConfig.of(MigrationSource.directory(project.resolve("versions")), db::connect)
                .withCacheDirectory(project.resolve(".migrata")).withLockTimeout(Duration.ofMillis(800)));
        try (Connection holder = db.connect(); Statement statement = holder.createStatement()) {
            statement.execute("SET application_name = 'deploy-job-7'");
            int pid = pid(holder);
            try (PreparedStatement lock = holder.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
                lock.setLong(1, AdvisoryLock.keyOf("\"public\".\"migrata_version\""));
                try (ResultSet taken = lock.executeQuery()) {
                    taken.next();
                    assertTrue(taken.getBoolean(1));
                }
            }

            LockTimeoutException error = assertThrows(LockTimeoutException.class, () -> migrator.upgrade("head"));

            LockHolder who = error.holder().orElseThrow();
            assertEquals(pid, who.pid());
            assertEquals("deploy-job-7", who.applicationName());
            assertTrue(error.getMessage().contains("pid " + pid) && error.getMessage().contains("deploy-job-7")
                    && error.getMessage().contains("pg_terminate_backend(" + pid + ")"), error.getMessage());
            assertEquals(List.of(), new DatabaseFacts(db).tables("public"), "nothing was created without the lock");
        }
        migrator.upgrade("head");
        assertEquals(List.of("001_a"), migrator.current());
    }

    @Test
    void theNextRunnerWaitsForAKilledRunnersWorkSessionToEnd(TestDatabase db, @TempDir Path project) throws Exception {
        MigrationFile.of("001_a").up("CREATE TABLE a (id integer)").down("DROP TABLE a").writeTo(project.resolve("versions"));
        Migrator migrator = new Migrator(MigratorConfig.of(MigrationSource.directory(project.resolve("versions")), db::connect)
                .withCacheDirectory(project.resolve(".migrata")).withLockTimeout(Duration.ofMillis(600)));
        try (Connection leftover = db.connect();
             AdvisoryLock workSession = AdvisoryLock.acquireOn(leftover, "\"public\".\"migrata_version\" (work session)",
                     Duration.ZERO, holder -> { })) {
            int pid = pid(leftover);
            LockTimeoutException error = assertThrows(LockTimeoutException.class, () -> migrator.upgrade("head"));
            assertEquals(pid, error.holder().orElseThrow().pid());
            assertTrue(error.getMessage().contains("(work session)"), error.getMessage());
            assertEquals(List.of(), new DatabaseFacts(db).tables("public"), "nothing ran while the old session lived");
        }
        migrator.upgrade("head");
        assertEquals(List.of("001_a"), migrator.current());
    }

    @Test
    void theSessionThatMigratesHoldsTheLockAndNoOtherSessionIsOpened(TestDatabase db, @TempDir Path project) throws Exception {
        // The revision records, from inside the run, which sessions hold advisory locks and how many
        // other sessions the command had open on the database at that moment.
        MigrationFile.of("001_seen")
                .up("CREATE TABLE seen AS SELECT"
                        + " (SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND granted AND pid = pg_backend_pid()) AS mine,"
                        + " (SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND pid <> pg_backend_pid()"
                        + "  AND database = (SELECT oid FROM pg_database WHERE datname = current_database())) AS others,"
                        + " (SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()) AS sessions")
                .down("DROP TABLE seen").writeTo(project.resolve("versions"));
        Migrator migrator = new Migrator(MigratorConfig.of(MigrationSource.directory(project.resolve("versions")), db::connect)
                .withCacheDirectory(project.resolve(".migrata")));
        migrator.upgrade("head");
        assertEquals(List.of(2L, 0L, 0L), List.of(new DatabaseFacts(db).count("SELECT mine FROM seen"),
                new DatabaseFacts(db).count("SELECT others FROM seen"), new DatabaseFacts(db).count("SELECT sessions FROM seen")),
                "the migration lock and the older releases' work-session lock, both on the session that migrates");
        assertEquals(0, new DatabaseFacts(db).count(ADVISORY_LOCKS_HERE), "released when the command ends");
        try (Connection other = db.connect();
             AdvisoryLock again = AdvisoryLock.acquireOn(other, "\"public\".\"migrata_version\"", Duration.ZERO, holder -> { })) {
            assertEquals(AdvisoryLock.keyOf("\"public\".\"migrata_version\""), again.key());
        }
    }

    private static int pid(Connection connection) throws Exception {
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery("SELECT pg_backend_pid()")) {
            row.next();
            return row.getInt(1);
        }
    }
}
