package io.migrata.runner.execute;

import io.migrata.runner.graph.PlannedStep;
import io.migrata.runner.version.HistoryAction;
import io.migrata.runner.version.HistoryRecord;
import io.migrata.runner.version.Progress;
import io.migrata.runner.version.VersionTables;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Runs one revision on the work connection. A transactional revision runs its statements and the
 * version table update in one transaction, so a crash at any moment leaves the database exactly
 * at a revision the version table names. A statement that cannot run in a transaction block
 * commits what came before it, runs in autocommit, and the transaction resumes after it; a
 * revision that is not transactional at all runs every statement in autocommit and then records
 * itself. A failure is rolled back and recorded in {@code migrata_history} in a transaction of its own.
 *
 * <p>Resumable: each commit point also records in {@code migrata_progress} how many statements are
 * committed, in the same transaction (or, after a statement that runs on its own, right after it),
 * so running a revision that failed part way again starts after them; a {@code CREATE INDEX
 * CONCURRENTLY} whose earlier build failed first drops the INVALID index that build left.
 *
 * <p>Statements inside a transaction run under {@code lock_timeout} ({@link LockWaits}); when one
 * waits too long, or is chosen as a deadlock victim, the transaction rolls back and runs again
 * after a backoff, from the last commit point. Statements outside a transaction take locks that let
 * reads and writes go on and wait as long as they need.
 *
 * <p>Round trips are what a long history of small revisions costs, so a revision that resumes
 * nothing sends its statements, one bookkeeping statement and {@code COMMIT}: the progress rows are
 * read once per run, {@code lock_timeout} is set only when it changes (and reset by {@link #finish}),
 * and a progress row is deleted only where one exists.
 */
public final class RevisionExecutor {

    private static final String LOCK_NOT_AVAILABLE = "55P03";
    private static final String DEADLOCK_DETECTED = "40P01";

    private final Connection connection;
    private final VersionTables tables;
    private final LockWaits waits;
    private Progress progress;
    /** The session's lock_timeout as this executor last set it; null when unknown (never set, or rolled back). */
    private Duration lockTimeout;

    public RevisionExecutor(Connection connection, VersionTables tables, LockWaits waits) {
        this.connection = connection;
        this.tables = tables;
        this.waits = waits;
    }

    /**
     * @param inOneTransaction the migration's {@code transactional()}
     * @param statements       what its upgrade or downgrade renders to
     * @param checksum         the revision's checksum, recorded in the history row
     * @throws MigrationFailedException when a statement or the version update fails
     */
    public AppliedStep run(PlannedStep step, boolean inOneTransaction, List<SqlStatement> statements, String checksum)
            throws SQLException {
        HistoryAction action = step.upgrade() ? HistoryAction.UPGRADE : HistoryAction.DOWNGRADE;
        String id = step.revision().id();
        Instant started = Instant.now();
        long start = System.nanoTime();
        int committed = resumeFrom(step, action, checksum, statements.size());
        boolean progressRow = progress.has(id, action);
        int current = 0;
        int attempt = 0;
        int readTimeout = connection.getNetworkTimeout();
        while (true) {
            try {
                current = committed;
                connection.setAutoCommit(!inOneTransaction);
                // A migration statement may rightly keep the server silent for hours (an index build
                // on a large table), so the session's read timeout bounds only the bookkeeping around it.
                connection.setNetworkTimeout(Runnable::run, 0);
                while (current < statements.size()) {
                    SqlStatement statement = statements.get(current);
                    current++;
                    if (inOneTransaction && !statement.transactional()) {
                        if (current - 1 > committed) saveProgress(id, action, checksum, current - 1, statements.size());
                        connection.commit();
                        committed = current - 1;
                        connection.setAutoCommit(true);
                        runOnItsOwn(statement);
                        committed = current;
                        saveProgress(id, action, checksum, committed, statements.size());
                        progressRow = true;
                        connection.setAutoCommit(false);
                    } else if (!inOneTransaction) {
                        if (statement.transactional()) execute(statement);
                        else runOnItsOwn(statement);
                        committed = current;
                        saveProgress(id, action, checksum, committed, statements.size());
                        progressRow = true;
                    } else {
                        execute(statement);
                    }
                }
                current = 0;
                connection.setNetworkTimeout(Runnable::run, readTimeout);
                connection.setAutoCommit(false);
                if (progressRow) tables.clearProgress(connection, id);
                Duration duration = Duration.ofNanos(System.nanoTime() - start);
                tables.recordStep(connection, step.headsBefore(), step.headsAfter(),
                        new HistoryRecord(id, action, checksum, started, duration, true, null));
                connection.commit();
                return new AppliedStep(step, statements.size(), duration);
            } catch (SQLException failure) {
                restoreReadTimeout(readTimeout, failure);
                rollBack(failure);
                if (current > 0 && waitedTooLong(failure) && attempt < waits.retries()) {
                    attempt++;
                    pause(waits.backoffBefore(attempt), failure);
                    continue;
                }
                String failed = current == 0 ? "the version table update" : statements.get(current - 1).brief();
                MigrationFailedException error = new MigrationFailedException(id, step.upgrade(), current,
                        statements.size(), failed, failure, committed, step.headsBefore());
                recordFailure(step, action, checksum, started, start, error);
                throw error;
            }
        }
    }

    /** Statements committed by an earlier attempt with the same code; a changed revision starts over only by hand. */
    private int resumeFrom(PlannedStep step, HistoryAction action, String checksum, int count) throws SQLException {
        if (progress == null) progress = tables.readProgress(connection);
        int done = progress.statementsDone(step.revision().id(), action, checksum);
        if (done < 0) throw new PartlyAppliedRevisionException(step.revision().id(), -done, tables.progressTable());
        return Math.min(done, count);
    }

    private void saveProgress(String id, HistoryAction action, String checksum, int done, int count) throws SQLException {
        tables.saveProgress(connection, id, action, checksum, done, count);
    }

    /**
     * A statement that must run outside a transaction block, in autocommit, unless a killed run
     * already did it; a leftover of its own failed build is cleared first (see {@link Leftovers}).
     */
    private void runOnItsOwn(SqlStatement statement) throws SQLException {
        lockTimeout(Duration.ZERO);
        if (!Leftovers.alreadyDone(connection, statement.source())) execute(statement.sql());
    }

    private void restoreReadTimeout(int millis, SQLException failure) {
        try {
            if (!connection.isClosed()) connection.setNetworkTimeout(Runnable::run, millis);
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }

    private void execute(SqlStatement statement) throws SQLException {
        lockTimeout(waits.timeout());
        execute(statement.sql());
    }

    private void lockTimeout(Duration timeout) throws SQLException {
        if (timeout.equals(lockTimeout)) return;
        execute("SET lock_timeout = " + timeout.toMillis());
        lockTimeout = timeout;
    }

    /**
     * Gives the session back its own lock_timeout, once the run is over (the connection may be a
     * pool's). Runs in autocommit, outside any transaction.
     */
    public void finish() throws SQLException {
        if (lockTimeout == null) return;
        connection.setAutoCommit(true);
        execute("RESET lock_timeout");
        lockTimeout = null;
    }

    private static boolean waitedTooLong(SQLException failure) {
        return LOCK_NOT_AVAILABLE.equals(failure.getSQLState()) || DEADLOCK_DETECTED.equals(failure.getSQLState());
    }

    private static void pause(Duration wait, SQLException failure) throws SQLException {
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failure;
        }
    }

    private void execute(String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private void rollBack(SQLException failure) {
        // A SET in the rolled-back transaction is undone with it.
        lockTimeout = null;
        try {
            if (!connection.getAutoCommit()) connection.rollback();
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }

    private void recordFailure(PlannedStep step, HistoryAction action, String checksum, Instant started, long start,
                               MigrationFailedException error) {
        try {
            connection.setAutoCommit(false);
            Duration duration = Duration.ofNanos(System.nanoTime() - start);
            tables.insertHistory(connection, new HistoryRecord(step.revision().id(), action, checksum, started, duration,
                    false, error.getMessage()));
            connection.commit();
        } catch (SQLException e) {
            error.addSuppressed(e);
            try {
                connection.rollback();
            } catch (SQLException ignored) {
                error.addSuppressed(ignored);
            }
        }
    }
}
