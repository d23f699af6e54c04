package io.migrata.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Objects;
import java.util.Properties;

/**
 * A running PostgreSQL server that tests may create databases on.
 *
 * @param baseUrl     {@code jdbc:postgresql://host:port} with no database and no parameters
 * @param parameters  driver parameters to append ({@code ?sslmode=disable&...}), or empty
 * @param provider    how the server was found, for messages: "url", "testcontainers" or "embedded"
 */
public record PostgresServer(String baseUrl, String parameters, String user, String password, String provider) {

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

    /**
     * Parses {@code jdbc:postgresql://host[:port][/database][?params]}. A {@code user} and
     * {@code password} among the parameters are taken out; the database part is dropped, since
     * tests create their own.
     */
    public static PostgresServer fromJdbcUrl(String url, String provider) {
        String prefix = "jdbc:postgresql://";
        if (!url.startsWith(prefix)) {
            throw new IllegalArgumentException("not a PostgreSQL JDBC URL (expected " + prefix + "host:port/db): "
                    + url.replaceAll("password=[^&]*", "password=***"));
        }
        String rest = url.substring(prefix.length());
        int query = rest.indexOf('?');
        String authority = query < 0 ? rest : rest.substring(0, query);
        int slash = authority.indexOf('/');
        String hosts = slash < 0 ? authority : authority.substring(0, slash);
        String user = "postgres";
        String password = null;
        StringBuilder kept = new StringBuilder();
        if (query >= 0) {
            for (String pair : rest.substring(query + 1).split("&")) {
                if (pair.isEmpty()) continue;
                String key = pair.contains("=") ? pair.substring(0, pair.indexOf('=')) : pair;
                String value = pair.contains("=") ? pair.substring(pair.indexOf('=') + 1) : "";
                switch (key) {
                    case "user" -> user = value;
                    case "password" -> password = value;
                    default -> kept.append(kept.length() == 0 ? '?' : '&').append(pair);
                }
            }
        }
        return new PostgresServer(prefix + hosts, kept.toString(), user, password, provider);
    }

    @Override
    public String toString() {
        return provider + " PostgreSQL at " + baseUrl + " as " + user;
    }
}
