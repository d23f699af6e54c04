package io.migrata.introspect;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Decides which schemas are read: the ones asked for, which must exist, or every user schema. */
final class SchemaRetriever {

    private static final String SQL = """
            SELECT n.nspname,
                   n.nspname IN ('pg_catalog', 'information_schema')
                     OR n.nspname LIKE 'pg\\_toast%' OR n.nspname LIKE 'pg\\_temp\\_%' AS is_system,
                   EXISTS (SELECT 1 FROM pg_depend d
                           WHERE d.classid = 'pg_namespace'::regclass AND d.objid = n.oid
                             AND d.deptype = 'e') AS is_extension_member
            FROM pg_namespace n
            ORDER BY n.nspname
            """;

    private record Schema(String name, boolean system, boolean extensionMember) {
        boolean isUser() {
            return !system && !extensionMember;
        }
    }

    private final SqlRunner sql;

    SchemaRetriever(SqlRunner sql) {
        this.sql = sql;
    }

    /** The schemas to read, sorted; every requested one must exist. */
    List<String> select(List<String> requested) throws SQLException {
        List<Schema> all = sql.query(SQL, row -> new Schema(row.getString("nspname"), row.getBoolean("is_system"),
                row.getBoolean("is_extension_member")));
        List<String> userSchemas = all.stream().filter(Schema::isUser).map(Schema::name).toList();
        if (requested.isEmpty()) return userSchemas;
        Set<String> existing = new LinkedHashSet<>(all.stream().map(Schema::name).toList());
        List<String> missing = new ArrayList<>();
        for (String schema : requested) {
            if (!existing.contains(schema)) missing.add(schema);
        }
        if (!missing.isEmpty()) throw new UnknownSchemaException(missing, userSchemas);
        return requested.stream().distinct().sorted().toList();
    }
}
