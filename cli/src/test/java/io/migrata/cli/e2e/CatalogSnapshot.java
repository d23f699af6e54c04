package io.migrata.cli.e2e;

import io.migrata.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * What a test database holds, read from the catalog rather than from migrata: schemas, columns,
 * constraints, indexes, sequences, types and the version tables' rows, one sorted line each, so two
 * snapshots compare with {@code equals} and a failure shows the line that changed.
 */
final class CatalogSnapshot {

    private static final String OBJECTS = """
            SELECT 'schema ' || nspname FROM pg_namespace
             WHERE nspname NOT LIKE 'pg\\_%' AND nspname <> 'information_schema'
            UNION ALL
            SELECT 'column ' || table_schema || '.' || table_name || '.' || column_name || ' ' || data_type
                   || coalesce('(' || character_maximum_length || ')', '') || ' nullable=' || is_nullable
                   || ' default=' || coalesce(column_default, '')
              FROM information_schema.columns WHERE table_schema NOT IN ('pg_catalog', 'information_schema')
            UNION ALL
            SELECT 'constraint ' || conrelid::regclass || ' ' || conname || ' ' || pg_get_constraintdef(oid)
              FROM pg_constraint WHERE connamespace = 'public'::regnamespace
            UNION ALL
            SELECT 'index ' || indexdef FROM pg_indexes WHERE schemaname NOT IN ('pg_catalog', 'information_schema')
            UNION ALL
            SELECT 'sequence ' || sequence_schema || '.' || sequence_name FROM information_schema.sequences
            UNION ALL
            SELECT 'type ' || typname FROM pg_type WHERE typnamespace = 'public'::regnamespace
            """;

    private CatalogSnapshot() {
    }

    /** The sorted lines; the version tables' rows are included when the tables exist. */
    static List<String> of(TestDatabase db) throws SQLException {
        List<String> lines = new ArrayList<>(strings(db, OBJECTS));
        if (!strings(db, "SELECT 1 FROM pg_tables WHERE tablename = 'migrata_version'").isEmpty()) {
            lines.addAll(strings(db, "SELECT 'version ' || version_num FROM migrata_version"));
            lines.addAll(strings(db, "SELECT 'history ' || id || ' ' || revision || ' ' || direction || ' ' || success"
                    + " FROM migrata_history"));
        }
        lines.sort(null);
        return List.copyOf(lines);
    }

    /** The first column of every row, as strings, in the order the query gives. */
    static List<String> strings(TestDatabase db, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection connection = db.connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) values.add(rows.getString(1));
        }
        return values;
    }

    /** The one value a query returns, or null without a row. */
    static String value(TestDatabase db, String sql) throws SQLException {
        List<String> values = strings(db, sql);
        return values.isEmpty() ? null : values.get(0);
    }
}
