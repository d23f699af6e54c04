package io.migrata.introspect;

import io.migrata.schema.ExtensionDef;
import io.migrata.schema.FunctionDef;
import io.migrata.schema.QualifiedName;
import io.migrata.schema.TriggerDef;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Extensions installed into the selected schemas, the functions and procedures there that no
 * extension owns, and the user triggers on the relations read. Definitions are PostgreSQL's own
 * statements, printed with {@code search_path = pg_catalog} so every name in them is qualified.
 * Triggers a partition inherits from its parent ({@code tgparentid}) and internal ones (foreign
 * keys' and deferred uniques') are not the user's to compare.
 */
final class RoutineRetriever {

    private static final String EXTENSIONS = """
            SELECT e.extname, n.nspname, e.extversion, obj_description(e.oid, 'pg_extension') AS comment,
                   a.comment AS own_comment
            FROM pg_extension e
            JOIN pg_namespace n ON n.oid = e.extnamespace
            LEFT JOIN pg_available_extensions a ON a.name = e.extname
            WHERE n.nspname = ANY (?)
            ORDER BY e.extname
            """;

    private static final String FUNCTIONS = """
            SELECT n.nspname, p.proname, oidvectortypes(p.proargtypes) AS argument_types, p.prokind,
                   pg_get_functiondef(p.oid) AS definition, obj_description(p.oid, 'pg_proc') AS comment
            FROM pg_proc p
            JOIN pg_namespace n ON n.oid = p.pronamespace
            WHERE n.nspname = ANY (?)
              AND p.prokind IN ('f', 'p')
              AND NOT EXISTS (SELECT 1 FROM pg_depend e
                              WHERE e.classid = 'pg_proc'::regclass AND e.objid = p.oid AND e.deptype = 'e')
            ORDER BY n.nspname, p.proname, argument_types
            """;

    private static final String TRIGGERS = """
            SELECT t.tgrelid, t.tgname, pg_get_triggerdef(t.oid, false) AS definition,
                   obj_description(t.oid, 'pg_trigger') AS comment
            FROM pg_trigger t
            WHERE t.tgrelid = ANY (?::oid[])
              AND NOT t.tgisinternal
              AND t.tgparentid = 0
            ORDER BY t.tgrelid, t.tgname
            """;

    private final SqlRunner sql;

    RoutineRetriever(SqlRunner sql) {
        this.sql = sql;
    }

    List<ExtensionDef> extensions(List<String> schemas) throws SQLException {
        return sql.query(EXTENSIONS, row -> new ExtensionDef(row.getString("extname"), row.getString("nspname"),
                row.getString("extversion"), extensionComment(row.getString("comment"), row.getString("own_comment"))),
                sql.textArray(schemas));
    }

    /** Null for the comment the extension comes with, the empty string for none where it comes with one. */
    private static String extensionComment(String comment, String own) {
        if (Objects.equals(comment, own)) return null;
        return comment == null ? "" : comment;
    }

    List<FunctionDef> functions(List<String> schemas) throws SQLException {
        return sql.query(FUNCTIONS, row -> new FunctionDef(
                QualifiedName.of(row.getString("nspname"), row.getString("proname")),
                row.getString("argument_types"),
                "p".equals(row.getString("prokind")),
                row.getString("definition"),
                row.getString("comment")), sql.textArray(schemas));
    }

    /** @param relations the tables and views read, by oid */
    List<TriggerDef> triggers(Map<Long, QualifiedName> relations) throws SQLException {
        return sql.query(TRIGGERS, row -> new TriggerDef(relations.get(row.getLong("tgrelid")), row.getString("tgname"),
                row.getString("definition"), row.getString("comment")), sql.oidArray(relations.keySet()));
    }
}
