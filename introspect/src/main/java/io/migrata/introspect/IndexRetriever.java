package io.migrata.introspect;

import io.migrata.schema.IndexDef;
import io.migrata.schema.IndexKey;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Indexes of every selected table and materialized view that do not back a primary key, unique or
 * exclusion constraint (those belong to the constraint), nor are a partition's part of an index on
 * its parent (PostgreSQL makes and drops those with the parent's). One row per index attribute:
 * key columns first, then the INCLUDE columns past {@code indnkeyatts}.
 */
final class IndexRetriever {

    // An operator class is reported only when it is not the one PostgreSQL picks by itself: a
    // default class whose input type is the key's type, or the default class a binary-coercible
    // key falls back to (varchar keys use text_ops) when the key's type has no default of its own
    // ("other" below is that type's own default class, if any, and at most one exists per method).
    // A collation is reported only when it differs from the column's (or, for an expression, its
    // type's). pg_get_indexdef(index, n, true) prints key n alone, without options.
    // The indexes are picked first, in a CTE the planner cannot fold into the joins, and each key's
    // attribute is looked up on its own (OFFSET 0 keeps those subqueries from being folded in):
    // the planner cannot tell how many keys the unnest yields, and otherwise it hashes all of
    // pg_attribute twice and drops the constraint indexes only at the end, two to three times the
    // work on a schema of 1,000 tables.
    private static final String SQL = """
            WITH idx AS MATERIALIZED (
                SELECT i.indexrelid, i.indrelid, i.indisunique, i.indnkeyatts, %s AS nulls_not_distinct,
                       i.indpred, i.indkey, i.indclass, i.indcollation, i.indoption
                FROM pg_index i
                WHERE i.indrelid = ANY (?::oid[])
                  AND NOT EXISTS (SELECT 1 FROM pg_constraint c
                                  WHERE c.conindid = i.indexrelid AND c.conrelid = i.indrelid
                                    AND c.contype IN ('p', 'u', 'x'))
                  AND NOT EXISTS (SELECT 1 FROM pg_inherits h WHERE h.inhrelid = i.indexrelid)
            )
            SELECT i.indrelid, ic.relname AS index_name, am.amname, i.indisunique, i.indnkeyatts,
                   i.nulls_not_distinct,
                   pg_get_expr(i.indpred, i.indrelid) AS predicate,
                   k.ord, a.attname,
                   CASE WHEN k.attnum = 0 THEN pg_get_indexdef(i.indexrelid, k.ord::int, true) END AS expression,
                   k.key_option,
                   CASE WHEN NOT opc.opcdefault OR other.oid IS NOT NULL THEN opcn.nspname END AS opclass_schema,
                   CASE WHEN NOT opc.opcdefault OR other.oid IS NOT NULL THEN opc.opcname END AS opclass_name,
                   coln.nspname AS collation_schema, col.collname AS collation_name
            FROM idx i
            JOIN pg_class ic ON ic.oid = i.indexrelid
            JOIN pg_am am ON am.oid = ic.relam
            CROSS JOIN LATERAL unnest(i.indkey::int2[], i.indclass::oid[], i.indcollation::oid[], i.indoption::int2[])
                 WITH ORDINALITY AS k(attnum, key_opclass, key_collation, key_option, ord)
            LEFT JOIN LATERAL (
                SELECT a.attname, a.atttypid, a.attcollation FROM pg_attribute a
                WHERE a.attrelid = i.indrelid AND a.attnum = k.attnum
                OFFSET 0
            ) a ON true
            LEFT JOIN LATERAL (
                SELECT ia.atttypid FROM pg_attribute ia
                WHERE k.attnum = 0 AND ia.attrelid = i.indexrelid AND ia.attnum = k.ord
                OFFSET 0
            ) ia ON true
            LEFT JOIN pg_type kt ON kt.oid = coalesce(a.atttypid, ia.atttypid)
            LEFT JOIN pg_opclass opc ON opc.oid = k.key_opclass
            LEFT JOIN pg_namespace opcn ON opcn.oid = opc.opcnamespace
            LEFT JOIN pg_opclass other
                   ON other.opcmethod = opc.opcmethod AND other.opcdefault AND other.oid <> opc.oid
                  AND other.opcintype = coalesce(nullif(kt.typbasetype, 0), kt.oid)
            LEFT JOIN pg_collation col
                   ON col.oid = k.key_collation AND k.key_collation <> coalesce(a.attcollation, kt.typcollation)
            LEFT JOIN pg_namespace coln ON coln.oid = col.collnamespace
            ORDER BY i.indrelid, ic.relname, k.ord
            """;

    private static final int DESC = 1;
    private static final int NULLS_FIRST = 2;

    /** One attribute of one index, with the index's own properties repeated. */
    private record Row(long table, String index, String method, boolean unique, boolean nullsNotDistinct,
                       String predicate, boolean isKey, IndexKey key, String includedColumn) {

        boolean isOfSameIndexAs(Row other) {
            return table == other.table && index.equals(other.index);
        }
    }

    private final SqlRunner sql;
    private final String query;

    IndexRetriever(SqlRunner sql, ServerVersion version) {
        this.sql = sql;
        this.query = SQL.formatted(version.hasNullsNotDistinct() ? "i.indnullsnotdistinct" : "false");
    }

    /** Indexes by table oid. */
    Map<Long, List<IndexDef>> read(List<Long> tables) throws SQLException {
        List<Row> rows = sql.query(query, IndexRetriever::row, sql.oidArray(tables));
        // Rows come sorted by table, index and attribute: each run of one index's rows is one index.
        Map<Long, List<IndexDef>> result = new HashMap<>();
        int first = 0;
        for (int i = 1; i <= rows.size(); i++) {
            if (i == rows.size() || !rows.get(i).isOfSameIndexAs(rows.get(first))) {
                result.computeIfAbsent(rows.get(first).table(), t -> new ArrayList<>()).add(index(rows.subList(first, i)));
                first = i;
            }
        }
        return result;
    }

    private static IndexDef index(List<Row> attributes) {
        Row first = attributes.get(0);
        List<IndexKey> keys = new ArrayList<>();
        List<String> include = new ArrayList<>();
        for (Row attribute : attributes) {
            if (attribute.isKey()) keys.add(attribute.key());
            else include.add(attribute.includedColumn());
        }
        return new IndexDef(first.index(), keys, first.unique(), first.nullsNotDistinct(), first.method(), include,
                first.predicate());
    }

    private static Row row(ResultSet row) throws SQLException {
        boolean isKey = row.getInt("ord") <= row.getInt("indnkeyatts");
        String column = row.getString("attname");
        IndexKey key = null;
        if (isKey) {
            int option = row.getInt("key_option");
            key = new IndexKey(
                    row.getString("expression") == null ? column : null,
                    row.getString("expression"),
                    (option & DESC) != 0,
                    (option & NULLS_FIRST) != 0,
                    SqlName.of(row.getString("opclass_schema"), row.getString("opclass_name")),
                    SqlName.of(row.getString("collation_schema"), row.getString("collation_name")));
        }
        return new Row(row.getLong("indrelid"), row.getString("index_name"), row.getString("amname"),
                row.getBoolean("indisunique"), row.getBoolean("nulls_not_distinct"), row.getString("predicate"),
                isKey, key, column);
    }
}
