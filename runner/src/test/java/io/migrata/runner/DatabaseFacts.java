package io.migrata.runner;

import io.migrata.testing.TestDatabase;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** What the database itself says, read from the catalogs and the tables, independent of the runner. */
final class DatabaseFacts {

    private final TestDatabase db;

    DatabaseFacts(TestDatabase db) {
        this.db = db;
    }

    /** Base tables in a schema, sorted. */
    List<String> tables(String schema) throws SQLException {
        return strings("SELECT table_name FROM information_schema.tables WHERE table_schema = ? AND table_type = 'BASE TABLE'"
                + " ORDER BY 1", schema);
    }

    List<String> columns(String table) throws SQLException {
        return strings("SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = ?"
                + " ORDER BY ordinal_position", table);
    }

    List<String> indexes(String table) throws SQLException {
        return strings("SELECT indexname FROM pg_indexes WHERE schemaname = 'public' AND tablename = ? ORDER BY 1", table);
    }

    /** The rows of migrata_version, sorted. */
    List<String> versionRows() throws SQLException {
        return versionRows("public");
    }

    List<String> versionRows(String schema) throws SQLException {
        return strings("SELECT version_num FROM \"" + schema.replace("\"", "\"\"") + "\".migrata_version ORDER BY 1");
    }

    /** {@code revision direction success} per history row, oldest first. */
    List<String> historyRows() throws SQLException {
        return strings("SELECT revision || ' ' || direction || ' ' || success FROM public.migrata_history ORDER BY id");
    }

    long count(String sql) throws SQLException {
        return Long.parseLong(strings(sql).get(0));
    }

    List<String> strings(String sql, String... parameters) throws SQLException {
        try (Connection connection = db.connect(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) statement.setString(i + 1, parameters[i]);
            List<String> values = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) values.add(rows.getString(1));
            }
            return values;
        }
    }
}
