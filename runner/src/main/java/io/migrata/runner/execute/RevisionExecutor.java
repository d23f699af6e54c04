package io.migrata.runner.execute;

import io.migrata.runner.graph.PlannedStep;
import io.migrata.runner.version.HistoryAction;
import io.migrata.runner.version.HistoryRecord;
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
 */
public final class RevisionExecutor {

    private final Connection connection;
    private final VersionTables tables;

    public RevisionExecutor(Connection connection, VersionTables tables) {
        this.connection = connection;
        this.tables = tables;
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
        Instant started = Instant.now();
        long start = System.nanoTime();
        int current = 0;
        int committed = 0;
        int readTimeout = connection.getNetworkTimeout();
        try {
            connection.setAutoCommit(!inOneTransaction);
            // A migration statement may rightly keep the server silent for hours (an index build
            // on a large table), so the session's read timeout bounds only the bookkeeping around it.
            connection.setNetworkTimeout(Runnable::run, 0);
            for (SqlStatement statement : statements) {
                current++;
                if (inOneTransaction && !statement.transactional()) {
                    connection.commit();
                    committed = current - 1;
                    connection.setAutoCommit(true);
                    executeOnItsOwn(statement);
                    committed = current;
                    connection.setAutoCommit(false);
                } else if (!inOneTransaction) {
                    executeOnItsOwn(statement);
                    committed = current;
                } else {
                    execute(statement.sql());
                }
            }
            current = 0;
            connection.setNetworkTimeout(Runnable::run, readTimeout);
            connection.setAutoCommit(false);
            for (String sql : tables.moveHeadsStatements(step.headsBefore(), step.headsAfter())) execute(sql);
            Duration duration = Duration.ofNanos(System.nanoTime() - start);
            tables.insertHistory(connection, new HistoryRecord(step.revision().id(), action, checksum, started, duration, true, null));
            connection.commit();
            return new AppliedStep(step, statements.size(), duration);
        } catch (SQLException failure) {
            restoreReadTimeout(readTimeout, failure);
            rollBack(failure);
            String failed = current == 0 ? "the version table update" : statements.get(current - 1).brief();
            MigrationFailedException error = new MigrationFailedException(step.revision().id(), step.upgrade(), current,
                    statements.size(), failed, failure, committed, step.headsBefore());
            recordFailure(step, action, checksum, started, start, error);
            throw error;
        }
    }

    /** A statement in autocommit, unless a killed run already did its work. */
    private void executeOnItsOwn(SqlStatement statement) throws SQLException {
        if (!Leftovers.alreadyDone(connection, statement.source())) execute(statement.sql());
    }

    private void execute(String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private void restoreReadTimeout(int millis, SQLException failure) {
        try {
            if (!connection.isClosed()) connection.setNetworkTimeout(Runnable::run, millis);
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }

    private void rollBack(SQLException failure) {
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
