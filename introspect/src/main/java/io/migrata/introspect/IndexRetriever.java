package io.migrata.introspect;

import io.migrata.schema.IndexDef;
import io.migrata.schema.IndexKey;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Indexes of every selected table that do not back a primary key, unique or exclusion constraint
 * (those belong to the constraint). One row per index attribute: key columns first, then the
 * INCLUDE columns past {@code indnkeyatts}.
 */
final class IndexRetriever {

    // An operator class is reported only when it is not the one PostgreSQL picks by itself: a
    // default class whose input type is the key's type, or the default class a binary-coercible
    // key falls back to (varchar keys use text_ops) when the key's type has no default of its own.
    // A collation is reported only when it differs from the column's (or, for an expression, its
    // type's). pg_get_indexdef(index, n, true) prints key n alone, without options.
    private static final String SQL = """
            SELECT i.indrelid, ic.relname AS index_name, am.amname, i.indisunique, i.indnkeyatts,
                   %s AS nulls_not_distinct,
                   pg_get_expr(i.indpred, i.indrelid) AS predicate,
                   k.ord, a.attname,
                   CASE WHEN k.attnum = 0 THEN pg_get_indexdef(i.indexrelid, k.ord::int, true) END AS expression,
                   k.key_option,
                   oc.opclass_schema, oc.opclass_name, kc.collation_schema, kc.collation_name
            FROM pg_index i
            JOIN pg_class ic ON ic.oid = i.indexrelid
            JOIN pg_am am ON am.oid = ic.relam
            CROSS JOIN LATERAL unnest(i.indkey::int2[], i.indclass::oid[], i.indcollation::oid[], i.indoption::int2[])
                 WITH ORDINALITY AS k(attnum, key_opclass, key_collation, key_option, ord)
            LEFT JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum AND k.attnum > 0
            JOIN pg_attribute ia ON ia.attrelid = i.indexrelid AND ia.attnum = k.ord
            JOIN pg_type kt ON kt.oid = coalesce(a.atttypid, ia.atttypid)
            LEFT JOIN LATERAL (
                SELECT n.nspname AS opclass_schema, opc.opcname AS opclass_name
                FROM pg_opclass opc JOIN pg_namespace n ON n.oid = opc.opcnamespace
                WHERE opc.oid = k.key_opclass
                  AND NOT (opc.opcdefault AND NOT EXISTS (
                        SELECT 1 FROM pg_opclass other
                        WHERE other.opcmethod = opc.opcmethod AND other.opcdefault AND other.oid <> opc.oid
                          AND other.opcintype = coalesce(nullif(kt.typbasetype, 0), kt.oid)))
            ) oc ON true
            LEFT JOIN LATERAL (
                SELECT n.nspname AS collation_schema, co.collname AS collation_name
                FROM pg_collation co JOIN pg_namespace n ON n.oid = co.collnamespace
                WHERE co.oid = k.key_collation AND k.key_collation <> coalesce(a.attcollation, kt.typcollation)
            ) kc ON true
            WHERE i.indrelid = ANY (?::oid[])
              AND NOT EXISTS (SELECT 1 FROM pg_constraint c
                              WHERE c.conindid = i.indexrelid AND c.conrelid = i.indrelid
                                AND c.contype IN ('p', 'u', 'x'))
            ORDER BY i.indrelid, ic.relname, k.ord
            """;

    private static final int DESC = 1;
    private static final int NULLS_FIRST = 2;

    /** One attribute of one index, with the index's own properties repeated. */
    private record Row(long table, String index, String method, boolean unique, boolean nullsNotDistinct,
                       String predicate, boolean isKey, IndexKey key, String includedColumn) {
    }

    private record IndexId(long table, String index) {
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
        Map<IndexId, List<Row>> byIndex = rows.stream().collect(Collectors.groupingBy(
                r -> new IndexId(r.table(), r.index()), LinkedHashMap::new, Collectors.toList()));
        Map<Long, List<IndexDef>> result = new LinkedHashMap<>();
        byIndex.forEach((id, attributes) -> result.computeIfAbsent(id.table(), t -> new ArrayList<>()).add(index(attributes)));
        return result;
    }

    private static IndexDef index(List<Row> attributes) {
        Row first = attributes.get(0);
        List<IndexKey> keys = attributes.stream().filter(Row::isKey).map(Row::key).toList();
        List<String> include = attributes.stream().filter(r -> !r.isKey()).map(Row::includedColumn).toList();
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
                row.getBoolean("indisunique"), row.getBoolean("nulls_not_distinct"), ArrayCasts.fold(row.getString("predicate")),
                isKey, key, column);
    }
}
