package io.migrata.introspect;

import io.migrata.schema.ColumnDef;
import io.migrata.schema.IdentityDef;
import io.migrata.schema.SequenceOptions;
import io.migrata.schema.SqlType;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The columns of every selected table, in {@code attnum} order, with identity options and comments. */
final class ColumnRetriever {

    // The default expression and the generation expression share pg_attrdef; attgenerated tells
    // which one a row holds. A default cannot refer to a column, so it is printed without its table
    // (relid 0): given the table, pg_get_expr() opens it, and on a new connection that builds the
    // table's relation cache entry, about 25 us a table. A generation expression does refer to
    // columns and needs the table. An identity column's options live on the sequence it owns; from
    // PostgreSQL 17 a partition's column is an identity too, on the sequence of its root's column.
    private static final String SQL = """
            SELECT a.attrelid, a.attname,
                   format_type(a.atttypid, a.atttypmod) AS type,
                   a.attnotnull, a.attidentity, a.attgenerated,
                   pg_get_expr(ad.adbin, CASE WHEN a.attgenerated = '' THEN 0 ELSE ad.adrelid END) AS expression,
                   cn.nspname AS collation_schema, co.collname AS collation_name,
                   s.seqstart, s.seqincrement, s.seqmin, s.seqmax, s.seqcache, s.seqcycle,
                   d.description
            FROM pg_attribute a
            JOIN pg_type t ON t.oid = a.atttypid
            LEFT JOIN pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum
            LEFT JOIN pg_collation co ON co.oid = a.attcollation AND a.attcollation <> t.typcollation
            LEFT JOIN pg_namespace cn ON cn.oid = co.collnamespace
            LEFT JOIN pg_attribute owner
                   ON owner.attrelid = CASE WHEN a.attidentity <> '' THEN COALESCE(pg_partition_root(a.attrelid), a.attrelid) END
                  AND owner.attname = a.attname
            LEFT JOIN pg_depend dep
                   ON a.attidentity <> '' AND dep.classid = 'pg_class'::regclass
                  AND dep.refclassid = 'pg_class'::regclass AND dep.refobjid = owner.attrelid
                  AND dep.refobjsubid = owner.attnum AND dep.deptype = 'i'
            LEFT JOIN pg_sequence s ON s.seqrelid = dep.objid
            LEFT JOIN pg_description d
                   ON d.classoid = 'pg_class'::regclass AND d.objoid = a.attrelid AND d.objsubid = a.attnum
            WHERE a.attrelid = ANY (?::oid[]) AND a.attnum > 0 AND NOT a.attisdropped
            ORDER BY a.attrelid, a.attnum
            """;

    private final SqlRunner sql;

    ColumnRetriever(SqlRunner sql) {
        this.sql = sql;
    }

    /** Columns by table oid. */
    Map<Long, List<ColumnDef>> read(List<Long> tables) throws SQLException {
        Map<Long, List<ColumnDef>> columns = new HashMap<>();
        sql.forEach(SQL, row -> columns.computeIfAbsent(row.getLong("attrelid"), table -> new ArrayList<>()).add(column(row)),
                sql.oidArray(tables));
        return columns;
    }

    private static ColumnDef column(ResultSet row) throws SQLException {
        String expression = row.getString("expression");
        // 's' is STORED; PostgreSQL 18 adds 'v' (VIRTUAL), which the model does not tell apart yet.
        boolean generated = !row.getString("attgenerated").isEmpty();
        return new ColumnDef(
                row.getString("attname"),
                SqlType.of(row.getString("type")),
                !row.getBoolean("attnotnull"),
                generated ? null : expression,
                identity(row),
                generated ? expression : null,
                SqlName.of(row.getString("collation_schema"), row.getString("collation_name")),
                row.getString("description"));
    }

    private static IdentityDef identity(ResultSet row) throws SQLException {
        IdentityDef.Generation generation = switch (row.getString("attidentity")) {
            case "a" -> IdentityDef.Generation.ALWAYS;
            case "d" -> IdentityDef.Generation.BY_DEFAULT;
            default -> null;
        };
        if (generation == null) return null;
        return new IdentityDef(generation, new SequenceOptions(row.getLong("seqstart"), row.getLong("seqincrement"),
                row.getLong("seqmin"), row.getLong("seqmax"), row.getLong("seqcache"), row.getBoolean("seqcycle")));
    }
}
