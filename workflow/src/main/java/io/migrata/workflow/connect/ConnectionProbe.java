package io.migrata.workflow.connect;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks an open connection the way a person would before running migrations: which server, whether
 * the connection is encrypted (from {@code pg_stat_ssl}), how long a round trip takes (the median of
 * a few {@code SELECT 1}), who is logged in to which database, and whether that user may create
 * tables in the schemas migrations write to.
 *
 * <pre>{@code
 * ConnectionReport report = ConnectionProbe.probe(session, List.of("public"));
 * }</pre>
 */
public final class ConnectionProbe {

    public static final int ROUND_TRIPS = 5;

    private ConnectionProbe() {
    }

    /**
     * @param schemas the schemas to check besides the session's current schema (checked first, when
     *                the search path names one that exists)
     */
    public static ConnectionReport probe(DatabaseSession session, List<String> schemas) throws SQLException {
        Connection connection = session.connection();
        long latency = medianRoundTripMicros(connection);
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT current_setting('server_version'),"
                     + " current_setting('server_version_num')::int, current_user, current_database(), current_schema(),"
                     + " has_database_privilege(current_database(), 'CREATE'),"
                     + " (SELECT version FROM pg_stat_ssl WHERE pid = pg_backend_pid() AND ssl),"
                     + " (SELECT cipher FROM pg_stat_ssl WHERE pid = pg_backend_pid() AND ssl)")) {
            row.next();
            String currentSchema = row.getString(5);
            Set<String> checked = new LinkedHashSet<>();
            if (currentSchema != null) checked.add(currentSchema);
            checked.addAll(schemas);
            return new ConnectionReport(session.label(), row.getString(1), row.getInt(2), row.getString(7),
                    row.getString(8), latency, row.getString(3), row.getString(4), row.getBoolean(6), access(connection, checked));
        }
    }

    private static long medianRoundTripMicros(Connection connection) throws SQLException {
        long[] micros = new long[ROUND_TRIPS];
        try (Statement statement = connection.createStatement()) {
            for (int i = 0; i < ROUND_TRIPS; i++) {
                long start = System.nanoTime();
                try (ResultSet row = statement.executeQuery("SELECT 1")) {
                    row.next();
                }
                micros[i] = (System.nanoTime() - start) / 1_000;
            }
        }
        Arrays.sort(micros);
        return micros[ROUND_TRIPS / 2];
    }

    private static List<ConnectionReport.SchemaAccess> access(Connection connection, Set<String> schemas) throws SQLException {
        List<ConnectionReport.SchemaAccess> access = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT n.oid IS NOT NULL, n.oid IS NOT NULL AND has_schema_privilege(n.oid, 'CREATE')"
                        + " FROM (SELECT 1) one LEFT JOIN pg_namespace n ON n.nspname = ?")) {
            for (String schema : schemas) {
                query.setString(1, schema);
                try (ResultSet row = query.executeQuery()) {
                    row.next();
                    access.add(new ConnectionReport.SchemaAccess(schema, row.getBoolean(1), row.getBoolean(2)));
                }
            }
        }
        return access;
    }
}
