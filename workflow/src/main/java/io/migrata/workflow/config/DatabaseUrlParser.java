package io.migrata.workflow.config;

import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.StringJoiner;
import org.postgresql.Driver;
import org.postgresql.PGProperty;

/**
 * Reads a database URL in pgjdbc form ({@code jdbc:postgresql://host/db?user=…}) or libpq form
 * ({@code postgresql://user:password@host:5432/db?sslmode=require}, also {@code postgres://}) into
 * {@link ConnectionSettings}. The driver reads the pgjdbc form itself ({@link Driver#parseURL}, the
 * reading its {@code connect} uses, {@code ~/.pgpass} and service files included); a libpq URL is first
 * written as the pgjdbc URL that means the same. Before the driver sees a URL, its parts are checked
 * here, so a mistake is named (the driver would only return nothing, and log a warning).
 *
 * <p>The two forms decode differently, each as its own client does: libpq percent-decodes and keeps
 * {@code +} as a plus sign; pgjdbc form-decodes its parameters, so {@code +} there is a space.
 * The user part of a libpq URL is split at the last {@code @}, so a password pasted with a raw
 * {@code @} or {@code /} still works.
 *
 * <pre>{@code
 * ConnectionSettings s = DatabaseUrlParser.parse(new ConfiguredUrl(System.getenv("DATABASE_URL"), UrlOrigin.ENVIRONMENT), "postgres");
 * }</pre>
 */
public final class DatabaseUrlParser {

    private static final String JDBC_PREFIX = "jdbc:postgresql:";
    private static final Set<String> SSL_MODES =
            Set.of("disable", "allow", "prefer", "require", "verify-ca", "verify-full");
    private static final Map<String, String> LIBPQ_TO_PGJDBC = Map.of(
            "application_name", "ApplicationName",
            "connect_timeout", "connectTimeout",
            "target_session_attrs", "targetServerType");
    private static final Map<String, String> SESSION_ATTRS_TO_SERVER_TYPE = Map.of(
            "any", "any",
            "read-write", "primary",
            "primary", "primary",
            "read-only", "secondary",
            "standby", "secondary",
            "prefer-standby", "preferSecondary");
    /** What the driver's reading gives besides the connection parameters. */
    private static final Set<String> URL_PARTS = Set.of(PGProperty.PG_HOST.getName(), PGProperty.PG_PORT.getName(),
            PGProperty.PG_DBNAME.getName(), PGProperty.USER.getName(), PGProperty.PASSWORD.getName());

    private final UrlOrigin origin;

    private DatabaseUrlParser(UrlOrigin origin) {
        this.origin = origin;
    }

    /**
     * @param defaultUser the user when the URL names none (libpq would take {@code PGUSER}, then the OS user)
     * @throws InvalidDatabaseUrlException naming what is wrong, never echoing the password
     */
    public static ConnectionSettings parse(ConfiguredUrl configured, String defaultUser) {
        String url = configured.url().strip();
        String lower = url.toLowerCase(Locale.ROOT);
        DatabaseUrlParser parser = new DatabaseUrlParser(configured.origin());
        if (lower.startsWith(JDBC_PREFIX)) return parser.read(JDBC_PREFIX + parser.checkedJdbc(url.substring(JDBC_PREFIX.length())), defaultUser);
        for (String scheme : List.of("postgresql://", "postgres://")) {
            if (lower.startsWith(scheme)) return parser.read(parser.libpqAsJdbc(url.substring(scheme.length())), defaultUser);
        }
        if (url.isEmpty()) throw new InvalidDatabaseUrlException(configured.origin(), "it is empty");
        throw new InvalidDatabaseUrlException(configured.origin(),
                "it must start with postgresql://, postgres:// or jdbc:postgresql:");
    }

    /** The part of a pgjdbc URL after {@code jdbc:postgresql:}, checked part by part the way the driver reads it. */
    private String checkedJdbc(String rest) {
        int queryStart = rest.indexOf('?');
        String head = queryStart < 0 ? rest : rest.substring(0, queryStart);
        if (queryStart >= 0) parseQuery(rest.substring(queryStart + 1), true);
        if (head.startsWith("//")) {
            String authorityAndPath = head.substring(2);
            int slash = authorityAndPath.indexOf('/');
            // The driver reads jdbc:postgresql:// and jdbc:postgresql:/// as localhost.
            if (slash < 0 && !authorityAndPath.isEmpty()) {
                throw invalid("a jdbc:postgresql:// URL needs a / after the host and port (jdbc:postgresql://host:5432/database)");
            }
            if (slash >= 0) {
                parseHosts(authorityAndPath.substring(0, slash), null, true);
                String path = authorityAndPath.substring(slash + 1);
                if (path.indexOf('/') >= 0) throw invalid("the database name has a / (write it as %2F)");
                decode(path, "database name", true);
            }
        } else if (head.startsWith("/")) {
            throw invalid("jdbc:postgresql:/ names no server: write jdbc:postgresql://host:5432/database or jdbc:postgresql:database");
        } else {
            decode(head, "database name", true);
        }
        return rest;
    }

    /**
     * The pgjdbc URL a libpq URL means: its user, password, hosts, database and parameters
     * percent-decoded, then written again in the form pgjdbc decodes.
     */
    private String libpqAsJdbc(String rest) {
        int queryStart = rest.indexOf('?');
        String head = queryStart < 0 ? rest : rest.substring(0, queryStart);
        Map<String, String> query = queryStart < 0 ? Map.of() : parseQuery(rest.substring(queryStart + 1), false);

        int at = head.lastIndexOf('@');
        String userInfo = at < 0 ? null : head.substring(0, at);
        String hostAndPath = head.substring(at + 1);
        int slash = hostAndPath.indexOf('/');
        String hostSpec = slash < 0 ? hostAndPath : hostAndPath.substring(0, slash);
        String path = slash < 0 ? "" : hostAndPath.substring(slash + 1);

        Map<String, String> parameters = new LinkedHashMap<>();
        if (userInfo != null) {
            int colon = userInfo.indexOf(':');
            parameters.put("user", decode(colon < 0 ? userInfo : userInfo.substring(0, colon), "user name", false));
            if (colon >= 0) parameters.put("password", decode(userInfo.substring(colon + 1), "password", false));
        }
        String queryHost = null;
        String queryPort = null;
        String database = null;
        for (Map.Entry<String, String> entry : query.entrySet()) {
            switch (entry.getKey()) {
                case "host" -> queryHost = entry.getValue();
                case "port" -> queryPort = entry.getValue();
                case "dbname" -> database = entry.getValue();
                default -> parameters.put(entry.getKey(), entry.getValue());
            }
        }
        List<HostPort> hosts = parseHosts(queryHost != null ? queryHost : hostSpec, queryPort, false);
        if (database == null) database = decode(path, "database name", false);

        StringJoiner servers = new StringJoiner(",");
        for (HostPort host : hosts) servers.add(host.toString());
        StringJoiner pairs = new StringJoiner("&", "?", "").setEmptyValue("");
        for (Map.Entry<String, String> parameter : parameters.entrySet()) {
            pairs.add(formEncode(parameter.getKey()) + "=" + formEncode(parameter.getValue()));
        }
        return JDBC_PREFIX + "//" + servers + "/" + formEncode(database) + pairs;
    }

    /** The driver's reading of a checked pgjdbc URL, as settings. */
    private ConnectionSettings read(String jdbcUrl, String defaultUser) {
        // The user, when the URL names none, as a default: the driver then defaults the database and
        // finds a password in ~/.pgpass for it, as it would when connecting.
        Properties defaults = new Properties();
        if (defaultUser != null) defaults.setProperty(PGProperty.USER.getName(), defaultUser);
        Properties read = Driver.parseURL(jdbcUrl, defaults);
        if (read == null) throw invalid("the PostgreSQL driver cannot read it");
        String user = read.getProperty(PGProperty.USER.getName());
        if (user == null || user.isEmpty()) user = defaultUser;
        String password = read.getProperty(PGProperty.PASSWORD.getName());
        String database = read.getProperty(PGProperty.PG_DBNAME.getName());
        // libpq connects to the database named like the user when the URL names none.
        if (database == null || database.isEmpty()) database = user;
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String name : read.stringPropertyNames()) {
            if (!URL_PARTS.contains(name)) putParameter(parameters, name, read.getProperty(name));
        }
        return new ConnectionSettings(servers(read), database, user, password == null || password.isEmpty() ? null : password,
                parameters);
    }

    /** The driver's hosts and ports, one port per host; IPv6 literals without their brackets. */
    private static List<HostPort> servers(Properties read) {
        String[] hosts = read.getProperty(PGProperty.PG_HOST.getName()).split(",", -1);
        String[] ports = read.getProperty(PGProperty.PG_PORT.getName()).split(",", -1);
        List<HostPort> servers = new ArrayList<>();
        for (int i = 0; i < hosts.length; i++) {
            String host = hosts[i].startsWith("[") && hosts[i].endsWith("]") ? hosts[i].substring(1, hosts[i].length() - 1) : hosts[i];
            servers.add(new HostPort(host, Integer.parseInt(ports[i].strip())));
        }
        return servers;
    }

    private void putParameter(Map<String, String> parameters, String name, String value) {
        String pgjdbcName = LIBPQ_TO_PGJDBC.getOrDefault(name, name);
        switch (pgjdbcName) {
            case "sslmode" -> {
                if (!SSL_MODES.contains(value)) {
                    throw invalid("sslmode '" + value + "' is not one of " + String.join(", ", SSL_MODES.stream().sorted().toList()));
                }
            }
            case "connectTimeout", "loginTimeout", "socketTimeout" -> {
                if (!value.matches("\\d{1,6}")) throw invalid(name + " '" + value + "' is not a number of seconds");
            }
            case "targetServerType" -> {
                if (name.equals("target_session_attrs")) {
                    String serverType = SESSION_ATTRS_TO_SERVER_TYPE.get(value);
                    if (serverType == null) {
                        throw invalid("target_session_attrs '" + value + "' is not one of "
                                + String.join(", ", SESSION_ATTRS_TO_SERVER_TYPE.keySet().stream().sorted().toList()));
                    }
                    value = serverType;
                }
            }
            default -> {
            }
        }
        parameters.put(pgjdbcName, value);
    }

    /** The parameters, decoded as the form's own client decodes them. */
    private Map<String, String> parseQuery(String query, boolean jdbcForm) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) continue;
            int equals = pair.indexOf('=');
            if (equals <= 0) {
                String name = decode(equals < 0 ? pair : "", "parameter name", jdbcForm);
                throw invalid(name.isEmpty() ? "a parameter has no name" : "parameter '" + name + "' has no value");
            }
            String name = decode(pair.substring(0, equals), "parameter name", jdbcForm);
            String what = name.equals("password") ? "password" : "value of " + name;
            parameters.put(name, decode(pair.substring(equals + 1), what, jdbcForm));
        }
        return parameters;
    }

    /**
     * @param jdbcForm whether the hosts are a pgjdbc URL's, which the driver takes as written; a libpq
     *                 URL's are percent-decoded
     */
    private List<HostPort> parseHosts(String hostSpec, String defaultPortText, boolean jdbcForm) {
        int defaultPort = defaultPortText == null ? HostPort.DEFAULT_PORT : parsePort(defaultPortText);
        List<HostPort> hosts = new ArrayList<>();
        for (String item : hostSpec.split(",", -1)) {
            String host;
            String port = null;
            if (item.startsWith("[")) {
                int close = item.indexOf(']');
                if (close < 0) throw invalid("the IPv6 address '" + item + "' has no closing ]");
                host = item.substring(1, close);
                String after = item.substring(close + 1);
                if (after.startsWith(":")) port = after.substring(1);
                else if (!after.isEmpty()) throw invalid("unexpected '" + after + "' after the IPv6 address");
            } else {
                int colon = item.lastIndexOf(':');
                host = colon < 0 ? item : item.substring(0, colon);
                if (colon >= 0) port = item.substring(colon + 1);
            }
            if (!jdbcForm) host = decode(host, "host name", false);
            if (host.startsWith("/")) {
                throw invalid("Unix-domain sockets are not supported; give a host name such as localhost");
            }
            if (host.isEmpty() && hostSpec.contains(",")) throw invalid("a host in the list is empty");
            hosts.add(new HostPort(host.isEmpty() ? "localhost" : host,
                    port == null || port.isEmpty() ? defaultPort : parsePort(port)));
        }
        return hosts;
    }

    private int parsePort(String text) {
        if (text.matches("\\d{1,5}")) {
            int port = Integer.parseInt(text);
            if (port >= 1 && port <= 65535) return port;
        }
        throw invalid("port '" + text + "' is not a number from 1 to 65535");
    }

    /** Percent-decoding as libpq does it, or form decoding as pgjdbc does it for its parameters. */
    private String decode(String text, String part, boolean jdbcForm) {
        if (text.indexOf('%') < 0 && !(jdbcForm && text.indexOf('+') >= 0)) return text;
        StringBuilder decoded = new StringBuilder(text.length());
        ByteArrayOutputStream escaped = new ByteArrayOutputStream();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c != '%') {
                decoded.append(c == '+' && jdbcForm ? ' ' : c);
                i++;
                continue;
            }
            // A run of %XX escapes is one UTF-8 byte sequence.
            escaped.reset();
            while (i < text.length() && text.charAt(i) == '%') {
                int high = i + 1 < text.length() ? Character.digit(text.charAt(i + 1), 16) : -1;
                int low = i + 2 < text.length() ? Character.digit(text.charAt(i + 2), 16) : -1;
                if (high < 0 || low < 0) throw invalid(badEscape(part));
                escaped.write(high * 16 + low);
                i += 3;
            }
            decoded.append(escaped.toString(StandardCharsets.UTF_8));
        }
        return decoded.toString();
    }

    private static String formEncode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String badEscape(String part) {
        return "the " + part + " has a '%' that is not followed by two hex digits (write a literal % as %25)";
    }

    private InvalidDatabaseUrlException invalid(String reason) {
        return new InvalidDatabaseUrlException(origin, reason);
    }
}
