package io.migrata.workflow.config;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Everything needed to open a pgjdbc connection. The user and password travel in
 * {@link #jdbcProperties()}, never in {@link #jdbcUrl()}, and {@link #toString()} masks the password,
 * so a settings object can be logged or put in a message safely.
 *
 * <pre>{@code
 * ConnectionSettings settings = DatabaseUrlParser.parse(new ConfiguredUrl(url, UrlOrigin.FLAG), "postgres");
 * Connection connection = DriverManager.getConnection(settings.jdbcUrl(), settings.jdbcProperties());
 * }</pre>
 *
 * @param hosts      the servers to try, in order
 * @param parameters pgjdbc connection properties by their pgjdbc names, without user and password
 * @param password   {@code null} when none was given
 */
public record ConnectionSettings(List<HostPort> hosts, String database, String user, String password,
                                 Map<String, String> parameters) {

    /** Seconds pgjdbc waits for a server to accept the connection, unless the URL says otherwise. */
    public static final String DEFAULT_CONNECT_TIMEOUT_SECONDS = "10";
    /** Seconds the server may take over each answer while logging in (TLS, start-up, authentication). */
    public static final String DEFAULT_LOGIN_TIMEOUT_SECONDS = "10";
    /** Seconds a logged-in session waits for each answer; migration statements are not bound by it. */
    public static final String DEFAULT_READ_TIMEOUT_SECONDS = "60";
    private static final String LOGIN_TIMEOUT = "loginTimeout";
    private static final String READ_TIMEOUT = "socketTimeout";
    public static final String APPLICATION_NAME = "migrata";

    public ConnectionSettings {
        hosts = List.copyOf(hosts);
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(user, "user");
        parameters = Map.copyOf(parameters);
        if (hosts.isEmpty()) throw new IllegalArgumentException("no host");
        if (parameters.containsKey("user") || parameters.containsKey("password")) {
            throw new IllegalArgumentException("user and password are not parameters");
        }
    }

    /** The same server, user and parameters, for another database. */
    public ConnectionSettings withDatabase(String otherDatabase) {
        return new ConnectionSettings(hosts, otherDatabase, user, password, parameters);
    }

    /** The pgjdbc URL: servers and database only. */
    public String jdbcUrl() {
        return "jdbc:postgresql://" + hostList() + "/" + URLEncoder.encode(database, StandardCharsets.UTF_8);
    }

    /**
     * User, password and every parameter, with migrata's defaults for the connect timeout and
     * application name, for opening a connection. The socket timeout is the login timeout here, so
     * a server that accepts the connection and never answers fails the login; once logged in, the
     * session's timeout becomes {@link #readTimeoutSeconds()}. pgjdbc's own {@code loginTimeout}
     * is not passed on: it would race the socket timeout from a thread of its own.
     */
    public Properties jdbcProperties() {
        Properties properties = new Properties();
        properties.setProperty("connectTimeout", DEFAULT_CONNECT_TIMEOUT_SECONDS);
        properties.setProperty("ApplicationName", APPLICATION_NAME);
        properties.putAll(parameters);
        properties.remove(LOGIN_TIMEOUT);
        properties.setProperty(READ_TIMEOUT, Integer.toString(loginTimeoutSeconds()));
        properties.setProperty("user", user);
        if (password != null) properties.setProperty("password", password);
        return properties;
    }

    /** The connect timeout in force, in seconds (0 means none). */
    public int connectTimeoutSeconds() {
        return seconds("connectTimeout", DEFAULT_CONNECT_TIMEOUT_SECONDS);
    }

    /** The bound on each answer of the server while logging in, in seconds (0 means none). */
    public int loginTimeoutSeconds() {
        return seconds(LOGIN_TIMEOUT, DEFAULT_LOGIN_TIMEOUT_SECONDS);
    }

    /** The bound on each answer of the server once logged in, in seconds (0 means none). */
    public int readTimeoutSeconds() {
        return seconds(READ_TIMEOUT, DEFAULT_READ_TIMEOUT_SECONDS);
    }

    private int seconds(String parameter, String byDefault) {
        try {
            return Integer.parseInt(parameters.getOrDefault(parameter, byDefault));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** {@code host:port[,host:port…]}, as messages name the server. */
    public String hostList() {
        StringJoiner list = new StringJoiner(",");
        for (HostPort host : hosts) list.add(host.toString());
        return list.toString();
    }

    /** {@code host:port/database}, as messages name the target. */
    public String target() {
        return hostList() + "/" + database;
    }

    /** A libpq-style URL with the password replaced by {@code ***}. */
    @Override
    public String toString() {
        String credentials = URLEncoder.encode(user, StandardCharsets.UTF_8) + (password == null ? "" : ":***");
        String query = new TreeMap<>(parameters).entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("&"));
        return "postgresql://" + credentials + "@" + target() + (query.isEmpty() ? "" : "?" + query);
    }
}
