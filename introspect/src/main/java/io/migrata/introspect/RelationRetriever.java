package io.migrata.introspect;

import io.migrata.schema.PartitionOf;
import io.migrata.schema.QualifiedName;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * Tables, partitioned tables and their partitions, views and materialized views of the selected
 * schemas. Inheritance children (that are not partitions), foreign tables and extension members are
 * not part of the model yet.
 */
final class RelationRetriever {

    private static final String SQL = """
            SELECT c.oid, n.nspname, c.relname, c.relkind,
                   CASE WHEN c.relkind IN ('v', 'm') THEN pg_get_viewdef(c.oid, true) END AS view_definition,
                   c.relispopulated,
                   CASE WHEN c.relkind = 'p' THEN pg_get_partkeydef(c.oid) END AS partition_key,
                   CASE WHEN c.relispartition THEN pg_get_expr(c.relpartbound, c.oid) END AS partition_bound,
                   pn.nspname AS parent_schema, pc.relname AS parent_name,
                   d.description
            FROM pg_class c
            JOIN pg_namespace n ON n.oid = c.relnamespace
            LEFT JOIN pg_inherits pi ON c.relispartition AND pi.inhrelid = c.oid
            LEFT JOIN pg_class pc ON pc.oid = pi.inhparent
            LEFT JOIN pg_namespace pn ON pn.oid = pc.relnamespace
            LEFT JOIN pg_description d
                   ON d.classoid = 'pg_class'::regclass AND d.objoid = c.oid AND d.objsubid = 0
            WHERE n.nspname = ANY (?)
              AND (c.relkind IN ('v', 'm')
                   OR (c.relkind IN ('r', 'p')
                       AND (c.relispartition OR NOT EXISTS (SELECT 1 FROM pg_inherits i WHERE i.inhrelid = c.oid))))
              AND NOT EXISTS (SELECT 1 FROM pg_depend e
                              WHERE e.classid = 'pg_class'::regclass AND e.objid = c.oid AND e.deptype = 'e')
            ORDER BY n.nspname, c.relname
            """;

    private final SqlRunner sql;

    RelationRetriever(SqlRunner sql) {
        this.sql = sql;
    }

    List<Relation> read(List<String> schemas) throws SQLException {
        return sql.query(SQL, row -> new Relation(
                row.getLong("oid"),
                QualifiedName.of(row.getString("nspname"), row.getString("relname")),
                kind(row.getString("relkind")),
                row.getString("view_definition"),
                row.getBoolean("relispopulated"),
                row.getString("partition_key"),
                partitionOf(row),
                row.getString("description")), sql.textArray(schemas));
    }

    private static PartitionOf partitionOf(ResultSet row) throws SQLException {
        String bound = row.getString("partition_bound");
        if (bound == null) return null;
        return new PartitionOf(QualifiedName.of(row.getString("parent_schema"), row.getString("parent_name")), bound);
    }

    private static Relation.Kind kind(String relkind) {
        return switch (relkind) {
            case "r", "p" -> Relation.Kind.TABLE;
            case "v" -> Relation.Kind.VIEW;
            case "m" -> Relation.Kind.MATERIALIZED_VIEW;
            default -> throw new IllegalStateException("unexpected relkind " + relkind);
        };
    }
}
