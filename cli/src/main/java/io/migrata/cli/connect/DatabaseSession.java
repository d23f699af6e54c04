package io.migrata.cli.connect;

import io.migrata.cli.config.ConnectionSettings;
import io.migrata.cli.config.UrlOrigin;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * One open connection for one command, with the settings it was opened with and where they came
 * from, so a second connection to the same database can be opened.
 *
 * <pre>{@code
 * try (DatabaseSession session = DatabaseSession.connect(settings, UrlOrigin.ENVIRONMENT)) {
 *     SchemaModel model = new PostgresIntrospector(session.connection()).read(options);
 * }
 * }</pre>
 */
public final class DatabaseSession implements AutoCloseable {

    private final Connection connection;
    private final ConnectionSettings settings;
    private final UrlOrigin origin;

    private DatabaseSession(Connection connection, ConnectionSettings settings, UrlOrigin origin) {
        this.connection = connection;
        this.settings = settings;
        this.origin = origin;
    }

    /** @throws CannotConnectException when the server cannot be reached or refuses the login */
    public static DatabaseSession connect(ConnectionSettings settings, UrlOrigin origin) {
        return new DatabaseSession(open(settings, origin), settings, origin);
    }

    /** A new connection with these settings; the caller closes it. */
    public static Connection open(ConnectionSettings settings, UrlOrigin origin) {
        try {
            // The driver directly: DriverManager would first load every driver on the class path.
            Connection connection = new org.postgresql.Driver().connect(settings.jdbcUrl(), settings.jdbcProperties());
            if (connection == null) throw new SQLException("the driver does not accept " + settings.jdbcUrl(), "08001");
            return connection;
        } catch (SQLException e) {
            throw new CannotConnectException(settings, origin, e);
        }
    }

    public Connection connection() {
        return connection;
    }

    public ConnectionSettings settings() {
        return settings;
    }

    public UrlOrigin origin() {
        return origin;
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            // Nothing was pending: the command has finished with the connection.
        }
    }
}
