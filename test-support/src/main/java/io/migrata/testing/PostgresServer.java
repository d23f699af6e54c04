package io.migrata.testing;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeSet;
import org.postgresql.Driver;
import org.postgresql.PGProperty;

/**
 * A running PostgreSQL server that tests may create databases on.
 *
 * @param baseUrl     {@code jdbc:postgresql://host:port} with no database and no parameters
 * @param parameters  driver parameters to append ({@code ?sslmode=disable&...}), or empty
 * @param provider    how the server was found, for messages: "url", "testcontainers", "embedded" or
 *                    "embedded 17" (an embedded server of a major other than the class path's)
 */
public record PostgresServer(String baseUrl, String parameters, String user, String password, String provider) {

    private static final Set<String> SERVER_PARTS = Set.of(PGProperty.PG_HOST.getName(), PGProperty.PG_PORT.getName(),
            PGProperty.PG_DBNAME.getName(), PGProperty.USER.getName(), PGProperty.PASSWORD.getName());

    public PostgresServer {
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(parameters, "parameters");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(provider, "provider");
    }

    /** The JDBC URL of a database on this server; user and password are passed separately. */
    public String urlFor(String database) {
        return baseUrl + "/" + database + parameters;
    }

    public Connection connect(String database) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        if (password != null) properties.setProperty("password", password);
        return DriverManager.getConnection(urlFor(database), properties);
    }

    /** The server's major version (15, 16, ...), asked of the server. */
    public int major() {
        try (Connection connection = connect("postgres"); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT current_setting('server_version_num')::int / 10000")) {
            row.next();
            return row.getInt(1);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot ask " + this + " for its version: " + e.getMessage(), e);
        }
    }

    /** The first server's host, as the driver reads {@link #baseUrl()}; an IPv6 literal without brackets. */
    public String host() {
        String host = read(baseUrl + "/").getProperty(PGProperty.PG_HOST.getName()).split(",")[0];
        return host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
    }

    /** The first server's port, as the driver reads {@link #baseUrl()}. */
    public int port() {
        return Integer.parseInt(read(baseUrl + "/").getProperty(PGProperty.PG_PORT.getName()).split(",")[0]);
    }

    /**
     * Reads {@code jdbc:postgresql://host[:port][/database][?params]} the way the driver reads it. A
     * {@code user} and {@code password} among the parameters are taken out; the database part is
     * dropped, since tests create their own.
     */
    public static PostgresServer fromJdbcUrl(String url, String provider) {
        String prefix = "jdbc:postgresql://";
        Properties read = url.startsWith(prefix) ? Driver.parseURL(withPath(url, prefix.length()), null) : null;
        if (read == null) {
            throw new IllegalArgumentException("not a PostgreSQL JDBC URL (expected " + prefix + "host:port/db): "
                    + url.replaceAll("password=[^&]*", "password=***"));
        }
        String[] hosts = read.getProperty(PGProperty.PG_HOST.getName()).split(",");
        String[] ports = read.getProperty(PGProperty.PG_PORT.getName()).split(",");
        StringJoiner servers = new StringJoiner(",", prefix, "");
        for (int i = 0; i < hosts.length; i++) servers.add(hosts[i] + ":" + ports[i]);
        StringJoiner kept = new StringJoiner("&", "?", "").setEmptyValue("");
        for (String name : new TreeSet<>(read.stringPropertyNames())) {
            if (!SERVER_PARTS.contains(name)) kept.add(name + "=" + URLEncoder.encode(read.getProperty(name), StandardCharsets.UTF_8));
        }
        String user = read.getProperty(PGProperty.USER.getName(), "postgres");
        return new PostgresServer(servers.toString(), kept.toString(), user, read.getProperty(PGProperty.PASSWORD.getName()), provider);
    }

    /** The URL with a database part: it is dropped anyway, and without one the driver would not read the URL. */
    private static String withPath(String url, int authorityStart) {
        int query = url.indexOf('?', authorityStart);
        int end = query < 0 ? url.length() : query;
        return url.substring(authorityStart, end).contains("/") ? url : url.substring(0, end) + "/" + url.substring(end);
    }

    private static Properties read(String url) {
        Properties read = Driver.parseURL(url, null);
        if (read == null) throw new IllegalStateException("the driver cannot read " + url);
        return read;
    }

    @Override
    public String toString() {
        return provider + " PostgreSQL at " + baseUrl + " as " + user;
    }
}
