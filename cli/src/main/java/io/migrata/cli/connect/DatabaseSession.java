package io.migrata.cli.connect;

import io.migrata.cli.config.ConnectionSettings;
import io.migrata.cli.config.UrlOrigin;
import io.migrata.cli.embedded.EmbeddedDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * One open connection for one command, and the embedded server behind it when there is one.
 * Closing it closes the connection and stops that server.
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
    private final EmbeddedDatabase embedded;

    private DatabaseSession(Connection connection, ConnectionSettings settings, EmbeddedDatabase embedded) {
        this.connection = connection;
        this.settings = settings;
        this.embedded = embedded;
    }

    /** @throws CannotConnectException when the server cannot be reached or refuses the login */
    public static DatabaseSession connect(ConnectionSettings settings, UrlOrigin origin) {
        return new DatabaseSession(open(settings, origin), settings, null);
    }

    /** Starts the project's embedded server and connects to its database. */
    public static DatabaseSession embedded(Path projectDir) {
        EmbeddedDatabase embedded = EmbeddedDatabase.start(projectDir);
        try {
            return new DatabaseSession(open(embedded.settings(), UrlOrigin.EMBEDDED), embedded.settings(), embedded);
        } catch (RuntimeException e) {
            embedded.close();
            throw e;
        }
    }

    private static Connection open(ConnectionSettings settings, UrlOrigin origin) {
        try {
            // The driver directly: DriverManager would first load every driver on the class path.
            return new org.postgresql.Driver().connect(settings.jdbcUrl(), settings.jdbcProperties());
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

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            // Nothing was pending: the command has finished with the connection.
        } finally {
            if (embedded != null) embedded.close();
        }
    }
}
