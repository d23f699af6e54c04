package io.migrata.introspect;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * The one transaction all catalog queries run in: REPEATABLE READ so every query sees the same
 * snapshot, READ ONLY, {@code search_path = pg_catalog} so {@code format_type()},
 * {@code pg_get_expr()} and friends schema-qualify every user object whatever the caller's path,
 * and no JIT compilation.
 * Closing it rolls back and gives the connection back in the state it came in.
 */
final class CatalogTransaction implements AutoCloseable {

    /** SQLSTATE active_sql_transaction: the caller's own transaction is still open. */
    private static final String ACTIVE_TRANSACTION = "25001";

    private final Connection connection;
    private final SqlRunner sql;
    private final boolean autoCommit;
    private final int isolation;

    private CatalogTransaction(Connection connection, boolean autoCommit, int isolation) {
        this.connection = connection;
        this.sql = new SqlRunner(connection);
        this.autoCommit = autoCommit;
        this.isolation = isolation;
    }

    static CatalogTransaction begin(Connection connection) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        int isolation = connection.getTransactionIsolation();
        try {
            // The driver refuses this inside an open transaction, before anything changed: the
            // rollback in close() must never discard work of the caller's.
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        } catch (SQLException e) {
            if (ACTIVE_TRANSACTION.equals(e.getSQLState())) {
                throw new IllegalStateException("the connection is inside an open transaction; the introspector reads"
                        + " in a snapshot of its own: commit or roll back first, or pass a connection in auto-commit mode", e);
            }
            throw e;
        }
        CatalogTransaction transaction = new CatalogTransaction(connection, autoCommit, isolation);
        try {
            connection.setAutoCommit(false);
            // One round trip. JIT compilation, which the server starts for any query it estimates
            // to be expensive, cost more than the catalog queries themselves: 30-40 ms on a schema
            // of 1,000 tables once autovacuum had analyzed the catalogs. pg_get_expr() spells string
            // literals by standard_conforming_strings ('a\b' or 'a\\b'): the model holds one spelling.
            transaction.sql.execute("SET TRANSACTION READ ONLY; SET LOCAL search_path = pg_catalog; SET LOCAL jit = off;"
                    + " SET LOCAL standard_conforming_strings = on");
            return transaction;
        } catch (SQLException | RuntimeException e) {
            try {
                transaction.close();
            } catch (SQLException restoreFailure) {
                e.addSuppressed(restoreFailure);
            }
            throw e;
        }
    }

    /** Runs queries in this transaction. */
    SqlRunner sql() {
        return sql;
    }

    @Override
    public void close() throws SQLException {
        try {
            if (!connection.getAutoCommit()) connection.rollback();
        } finally {
            connection.setTransactionIsolation(isolation);
            connection.setAutoCommit(autoCommit);
        }
    }
}
