package io.migrata.runner.lock;


import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The migration lock: a session-level PostgreSQL advisory lock, one per version table, held by the
 * session that changes the database for as long as the command runs.
 *
 * <p>It is taken by polling {@code pg_try_advisory_lock}, never by the blocking
 * {@code pg_advisory_lock}: a blocked call would sit inside a statement, and
 * {@code CREATE INDEX CONCURRENTLY} in the holder's migration waits for every transaction that
 * was running when it started, so the two would wait for each other.
 *
 * <pre>{@code
 * try (Connection connection = connections.open();
 *      AdvisoryLock lock = AdvisoryLock.acquireOn(connection, "\"public\".\"migrata_version\"", Duration.ofMinutes(1), holder -> { })) {
 *     ... // migrate on the same connection
 * }
 * }</pre>
 */
public final class AdvisoryLock implements AutoCloseable {

    private static final long FIRST_PAUSE_MILLIS = 50;
    private static final long LONGEST_PAUSE_MILLIS = 500;
    /** How long a wait goes before the caller is told who holds the lock. */
    public static final Duration NOTICE_AFTER = Duration.ofSeconds(1);

    private final Connection connection;
    private final long key;

    private AdvisoryLock(Connection connection, long key) {
        this.connection = connection;
        this.key = key;
    }

    /**
     * Takes the lock on a connection the caller keeps using; {@link #close()} only unlocks. The
     * connection is left in autocommit.
     */
    public static AdvisoryLock acquireOn(Connection connection, String lockName, Duration timeout,
                                         Consumer<LockHolder> waiting) throws SQLException {
        return poll(connection, lockName, timeout, waiting);
    }

    private static AdvisoryLock poll(Connection connection, String lockName, Duration timeout,
                                     Consumer<LockHolder> waiting) throws SQLException {
        long key = keyOf(lockName);
        connection.setAutoCommit(true);
        long started = System.nanoTime();
        long deadline = started + timeout.toNanos();
        long pause = FIRST_PAUSE_MILLIS;
        boolean told = false;
        while (!tryLock(connection, key)) {
            long now = System.nanoTime();
            long left = deadline - now;
            if (left <= 0) throw new LockTimeoutException(lockName, timeout, holder(connection, key));
            if (!told && now - started >= NOTICE_AFTER.toNanos()) {
                waiting.accept(holder(connection, key));
                told = true;
            }
            long jittered = pause / 2 + ThreadLocalRandom.current().nextLong(pause / 2 + 1);
            sleep(Math.min(jittered, Math.max(1, left / 1_000_000)));
            pause = Math.min(LONGEST_PAUSE_MILLIS, pause * 2);
        }
        return new AdvisoryLock(connection, key);
    }

    /** The first 8 bytes of the SHA-256 of {@code migrata:<lockName>}: stable across runs and versions. */
    public static long keyOf(String lockName) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(("migrata:" + lockName).getBytes(StandardCharsets.UTF_8));
            long key = 0;
            for (int i = 0; i < 8; i++) key = (key << 8) | (hash[i] & 0xff);
            return key;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    public long key() {
        return key;
    }

    /**
     * Unlocks; the connection stays open. A session that has ended released its locks with it, so
     * there is nothing to unlock and nothing to report.
     */
    @Override
    public void close() throws SQLException {
        try (PreparedStatement unlock = connection.prepareStatement("SELECT pg_catalog.pg_advisory_unlock(?)")) {
            unlock.setLong(1, key);
            unlock.execute();
        } catch (SQLException e) {
            if (connection.isValid(5)) throw e;
        }
    }

    private static boolean tryLock(Connection connection, long key) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("SELECT pg_catalog.pg_try_advisory_lock(?)")) {
            lock.setLong(1, key);
            try (ResultSet result = lock.executeQuery()) {
                result.next();
                return result.getBoolean(1);
            }
        }
    }

    /** A bigint advisory key shows in pg_locks as classid = high 32 bits, objid = low 32 bits, objsubid = 1. */
    private static LockHolder holder(Connection connection, long key) throws SQLException {
        String sql = "SELECT a.pid, a.application_name, a.usename, host(a.client_addr), a.backend_start, a.state_change"
                + " FROM pg_catalog.pg_locks l JOIN pg_catalog.pg_stat_activity a ON a.pid = l.pid"
                + " WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 1"
                + " AND l.database = (SELECT oid FROM pg_catalog.pg_database WHERE datname = pg_catalog.current_database())"
                + " AND l.classid::bigint = ? AND l.objid::bigint = ?";
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setLong(1, key >>> 32);
            query.setLong(2, key & 0xffffffffL);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) return null;
                return new LockHolder(row.getInt(1), row.getString(2), row.getString(3), row.getString(4),
                        instant(row.getTimestamp(5)), instant(row.getTimestamp(6)));
            }
        }
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the migration lock", e);
        }
    }
}
