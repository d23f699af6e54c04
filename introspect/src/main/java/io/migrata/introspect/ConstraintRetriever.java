package io.migrata.introspect;

import io.migrata.schema.CheckDef;
import io.migrata.schema.ConstraintDef;
import io.migrata.schema.Deferrability;
import io.migrata.schema.ForeignKeyDef;
import io.migrata.schema.PrimaryKeyDef;
import io.migrata.schema.QualifiedName;
import io.migrata.schema.UniqueDef;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Primary key, unique, check and foreign-key constraints of every selected table. Exclusion
 * constraints ('x'), constraint triggers ('t') and the NOT NULL constraints PostgreSQL 18 lists
 * here ('n', already read as column nullability) are left out, and so are those PostgreSQL makes
 * from another: a partition's clones of its parent's keys and foreign keys ({@code conparentid}),
 * the per-partition rows of a foreign key that references a partitioned table, and checks a
 * partition has only from its parent (not {@code conislocal}).
 */
final class ConstraintRetriever {

    // Key columns come from conkey/confkey in constraint order, not table order: a primary key
    // (order_id, line_no) on a table that declares line_no first must stay (order_id, line_no).
    // Each name is one index lookup; joining the unnested keys to pg_attribute instead costs a hash
    // join and a sort per constraint, twice as much over thousands of constraints.
    private static final String SQL = """
            SELECT c.conrelid, c.conname, c.contype,
                   ARRAY(SELECT (SELECT a.attname FROM pg_attribute a
                                 WHERE a.attrelid = c.conrelid AND a.attnum = k.attnum)
                         FROM unnest(c.conkey) WITH ORDINALITY AS k(attnum, ord)
                         ORDER BY k.ord) AS columns,
                   tn.nspname AS target_schema, tc.relname AS target_table,
                   ARRAY(SELECT (SELECT a.attname FROM pg_attribute a
                                 WHERE a.attrelid = c.confrelid AND a.attnum = k.attnum)
                         FROM unnest(c.confkey) WITH ORDINALITY AS k(attnum, ord)
                         ORDER BY k.ord) AS target_columns,
                   c.confdeltype, c.confupdtype, c.confmatchtype, c.condeferrable, c.condeferred,
                   CASE WHEN c.contype = 'c' THEN pg_get_expr(c.conbin, c.conrelid) END AS check_expression,
                   %s AS nulls_not_distinct
            FROM pg_constraint c
            LEFT JOIN pg_class tc ON tc.oid = c.confrelid
            LEFT JOIN pg_namespace tn ON tn.oid = tc.relnamespace
            LEFT JOIN pg_index i ON c.contype = 'u' AND i.indexrelid = c.conindid
            WHERE c.conrelid = ANY (?::oid[]) AND c.contype IN ('p', 'u', 'c', 'f')
              AND c.conparentid = 0 AND c.conislocal
            ORDER BY c.conrelid, c.conname
            """;

    private final SqlRunner sql;
    private final String query;

    ConstraintRetriever(SqlRunner sql, ServerVersion version) {
        this.sql = sql;
        this.query = SQL.formatted(version.hasNullsNotDistinct() ? "coalesce(i.indnullsnotdistinct, false)" : "false");
    }

    /** Constraints by table oid. */
    Map<Long, TableConstraints> read(List<Long> tables) throws SQLException {
        Map<Long, List<ConstraintDef>> byTable = new HashMap<>();
        sql.forEach(query, row -> byTable.computeIfAbsent(row.getLong("conrelid"), table -> new ArrayList<>()).add(constraint(row)),
                sql.oidArray(tables));
        Map<Long, TableConstraints> result = new HashMap<>();
        byTable.forEach((table, constraints) -> result.put(table, TableConstraints.of(constraints)));
        return result;
    }

    private static ConstraintDef constraint(ResultSet row) throws SQLException {
        String name = row.getString("conname");
        List<String> columns = SqlRunner.strings(row, "columns");
        Deferrability deferrability = Deferrability.of(row.getBoolean("condeferrable"), row.getBoolean("condeferred"));
        return switch (row.getString("contype")) {
            case "p" -> new PrimaryKeyDef(name, columns);
            case "u" -> new UniqueDef(name, columns, row.getBoolean("nulls_not_distinct"), deferrability);
            case "c" -> new CheckDef(name, row.getString("check_expression"));
            case "f" -> new ForeignKeyDef(name, columns,
                    QualifiedName.of(row.getString("target_schema"), row.getString("target_table")),
                    SqlRunner.strings(row, "target_columns"),
                    action(row.getString("confdeltype")),
                    action(row.getString("confupdtype")),
                    "f".equals(row.getString("confmatchtype")),
                    deferrability);
            default -> throw new IllegalStateException("unexpected contype " + row.getString("contype"));
        };
    }

    private static ForeignKeyDef.Action action(String code) {
        return switch (code) {
            case "a" -> ForeignKeyDef.Action.NO_ACTION;
            case "r" -> ForeignKeyDef.Action.RESTRICT;
            case "c" -> ForeignKeyDef.Action.CASCADE;
            case "n" -> ForeignKeyDef.Action.SET_NULL;
            case "d" -> ForeignKeyDef.Action.SET_DEFAULT;
            default -> throw new IllegalStateException("unexpected foreign key action " + code);
        };
    }
}
