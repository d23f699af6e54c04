package io.migrata.workflow.config;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads a database URL in libpq form ({@code postgresql://user:password@host:5432/db?sslmode=require},
 * also {@code postgres://}) or pgjdbc form ({@code jdbc:postgresql://host/db?user=…}) into
 * {@link ConnectionSettings}.
 *
 * <p>The two forms decode differently, each as its own client does: libpq percent-decodes and keeps
 * {@code +} as a plus sign; pgjdbc form-decodes its parameters, so {@code +} there is a space.
 * The user part is split at the last {@code @}, so a password pasted with a raw {@code @} or
 * {@code /} still works.
 *
 * <pre>{@code
 * ConnectionSettings s = DatabaseUrlParser.parse(new ConfiguredUrl(System.getenv("DATABASE_URL"), UrlOrigin.ENVIRONMENT), "postgres");
 * }</pre>
 */
public final class DatabaseUrlParser {

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

    private final UrlOrigin origin;
    private final boolean jdbcForm;

    private DatabaseUrlParser(UrlOrigin origin, boolean jdbcForm) {
        this.origin = origin;
        this.jdbcForm = jdbcForm;
    }

    /**
     * @param defaultUser the user when the URL names none (libpq would take {@code PGUSER}, then the OS user)
     * @throws InvalidDatabaseUrlException naming what is wrong, never echoing the password
     */
    public static ConnectionSettings parse(ConfiguredUrl configured, String defaultUser) {
        String url = configured.url().strip();
        String lower = url.toLowerCase(Locale.ROOT);
        if (lower.startsWith("jdbc:postgresql:")) {
            String rest = url.substring("jdbc:postgresql:".length());
            // pgjdbc also takes jdbc:postgresql:database and jdbc:postgresql:/ for a local server.
            String authorityAndPath = rest.startsWith("//") ? rest.substring(2) : "/" + stripLeadingSlash(rest);
            return new DatabaseUrlParser(configured.origin(), true).parseRest(authorityAndPath, defaultUser);
        }
        for (String scheme : List.of("postgresql://", "postgres://")) {
            if (lower.startsWith(scheme)) {
                return new DatabaseUrlParser(configured.origin(), false).parseRest(url.substring(scheme.length()), defaultUser);
            }
        }
        if (url.isEmpty()) throw new InvalidDatabaseUrlException(configured.origin(), "it is empty");
        throw new InvalidDatabaseUrlException(configured.origin(),
                "it must start with postgresql://, postgres:// or jdbc:postgresql:");
    }

    private static String stripLeadingSlash(String text) {
        return text.startsWith("/") ? text.substring(1) : text;
    }

    private ConnectionSettings parseRest(String rest, String defaultUser) {
        int queryStart = rest.indexOf('?');
        String head = queryStart < 0 ? rest : rest.substring(0, queryStart);
        Map<String, String> query = queryStart < 0 ? Map.of() : parseQuery(rest.substring(queryStart + 1));

        int at = head.lastIndexOf('@');
        String userInfo = at < 0 ? null : head.substring(0, at);
        String hostAndPath = head.substring(at + 1);
        int slash = hostAndPath.indexOf('/');
        String hostSpec = slash < 0 ? hostAndPath : hostAndPath.substring(0, slash);
        String path = slash < 0 ? "" : hostAndPath.substring(slash + 1);

        String user = null;
        String password = null;
        if (userInfo != null) {
            int colon = userInfo.indexOf(':');
            user = decode(colon < 0 ? userInfo : userInfo.substring(0, colon), "user name");
            password = colon < 0 ? null : decode(userInfo.substring(colon + 1), "password");
        }

        Map<String, String> parameters = new LinkedHashMap<>();
        String queryHost = null;
        String queryPort = null;
        String queryDatabase = null;
        for (Map.Entry<String, String> entry : query.entrySet()) {
            String value = entry.getValue();
            switch (entry.getKey()) {
                case "user" -> user = value;
                case "password" -> password = value;
                case "host" -> queryHost = value;
                case "port" -> queryPort = value;
                case "dbname" -> queryDatabase = value;
                default -> putParameter(parameters, entry.getKey(), value);
            }
        }

        List<HostPort> hosts = parseHosts(queryHost != null ? queryHost : hostSpec, queryPort);
        String database = queryDatabase != null ? queryDatabase : decode(path, "database name");
        if (user == null || user.isEmpty()) user = defaultUser;
        // libpq connects to the database named like the user when the URL names none.
        if (database.isEmpty()) database = user;
        if (password != null && password.isEmpty()) password = null;
        return new ConnectionSettings(hosts, database, user, password, parameters);
    }

    private void putParameter(Map<String, String> parameters, String name, String value) {
        String pgjdbcName = LIBPQ_TO_PGJDBC.getOrDefault(name, name);
        switch (pgjdbcName) {
            case "sslmode" -> {
                if (!SSL_MODES.contains(value)) {
                    throw invalid("sslmode '" + value + "' is not one of " + String.join(", ", SSL_MODES.stream().sorted().toList()));
                }
            }
            case "connectTimeout" -> {
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

    private Map<String, String> parseQuery(String query) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) continue;
            int equals = pair.indexOf('=');
            if (equals <= 0) {
                String name = decode(equals < 0 ? pair : "", "parameter name");
                throw invalid(name.isEmpty() ? "a parameter has no name" : "parameter '" + name + "' has no value");
            }
            String name = decode(pair.substring(0, equals), "parameter name");
            String what = name.equals("password") ? "password" : "value of " + name;
            parameters.put(name, decode(pair.substring(equals + 1), what));
        }
        return parameters;
    }

    private List<HostPort> parseHosts(String hostSpec, String defaultPortText) {
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
            host = decode(host, "host name");
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
    private String decode(String text, String part) {
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

    private static String badEscape(String part) {
        return "the " + part + " has a '%' that is not followed by two hex digits (write a literal % as %25)";
    }

    private InvalidDatabaseUrlException invalid(String reason) {
        return new InvalidDatabaseUrlException(origin, reason);
    }
}
