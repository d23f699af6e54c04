package io.migrata.introspect;

import io.migrata.schema.DomainDef;
import io.migrata.schema.QualifiedName;
import io.migrata.schema.SqlType;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The domains of the selected schemas that no extension owns, with their checks. {@code NOT NULL}
 * is read from the type ({@code typnotnull}), not from the not-null constraint PostgreSQL 17 also
 * lists, so every server version reads alike.
 */
final class DomainRetriever {

    private static final String DOMAINS = """
            SELECT t.oid, n.nspname, t.typname, format_type(t.typbasetype, t.typtypmod) AS base_type,
                   pg_get_expr(t.typdefaultbin, 0) AS default_value, t.typnotnull,
                   cn.nspname AS collation_schema, co.collname AS collation_name,
                   obj_description(t.oid, 'pg_type') AS comment
            FROM pg_type t
            JOIN pg_namespace n ON n.oid = t.typnamespace
            JOIN pg_type b ON b.oid = t.typbasetype
            LEFT JOIN pg_collation co ON co.oid = t.typcollation AND t.typcollation <> b.typcollation
            LEFT JOIN pg_namespace cn ON cn.oid = co.collnamespace
            WHERE t.typtype = 'd'
              AND n.nspname = ANY (?)
              AND NOT EXISTS (SELECT 1 FROM pg_depend e
                              WHERE e.classid = 'pg_type'::regclass AND e.objid = t.oid AND e.deptype = 'e')
            ORDER BY n.nspname, t.typname
            """;

    private static final String CHECKS = """
            SELECT c.contypid, c.conname, pg_get_constraintdef(c.oid) AS definition
            FROM pg_constraint c
            WHERE c.contypid = ANY (?::oid[]) AND c.contype = 'c'
            ORDER BY c.contypid, c.conname
            """;

    private record Domain(long oid, QualifiedName name, String baseType, String defaultValue, boolean notNull, String collation, String comment) {
    }

    private final SqlRunner sql;

    DomainRetriever(SqlRunner sql) {
        this.sql = sql;
    }

    List<DomainDef> read(List<String> schemas) throws SQLException {
        List<Domain> domains = sql.query(DOMAINS, row -> new Domain(row.getLong("oid"),
                QualifiedName.of(row.getString("nspname"), row.getString("typname")), row.getString("base_type"),
                row.getString("default_value"), row.getBoolean("typnotnull"),
                SqlName.of(row.getString("collation_schema"), row.getString("collation_name")), row.getString("comment")),
                sql.textArray(schemas));
        if (domains.isEmpty()) return List.of();
        Map<Long, List<DomainDef.Check>> checks = new HashMap<>();
        sql.forEach(CHECKS, row -> checks.computeIfAbsent(row.getLong("contypid"), k -> new ArrayList<>())
                        .add(new DomainDef.Check(row.getString("conname"), row.getString("definition"))),
                sql.oidArray(domains.stream().map(Domain::oid).toList()));
        return domains.stream().map(d -> new DomainDef(d.name(), SqlType.of(d.baseType()), d.defaultValue(), d.notNull(),
                checks.getOrDefault(d.oid(), List.of()), d.collation(), d.comment())).toList();
    }
}
