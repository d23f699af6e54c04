package io.migrata.runner.lock;

import io.migrata.runner.ConnectionFactory;

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
 * The migration lock: a session-level PostgreSQL advisory lock, one per version table, held on a
 * connection of its own for as long as a command changes the database.
 *
 * <p>It is taken by polling {@code pg_try_advisory_lock}, never by the blocking
 * {@code pg_advisory_lock}: a blocked call would sit inside a statement, and
 * {@code CREATE INDEX CONCURRENTLY} in the holder's migration waits for every transaction that
 * was running when it started, so the two would wait for each other. For the same reason the
 * lock connection stays in autocommit and runs nothing while the lock is held: an open
 * transaction there would stall the holder's own concurrent index builds.
 *
 * <pre>{@code
 * try (AdvisoryLock lock = AdvisoryLock.acquire(connections, "\"public\".\"migrata_version\"", Duration.ofMinutes(1))) {
 *     ... // migrate on another connection
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
    private final boolean ownsConnection;

    private AdvisoryLock(Connection connection, long key, boolean ownsConnection) {
        this.connection = connection;
        this.key = key;
        this.ownsConnection = ownsConnection;
    }

    /**
     * Takes the lock on a connection of its own, which {@link #close()} closes.
     *
     * @param lockName names what is locked (the version table's qualified name); the key is derived from it
     * @throws LockTimeoutException when another session still holds the lock after {@code timeout}
     */
    public static AdvisoryLock acquire(ConnectionFactory connections, String lockName, Duration timeout) throws SQLException {
        return acquire(connections, lockName, timeout, holder -> { });
    }

    /**
     * As {@link #acquire(ConnectionFactory, String, Duration)}, telling {@code waiting} once, when
     * the lock is still taken after {@link #NOTICE_AFTER}, who holds it (null when that session has
     * just let it go), so a long wait is never silent.
     */
    public static AdvisoryLock acquire(ConnectionFactory connections, String lockName, Duration timeout,
                                       Consumer<LockHolder> waiting) throws SQLException {
        Connection connection = connections.open();
        try {
            return poll(connection, lockName, timeout, true, waiting);
        } catch (SQLException | RuntimeException e) {
            closeQuietly(connection, e);
            throw e;
        }
    }

    /**
     * Takes the lock on a connection the caller keeps using; {@link #close()} only unlocks. The
     * connection is left in autocommit.
     */
    public static AdvisoryLock acquireOn(Connection connection, String lockName, Duration timeout,
                                         Consumer<LockHolder> waiting) throws SQLException {
        return poll(connection, lockName, timeout, false, waiting);
    }

    private static AdvisoryLock poll(Connection connection, String lockName, Duration timeout, boolean owns,
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
        return new AdvisoryLock(connection, key, owns);
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
     * Checks that the session still holds the lock, with one short query on the lock connection.
     *
     * @return null when it does, else why not (the error of a session that has ended)
     */
    public SQLException lost() {
        String sql = "SELECT pg_catalog.count(*) FROM pg_catalog.pg_locks WHERE locktype = 'advisory' AND granted"
                + " AND pid = pg_catalog.pg_backend_pid() AND objsubid = 1 AND classid::bigint = ? AND objid::bigint = ?";
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setLong(1, key >>> 32);
            query.setLong(2, key & 0xffffffffL);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1) > 0 ? null : new SQLException("the session no longer holds the lock");
            }
        } catch (SQLException e) {
            return e;
        }
    }

    /**
     * Unlocks, and closes the connection if the lock opened it. A session that has ended released
     * its locks with it, so there is nothing to unlock and nothing to report.
     */
    @Override
    public void close() throws SQLException {
        try (PreparedStatement unlock = connection.prepareStatement("SELECT pg_catalog.pg_advisory_unlock(?)")) {
            unlock.setLong(1, key);
            unlock.execute();
        } catch (SQLException e) {
            if (connection.isValid(5)) throw e;
        } finally {
            if (ownsConnection) connection.close();
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

    private static void closeQuietly(Connection connection, Exception failure) {
        try {
            connection.close();
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }
}
