package io.migrata.introspect;

import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Finds, in one query, every object of the selected schemas (and of the database, for database-wide
 * kinds) that the schema model has no place for: the kinds {@link UnmodeledKind} lists.
 */
final class CatalogCensus {

    private static final String QUERY = "WITH selected AS (SELECT oid, nspname FROM pg_namespace WHERE nspname = ANY (?))\n"
            + "SELECT kind, schema, name FROM (\n"
            + Arrays.stream(UnmodeledKind.values())
                    .map(kind -> "SELECT '" + kind.name() + "' AS kind, schema, name FROM (" + kind.query() + ") AS k" + kind.ordinal()
                            + " (schema, name)")
                    .collect(Collectors.joining("\nUNION ALL\n"))
            + "\n) AS census";

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
