package io.migrata.schema.migration;

import io.migrata.schema.op.ExecuteSql;

/**
 * Statements that PostgreSQL refuses inside a transaction block ({@code VACUUM},
 * {@code ALTER SYSTEM}, {@code CREATE INDEX CONCURRENTLY} written as SQL, …), recorded by
 * {@link Operations#outsideTransaction}. The runner commits what came before and runs them on
 * their own.
 */
public final class OutsideTransaction {

    private final Operations operations;

    OutsideTransaction(Operations operations) {
        this.operations = operations;
    }

    /** SQL with no way back: a downgrade through it needs its own statement. */
    public void execute(String sql) {
        operations.apply(new ExecuteSql(Require.sql(sql, "sql"), null, false));
    }

    /** SQL and the SQL that undoes it. */
    public void execute(String sql, String reverseSql) {
        operations.apply(new ExecuteSql(Require.sql(sql, "sql"), Require.sql(reverseSql, "reverse sql"), false));
    }
}
