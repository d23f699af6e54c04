package io.migrata.testing;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A database of its own for one test (or one test class), created empty on a {@link PostgresServer}
 * and dropped afterwards.
 *
 * <pre>{@code
 * @ExtendWith(PostgresExtension.class)
 * class UsersTest {
 *     @Test
 *     void readsUsers(TestDatabase db) throws SQLException {
 *         db.execute("CREATE TABLE users (id bigint PRIMARY KEY)");
 *         try (Connection c = db.connect()) { ... }
 *     }
 * }
 * }</pre>
 */
public final class TestDatabase implements AutoCloseable {

    private final PostgresServer server;
    private final String name;

    private TestDatabase(PostgresServer server, String name) {
        this.server = server;
        this.name = name;
    }

    /** Creates a new empty database with a unique name on the server. */
    public static TestDatabase create(PostgresServer server) throws SQLException {
        Objects.requireNonNull(server, "server");
        String name = "migrata_t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
        try (Connection admin = server.connect("postgres"); Statement statement = admin.createStatement()) {
            statement.execute("CREATE DATABASE " + name + " TEMPLATE template0 ENCODING 'UTF8'");
        }
        return new TestDatabase(server, name);
    }

    public String name() {
        return name;
    }

    public PostgresServer server() {
        return server;
    }

    /** The JDBC URL of this database, without credentials (see {@link #user()}, {@link #password()}). */
    public String url() {
        return server.urlFor(name);
    }

    /** The JDBC URL with the user (and password, if any) as parameters, for code that takes one string. */
    public String urlWithCredentials() {
        return withCredentials(url());
    }

    /**
     * The server's {@code postgres} database, with credentials: a URL for code that makes databases
     * of its own there, such as the scratch databases of {@code migrata.dev-url}.
     */
    public String serverUrlWithCredentials() {
        return withCredentials(server.urlFor("postgres"));
    }

    private String withCredentials(String url) {
        String separator = url.contains("?") ? "&" : "?";
        String credentials = "user=" + server.user() + (server.password() == null ? "" : "&password=" + server.password());
        return url + separator + credentials;
    }

    /** A data source of this database, as an application would pass its own. */
    public DataSource dataSource() {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(url());
        dataSource.setUser(user());
        if (password() != null) dataSource.setPassword(password());
        return dataSource;
    }

    /** The first column of each row the query returns, as text. */
    public List<String> strings(String query) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection connection = connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(query)) {
            while (rows.next()) values.add(rows.getString(1));
        }
        return values;
    }

    public String user() {
        return server.user();
    }

    public String password() {
        return server.password();
    }

    public Connection connect() throws SQLException {
        return server.connect(name);
    }

    /** Runs SQL (one or more statements separated by semicolons) in autocommit mode. */
    public void execute(String sql) throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /** Drops the database, ending any sessions still connected to it. */
    @Override
    public void close() throws SQLException {
        try (Connection admin = server.connect("postgres"); Statement statement = admin.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        }
    }

    @Override
    public String toString() {
        return "database " + name + " on " + server;
    }
}
