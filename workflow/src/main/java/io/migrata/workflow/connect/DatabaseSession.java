package io.migrata.workflow.connect;

import io.migrata.workflow.config.ConnectionSettings;
import io.migrata.workflow.config.UrlOrigin;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * One open connection for one piece of work, with the name output gives its database.
 *
 * <pre>{@code
 * try (DatabaseSession session = target.session()) {
 *     SchemaModel model = new PostgresIntrospector(session.connection()).read(options);
 * }
 * }</pre>
 */
public final class DatabaseSession implements AutoCloseable {

    private final Connection connection;
    private final String label;

    DatabaseSession(Connection connection, String label) {
        this.connection = connection;
        this.label = label;
    }

    /**
     * A new connection with these settings; the caller closes it. Every phase is bounded: the TCP
     * connect by the connect timeout, each answer while logging in by the login timeout, and each
     * answer afterwards by the read timeout (which the runner lifts while a migration statement runs).
     */
    public static Connection open(ConnectionSettings settings, UrlOrigin origin) {
        try {
            // The driver directly: DriverManager would first load every driver on the class path.
            Connection connection = new org.postgresql.Driver().connect(settings.jdbcUrl(), settings.jdbcProperties());
            if (connection == null) throw new SQLException("the driver does not accept " + settings.jdbcUrl(), "08001");
            connection.setNetworkTimeout(Runnable::run, settings.readTimeoutSeconds() * 1000);
            return connection;
        } catch (SQLException e) {
            throw new CannotConnectException(settings, origin, e);
        }
    }

    public Connection connection() {
        return connection;
    }

    /** {@code host:port/database}, as output names the database. */
    public String label() {
        return label;
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            // Nothing was pending: the work with the connection has finished.
        }
    }
}
