package io.migrata.introspect;

import io.migrata.schema.EnumTypeDef;
import io.migrata.schema.QualifiedName;
import java.sql.SQLException;
import java.util.List;

/** Enum types of the selected schemas with their labels in sort order; extension members are left out. */
final class EnumRetriever {

    private static final String SQL = """
            SELECT n.nspname, t.typname,
                   ARRAY(SELECT e.enumlabel FROM pg_enum e WHERE e.enumtypid = t.oid ORDER BY e.enumsortorder) AS labels,
                   d.description
            FROM pg_type t
            JOIN pg_namespace n ON n.oid = t.typnamespace
            LEFT JOIN pg_description d ON d.classoid = 'pg_type'::regclass AND d.objoid = t.oid AND d.objsubid = 0
            WHERE t.typtype = 'e' AND n.nspname = ANY (?)
              AND NOT EXISTS (SELECT 1 FROM pg_depend x
                              WHERE x.classid = 'pg_type'::regclass AND x.objid = t.oid AND x.deptype = 'e')
            ORDER BY n.nspname, t.typname
            """;

    private final SqlRunner sql;

    EnumRetriever(SqlRunner sql) {
        this.sql = sql;
    }

    List<EnumTypeDef> read(List<String> schemas) throws SQLException {
        return sql.query(SQL, row -> new EnumTypeDef(
                QualifiedName.of(row.getString("nspname"), row.getString("typname")),
                SqlRunner.strings(row, "labels"),
                row.getString("description")), sql.textArray(schemas));
    }
}
