package io.migrata.workflow.connect;

import io.migrata.workflow.config.ConnectionSettings;
import io.migrata.workflow.config.UrlOrigin;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * A database to open connections to, as often as needed (the runner opens one for its lock and
 * one for the work), without holding one open in between: one named by settings, the caller's
 * own {@link DataSource}, or the caller's own connection, lent for each piece of work.
 *
 * <pre>{@code
 * DatabaseTarget target = databases.target();
 * Migrator migrator = new Migrator(MigratorConfig.of(source, target::open));
 * }</pre>
 */
public final class DatabaseTarget {

    private final Supplier<Connection> opener;
    private final String label;

    private DatabaseTarget(Supplier<Connection> opener, String label) {
        this.opener = opener;
        this.label = Objects.requireNonNull(label, "label");
    }

    /** The database these settings name. */
    public static DatabaseTarget of(ConnectionSettings settings, UrlOrigin origin) {
        return new DatabaseTarget(() -> DatabaseSession.open(settings, origin), settings.target());
    }

    /**
     * The database a caller's data source connects to.
     *
     * @param label how output names it; {@link #labelOf(DataSource)} reads one from the server
     */
    public static DatabaseTarget of(DataSource dataSource, String label) {
        return new DatabaseTarget(() -> {
            try {
                return dataSource.getConnection();
            } catch (SQLException e) {
                throw new CannotConnectException(label, e);
            }
        }, label);
    }

    /**
     * The caller's own connection: every connection opened here is a view of it, so the migration
     * lock and the work share its session, and it is handed back open and in its own state.
     */
    public static DatabaseTarget of(CallersConnection connection) {
        return new DatabaseTarget(connection::lend, connection.label());
    }

    /**
     * An open session, for a workflow that reads a database several times in a row (the version
     * table, the schema, whether tables hold rows): every connection opened here is a view of it whose
     * {@code close()} leaves it open, so the workflow logs in once. The session's owner closes it.
     */
    public static DatabaseTarget of(DatabaseSession session) {
        return new DatabaseTarget(() -> SessionView.of(session.connection()), session.label());
    }

    /** {@code host:port/database} of the server a data source reaches, as the driver reports its URL. */
    public static String labelOf(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            String url = connection.getMetaData().getURL();
            String rest = url == null ? "" : url.replaceFirst("^jdbc:postgresql://", "");
            int query = rest.indexOf('?');
            return query < 0 ? rest : rest.substring(0, query);
        } catch (SQLException e) {
            throw new CannotConnectException("the application's data source", e);
        }
    }

    /** A new connection; the caller closes it. @throws CannotConnectException when it cannot be opened */
    public Connection open() {
        return opener.get();
    }

    /** A new connection with its label, for one piece of work. */
    public DatabaseSession session() {
        return new DatabaseSession(open(), label);
    }

    /** {@code host:port/database}, as output names it. */
    public String label() {
        return label;
    }
}
