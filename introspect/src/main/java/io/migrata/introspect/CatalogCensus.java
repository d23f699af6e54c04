package io.migrata.introspect;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Finds, in one query, every object of the selected schemas (and of the database, for database-wide
 * kinds) that the schema model has no place for: the kinds {@link UnmodeledKind} lists. Kinds on the
 * same catalog share one scan of it: on 2,000 tables, a scan of {@code pg_class} per kind was most of
 * the query's cost, and thirty branches most of its planning.
 */
final class CatalogCensus {

    private static final String QUERY = "WITH selected AS (SELECT oid, nspname FROM pg_namespace WHERE nspname = ANY (?))\n"
            + "SELECT kind, schema, name FROM (\n" + String.join("\nUNION ALL\n", branches()) + "\n) AS census";

    /**
     * One branch per shared scan, then one per kind with a query of its own. Loops rather than
     * streams: this runs at class initialisation in every inspect, where each lambda is spun first.
     */
    private static List<String> branches() {
        Map<UnmodeledKind.Scan, List<UnmodeledKind>> byScan = new EnumMap<>(UnmodeledKind.Scan.class);
        List<String> own = new ArrayList<>();
        for (UnmodeledKind kind : UnmodeledKind.values()) {
            if (kind.scan() == UnmodeledKind.Scan.OWN) {
                own.add("SELECT '" + kind.name() + "' AS kind, schema, name FROM (" + kind.sql() + ") AS k" + kind.ordinal()
                        + " (schema, name)");
            } else {
                List<UnmodeledKind> shared = byScan.get(kind.scan());
                if (shared == null) byScan.put(kind.scan(), shared = new ArrayList<>());
                shared.add(kind);
            }
        }
        List<String> branches = new ArrayList<>();
        for (Map.Entry<UnmodeledKind.Scan, List<UnmodeledKind>> scan : byScan.entrySet()) {
            branches.add(scan.getKey().query(scan.getValue()));
        }
        branches.addAll(own);
        return branches;
    }

    private final SqlRunner sql;

    CatalogCensus(SqlRunner sql) {
        this.sql = sql;
    }

    /** In {@link UnmodeledKind} order, then by name. */
    List<UnmodeledObject> read(List<String> schemas) throws SQLException {
        return sql.query(QUERY, row -> new UnmodeledObject(UnmodeledKind.valueOf(row.getString("kind")),
                        row.getString("schema"), row.getString("name")),
                        sql.textArray(schemas)).stream()
                .sorted((a, b) -> a.kind() != b.kind() ? a.kind().compareTo(b.kind()) : a.name().compareTo(b.name()))
                .toList();
    }
}
