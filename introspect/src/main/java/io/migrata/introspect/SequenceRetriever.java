package io.migrata.introspect;

import io.migrata.schema.ColumnRef;
import io.migrata.schema.QualifiedName;
import io.migrata.schema.SequenceDef;
import io.migrata.schema.SequenceOptions;
import io.migrata.schema.SqlType;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * Sequences of the selected schemas with every option and their {@code OWNED BY} column. A
 * serial column's sequence is one of them (an auto dependency, {@code deptype 'a'}); an identity
 * column's sequence is not (an internal dependency, {@code deptype 'i'}: it is part of the column).
 */
final class SequenceRetriever {

    // The sequences are picked first, in a CTE the planner cannot fold into the joins: otherwise it
    // looks up the owner of every identity sequence (1,000 on a schema of 1,000 tables) before
    // dropping them all.
    private static final String SQL = """
            WITH seq AS MATERIALIZED (
                SELECT c.oid, n.nspname, c.relname
                FROM pg_class c
                JOIN pg_namespace n ON n.oid = c.relnamespace
                WHERE c.relkind = 'S' AND n.nspname = ANY (?)
                  AND NOT EXISTS (SELECT 1 FROM pg_depend x
                                  WHERE x.classid = 'pg_class'::regclass AND x.objid = c.oid AND x.deptype IN ('e', 'i'))
            )
            SELECT c.nspname, c.relname, format_type(s.seqtypid, NULL) AS type,
                   s.seqstart, s.seqincrement, s.seqmin, s.seqmax, s.seqcache, s.seqcycle,
                   owner_schema.nspname AS owner_schema, owner_table.relname AS owner_table,
                   owner_column.attname AS owner_column,
                   d.description
            FROM seq c
            JOIN pg_sequence s ON s.seqrelid = c.oid
            LEFT JOIN pg_depend owner
                   ON owner.classid = 'pg_class'::regclass AND owner.objid = c.oid
                  AND owner.refclassid = 'pg_class'::regclass AND owner.refobjsubid > 0 AND owner.deptype = 'a'
            LEFT JOIN pg_class owner_table ON owner_table.oid = owner.refobjid
            LEFT JOIN pg_namespace owner_schema ON owner_schema.oid = owner_table.relnamespace
            LEFT JOIN pg_attribute owner_column
                   ON owner_column.attrelid = owner.refobjid AND owner_column.attnum = owner.refobjsubid
            LEFT JOIN pg_description d ON d.classoid = 'pg_class'::regclass AND d.objoid = c.oid AND d.objsubid = 0
            ORDER BY c.nspname, c.relname
            """;

    private final SqlRunner sql;

    SequenceRetriever(SqlRunner sql) {
        this.sql = sql;
    }

    List<SequenceDef> read(List<String> schemas) throws SQLException {
        return sql.query(SQL, row -> new SequenceDef(
                QualifiedName.of(row.getString("nspname"), row.getString("relname")),
                SqlType.of(row.getString("type")),
                new SequenceOptions(row.getLong("seqstart"), row.getLong("seqincrement"), row.getLong("seqmin"),
                        row.getLong("seqmax"), row.getLong("seqcache"), row.getBoolean("seqcycle")),
                owner(row),
                row.getString("description")), sql.textArray(schemas));
    }

    private static ColumnRef owner(ResultSet row) throws SQLException {
        String table = row.getString("owner_table");
        if (table == null) return null;
        return new ColumnRef(QualifiedName.of(row.getString("owner_schema"), table), row.getString("owner_column"));
    }
}
