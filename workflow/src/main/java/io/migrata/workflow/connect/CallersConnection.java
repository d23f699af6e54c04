package io.migrata.workflow.connect;

import io.migrata.workflow.config.ConfigurationException;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.postgresql.core.BaseConnection;
import org.postgresql.core.TransactionState;

/**
 * A connection the caller owns and lends to Migrata: every workflow, the migration lock included,
 * runs on this one session, and the connection is handed back as it came.
 *
 * <p>Each {@link #lend()} gives a view whose {@code close()} only returns it; the runner holds two at
 * once (the lock and the work), which here are the same session, so the advisory lock is taken on
 * it twice (PostgreSQL counts a session's locks) and released twice. When the first view is lent,
 * the session must not be inside a transaction: Migrata commits each revision, and that commit
 * would take the caller's pending work with it, so it refuses instead and changes nothing. When the
 * last view comes back, whatever Migrata left uncommitted is rolled back (everything it meant to
 * keep is committed by then), and the auto-commit mode, isolation level, read-only flag, network
 * timeout and every setting a session may change ({@code lock_timeout}, {@code search_path}, also one a migration's
 * own SQL set) are put back to what they were.
 *
 * <pre>{@code
 * CallersConnection borrowed = new CallersConnection(applicationConnection);
 * try (Connection lent = borrowed.lend()) {
 *     ... // work; applicationConnection stays open afterwards, in its own state
 * }
 * }</pre>
 */
public final class CallersConnection {

    /** Settings a session may change with SET; the transaction_* ones belong to a transaction and end with it. */
    private static final String SESSION_SETTINGS = "SELECT name, pg_catalog.current_setting(name) FROM pg_catalog.pg_settings"
            + " WHERE context IN ('user', 'superuser') AND name NOT LIKE 'transaction\\_%' ORDER BY name";

    private final Connection connection;
    private int lent;
    private State before;

    public CallersConnection(Connection connection) {
        this.connection = Objects.requireNonNull(connection, "connection");
    }

    /**
     * A view of the caller's connection for one piece of work; closing it returns it.
     *
     * @throws ConfigurationException when the connection is inside a transaction (nothing is changed)
     * @throws CannotConnectException when it is closed or its session has ended
     */
    public synchronized Connection lend() {
        if (lent == 0) before = capture();
        lent++;
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                new View());
    }

    /** {@code host:port/database} of the server the connection reaches, as the driver reports its URL. */
    public String label() {
        try {
            String url = connection.getMetaData().getURL();
            String rest = url == null ? "" : url.replaceFirst("^jdbc:postgresql://", "");
            int query = rest.indexOf('?');
            return query < 0 ? rest : rest.substring(0, query);
        } catch (SQLException e) {
            throw new CannotConnectException("the connection given to Migrata", e);
        }
    }

    private synchronized void giveBack() throws SQLException {
        lent--;
        if (lent == 0) {
            State state = before;
            before = null;
            restore(state);
        }
    }

    /**
     * The state to restore. Whether a transaction is open is what the server said in its last
     * ready-for-query message, as pgjdbc keeps it: that also sees a {@code BEGIN} the caller sent as SQL.
     */
    private State capture() {
        try {
            if (connection.isClosed()) throw new SQLException("the connection is closed", "08003");
            if (!connection.isWrapperFor(BaseConnection.class)) {
                throw new ConfigurationException("the connection given to Migrata is not a PostgreSQL JDBC driver"
                        + " connection, nor a pool's wrapper that unwraps to one: pass a connection of org.postgresql.Driver");
            }
            TransactionState transaction = connection.unwrap(BaseConnection.class).getTransactionState();
            if (transaction == TransactionState.OPEN) throw transactionInProgress("a transaction in progress");
            if (transaction == TransactionState.FAILED) throw transactionInProgress("a failed transaction");
            boolean autoCommit = connection.getAutoCommit();
            Map<String, String> settings = new LinkedHashMap<>();
            try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(SESSION_SETTINGS)) {
                while (rows.next()) settings.put(rows.getString(1), rows.getString(2));
            }
            // With auto-commit off the query began a transaction: end it, empty, as the caller left it.
            if (!autoCommit) connection.rollback();
            return new State(autoCommit, connection.getTransactionIsolation(), connection.isReadOnly(),
                    connection.getNetworkTimeout(), settings);
        } catch (SQLException e) {
            throw new CannotConnectException("the connection given to Migrata", e);
        }
    }

    private static ConfigurationException transactionInProgress(String what) {
        return new ConfigurationException("the connection given to Migrata is inside " + what + "; Migrata commits"
                + " its own work, which would commit the caller's with it: commit or roll back first (nothing was changed)");
    }

    private void restore(State state) throws SQLException {
        if (connection.isClosed()) return;
        if (!connection.getAutoCommit()) connection.rollback();
        connection.setAutoCommit(true);
        Map<String, String> now = new LinkedHashMap<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(SESSION_SETTINGS)) {
            while (rows.next()) now.put(rows.getString(1), rows.getString(2));
        }
        try (PreparedStatement set = connection.prepareStatement("SELECT pg_catalog.set_config(?, ?, false)")) {
            for (Map.Entry<String, String> setting : state.settings().entrySet()) {
                if (Objects.equals(now.get(setting.getKey()), setting.getValue())) continue;
                set.setString(1, setting.getKey());
                set.setString(2, setting.getValue());
                set.execute();
            }
        }
        if (connection.isReadOnly() != state.readOnly()) connection.setReadOnly(state.readOnly());
        if (connection.getTransactionIsolation() != state.isolation()) connection.setTransactionIsolation(state.isolation());
        if (connection.getNetworkTimeout() != state.networkTimeoutMillis()) {
            connection.setNetworkTimeout(Runnable::run, state.networkTimeoutMillis());
        }
        connection.setAutoCommit(state.autoCommit());
    }

    private record State(boolean autoCommit, int isolation, boolean readOnly, int networkTimeoutMillis,
                         Map<String, String> settings) {
    }

    /** One lent view: everything goes to the caller's connection except {@code close()}, which returns it once. */
    private final class View implements InvocationHandler {

        private boolean returned;

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            switch (method.getName()) {
                case "close":
                    if (!returned) {
                        returned = true;
                        giveBack();
                    }
                    return null;
                case "isClosed":
                    return returned || connection.isClosed();
                case "equals":
                    return proxy == args[0];
                case "hashCode":
                    return System.identityHashCode(proxy);
                case "toString":
                    return "Migrata's view of " + connection;
                default:
                    if (returned) throw new SQLException("this view of the caller's connection was closed", "08003");
                    try {
                        return method.invoke(connection, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
            }
        }
    }
}
