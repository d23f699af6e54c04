package io.migrata.runner.sql;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Runs rendered statements the way the runner must: consecutive transactional statements in one
 * transaction, and each statement that is not transactional on its own in auto-commit mode, after
 * the statements before it have committed.
 */
final class StatementRunner {

    private StatementRunner() {
    }

    static void run(Connection connection, List<Statement> statements) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        try {
            connection.setAutoCommit(false);
            for (Statement statement : statements) {
                if (statement.transactional()) {
                    execute(connection, statement);
                } else {
                    connection.commit();
                    connection.setAutoCommit(true);
                    execute(connection, statement);
                    connection.setAutoCommit(false);
                }
            }
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            if (!connection.getAutoCommit()) connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    private static void execute(Connection connection, Statement statement) throws SQLException {
        try (java.sql.Statement jdbc = connection.createStatement()) {
            jdbc.execute(statement.sql());
        } catch (SQLException e) {
            throw new SQLException("failed: " + statement.source().describe() + "\n" + statement.sql() + "\n" + e.getMessage(),
                    e.getSQLState(), e);
        }
    }
}
