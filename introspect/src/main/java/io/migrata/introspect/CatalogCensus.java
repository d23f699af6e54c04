package io.migrata.introspect;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Finds, in one query, every object of the selected schemas (and of the database, for database-wide
 * kinds) that the schema model has no place for: the kinds {@link UnmodeledKind} lists. Kinds on the
 * same catalog share one scan of it: on 2,000 tables, a scan of {@code pg_class} per kind was most of
 * the query's cost, and thirty branches most of its planning.
 */
final class CatalogCensus {

    private static final String QUERY = "WITH selected AS (SELECT oid, nspname FROM pg_namespace WHERE nspname = ANY (?))\n"
            + "SELECT kind, schema, name FROM (\n" + String.join("\nUNION ALL\n", branches()) + "\n) AS census";

    /** One branch per shared scan, then one per kind with a query of its own. */
    private static List<String> branches() {
        Map<UnmodeledKind.Scan, List<UnmodeledKind>> byScan = Arrays.stream(UnmodeledKind.values())
                .collect(Collectors.groupingBy(UnmodeledKind::scan, () -> new EnumMap<>(UnmodeledKind.Scan.class), Collectors.toList()));
        List<String> branches = new ArrayList<>();
        byScan.forEach((scan, kinds) -> {
            if (scan != UnmodeledKind.Scan.OWN) branches.add(scan.query(kinds));
        });
        for (UnmodeledKind kind : byScan.getOrDefault(UnmodeledKind.Scan.OWN, List.of())) {
            branches.add("SELECT '" + kind.name() + "' AS kind, schema, name FROM (" + kind.sql() + ") AS k" + kind.ordinal()
                    + " (schema, name)");
        }
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
