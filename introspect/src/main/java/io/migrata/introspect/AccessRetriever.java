package io.migrata.introspect;

import io.migrata.schema.GrantDef;
import io.migrata.schema.PolicyDef;
import io.migrata.schema.QualifiedName;
import io.migrata.schema.RowSecurity;
import io.migrata.schema.RowSecurityDef;
import io.migrata.schema.SchemaModel;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Row-level security and policies of the tables read, comments on the selected schemas, the
 * privileges granted on their tables, views, columns, sequences, functions, aggregates and on the schemas
 * themselves, and the default privileges ({@code pg_default_acl}) for every schema or for one read.
 *
 * <p>A grant is one {@code aclexplode} row whose grantee is not the object's owner (the owner's
 * privileges go with ownership, which is not compared). A table, view, sequence or schema with no
 * ACL has only its owner's privileges, so lists nothing. Every function starts with {@code EXECUTE}
 * to {@code PUBLIC}; that default is not listed, its absence from a function's ACL is
 * ({@link GrantDef#executeRevokedFromPublic}), as {@code pg_dump} compares with {@code acldefault}.
 * What initdb gives every database is not the schema's either: a privilege {@code pg_init_privs}
 * records for a schema ({@code public}'s {@code USAGE} to {@code PUBLIC}) is not listed, whatever else
 * the schema was granted since (so undoing a {@code GRANT CREATE} leaves initdb's {@code USAGE}), and
 * {@code public}'s own comment, {@code standard public schema}, is not read.
 *
 * <p>A default privilege for every schema replaces what PostgreSQL gives a new object without one
 * ({@code acldefault}: the owner's privileges, and {@code EXECUTE} on functions and {@code USAGE}
 * on types to {@code PUBLIC}), so those are left out and their absence is listed, as for a
 * function; one limited to a schema only adds to them, so every privilege in it is listed.
 */
final class AccessRetriever {

    private static final String ROW_SECURITY = """
            SELECT c.oid, c.relrowsecurity, c.relforcerowsecurity
            FROM pg_class c
            WHERE c.oid = ANY (?::oid[]) AND (c.relrowsecurity OR c.relforcerowsecurity)
            """;

    private static final String POLICIES = """
            SELECT p.polrelid, p.polname, p.polcmd, p.polpermissive,
                   ARRAY(SELECT CASE WHEN r = 0 THEN 'PUBLIC' ELSE pg_get_userbyid(r) END FROM unnest(p.polroles) r) AS roles,
                   pg_get_expr(p.polqual, p.polrelid) AS using_expression,
                   pg_get_expr(p.polwithcheck, p.polrelid) AS check_expression
            FROM pg_policy p
            WHERE p.polrelid = ANY (?::oid[])
            ORDER BY p.polrelid, p.polname
            """;

    private static final String SCHEMA_COMMENTS = """
            SELECT n.nspname, d.description
            FROM pg_namespace n
            JOIN pg_description d ON d.objoid = n.oid AND d.classoid = 'pg_namespace'::regclass AND d.objsubid = 0
            WHERE n.nspname = ANY (?) AND NOT (n.nspname = 'public' AND d.description = 'standard public schema')
            """;

    private static final String GRANTS = """
            WITH defaults AS (
                SELECT d.defaclrole, d.defaclnamespace, d.defaclacl,
                       'DEFAULT_' || CASE d.defaclobjtype WHEN 'r' THEN 'TABLES' WHEN 'S' THEN 'SEQUENCES' WHEN 'f' THEN 'FUNCTIONS'
                           WHEN 'T' THEN 'TYPES' WHEN 'n' THEN 'SCHEMAS' END AS kind,
                       CASE d.defaclobjtype WHEN 'f' THEN 'EXECUTE' WHEN 'T' THEN 'USAGE' END AS public_default
                FROM pg_default_acl d
            )
            SELECT g.kind, g.nspname, g.name, g.argument_types, g.column_name, pg_get_userbyid(g.creator) AS creator,
                   CASE WHEN g.grantee = 0 THEN 'PUBLIC' ELSE pg_get_userbyid(g.grantee) END AS grantee,
                   g.privilege_type, g.is_grantable, g.revoked_default
            FROM (
                SELECT CASE WHEN c.relkind = 'S' THEN 'SEQUENCE' ELSE 'TABLE' END AS kind, n.nspname, c.relname AS name,
                       NULL::text AS argument_types, NULL::name AS column_name, NULL::oid AS creator,
                       a.grantee, a.privilege_type, a.is_grantable, false AS revoked_default
                FROM pg_class c
                JOIN pg_namespace n ON n.oid = c.relnamespace
                CROSS JOIN LATERAL aclexplode(c.relacl) a
                WHERE n.nspname = ANY (?) AND c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f') AND a.grantee <> c.relowner
                UNION ALL
                SELECT 'COLUMN', n.nspname, c.relname, NULL, t.attname, NULL, a.grantee, a.privilege_type, a.is_grantable, false
                FROM pg_attribute t
                JOIN pg_class c ON c.oid = t.attrelid
                JOIN pg_namespace n ON n.oid = c.relnamespace
                CROSS JOIN LATERAL aclexplode(t.attacl) a
                WHERE n.nspname = ANY (?) AND c.relkind IN ('r', 'p', 'v', 'm', 'f') AND t.attnum > 0 AND NOT t.attisdropped
                  AND a.grantee <> c.relowner
                UNION ALL
                SELECT 'SCHEMA', n.nspname, NULL, NULL, NULL, NULL, a.grantee, a.privilege_type, a.is_grantable, false
                FROM pg_namespace n
                CROSS JOIN LATERAL aclexplode(n.nspacl) a
                WHERE n.nspname = ANY (?) AND a.grantee <> n.nspowner
                  AND NOT EXISTS (SELECT 1 FROM pg_init_privs i CROSS JOIN LATERAL aclexplode(i.initprivs) g
                                  WHERE i.classoid = 'pg_namespace'::regclass AND i.objoid = n.oid AND i.objsubid = 0
                                    AND g.grantee = a.grantee AND g.privilege_type = a.privilege_type
                                    AND g.is_grantable = a.is_grantable)
                UNION ALL
                SELECT 'FUNCTION', n.nspname, p.proname, oidvectortypes(p.proargtypes), NULL, NULL, a.grantee, a.privilege_type,
                       a.is_grantable, false
                FROM pg_proc p
                JOIN pg_namespace n ON n.oid = p.pronamespace
                CROSS JOIN LATERAL aclexplode(p.proacl) a
                WHERE n.nspname = ANY (?) AND p.prokind IN ('f', 'p') AND a.grantee <> p.proowner
                  AND NOT (a.grantee = 0 AND a.privilege_type = 'EXECUTE')
                UNION ALL
                SELECT 'FUNCTION', n.nspname, p.proname, oidvectortypes(p.proargtypes), NULL, NULL, 0, 'EXECUTE', false, true
                FROM pg_proc p
                JOIN pg_namespace n ON n.oid = p.pronamespace
                WHERE n.nspname = ANY (?) AND p.prokind IN ('f', 'p') AND p.proacl IS NOT NULL
                  AND NOT EXISTS (SELECT 1 FROM aclexplode(p.proacl) a WHERE a.grantee = 0 AND a.privilege_type = 'EXECUTE')
                UNION ALL
                SELECT 'AGGREGATE', n.nspname, p.proname, COALESCE(NULLIF(pg_get_function_identity_arguments(p.oid), ''), '*'),
                       NULL, NULL, a.grantee, a.privilege_type, a.is_grantable, a.grantee = 0 AND a.privilege_type = 'EXECUTE'
                FROM pg_proc p
                JOIN pg_namespace n ON n.oid = p.pronamespace
                CROSS JOIN LATERAL (
                    SELECT e.grantee, e.privilege_type, e.is_grantable FROM aclexplode(p.proacl) e
                    WHERE e.grantee <> p.proowner AND NOT (e.grantee = 0 AND e.privilege_type = 'EXECUTE')
                    UNION ALL SELECT 0, 'EXECUTE', false
                    WHERE NOT EXISTS (SELECT 1 FROM aclexplode(p.proacl) e WHERE e.grantee = 0 AND e.privilege_type = 'EXECUTE')) a
                WHERE n.nspname = ANY (?) AND p.prokind = 'a' AND p.proacl IS NOT NULL
                UNION ALL
                SELECT d.kind, n.nspname, NULL, NULL, NULL, d.defaclrole, a.grantee, a.privilege_type, a.is_grantable, false
                FROM defaults d
                LEFT JOIN pg_namespace n ON n.oid = d.defaclnamespace
                CROSS JOIN LATERAL aclexplode(d.defaclacl) a
                WHERE (d.defaclnamespace = 0 OR n.nspname = ANY (?)) AND a.grantee <> d.defaclrole
                  AND NOT (d.defaclnamespace = 0 AND a.grantee = 0 AND a.privilege_type = d.public_default)
                UNION ALL
                SELECT d.kind, NULL, NULL, NULL, NULL, d.defaclrole, 0, d.public_default, false, true
                FROM defaults d
                WHERE d.defaclnamespace = 0 AND d.public_default IS NOT NULL
                  AND NOT EXISTS (SELECT 1 FROM aclexplode(d.defaclacl) a WHERE a.grantee = 0 AND a.privilege_type = d.public_default)
            ) g
            """;

    private static final Map<String, String> COMMANDS = Map.of("*", "ALL", "r", "SELECT", "a", "INSERT", "w", "UPDATE",
            "d", "DELETE");

    private final SqlRunner sql;

    AccessRetriever(SqlRunner sql) {
        this.sql = sql;
    }

    /** @param tables the tables read, by oid */
    List<RowSecurityDef> rowSecurity(Map<Long, QualifiedName> tables) throws SQLException {
        if (tables.isEmpty()) return List.of();
        return sql.query(ROW_SECURITY, row -> new RowSecurityDef(tables.get(row.getLong("oid")),
                RowSecurity.of(row.getBoolean("relrowsecurity"), row.getBoolean("relforcerowsecurity"))),
                sql.oidArray(tables.keySet()));
    }

    /** @param tables the tables read, by oid */
    List<PolicyDef> policies(Map<Long, QualifiedName> tables) throws SQLException {
        if (tables.isEmpty()) return List.of();
        return sql.query(POLICIES, row -> new PolicyDef(tables.get(row.getLong("polrelid")), row.getString("polname"),
                COMMANDS.get(row.getString("polcmd")), row.getBoolean("polpermissive"),
                Arrays.asList((String[]) row.getArray("roles").getArray()), row.getString("using_expression"),
                row.getString("check_expression")), sql.oidArray(tables.keySet()));
    }

    Map<String, String> schemaComments(List<String> schemas) throws SQLException {
        Map<String, String> comments = new LinkedHashMap<>();
        sql.forEach(SCHEMA_COMMENTS, row -> comments.put(row.getString("nspname"), row.getString("description")),
                sql.textArray(schemas));
        return comments;
    }

    /** The grants on what {@code model} holds: an object left out of it (a version table, an identity's sequence) keeps its grants out too. */
    List<GrantDef> grants(List<String> schemas, SchemaModel model) throws SQLException {
        List<GrantDef> grants = sql.query(GRANTS, row -> {
            GrantDef.Kind kind = GrantDef.Kind.valueOf(row.getString("kind"));
            String schema = row.getString("nspname");
            String grantee = row.getString("grantee");
            String privilege = row.getString("privilege_type");
            boolean grantable = row.getBoolean("is_grantable");
            return switch (kind) {
                case SCHEMA -> GrantDef.onSchema(schema, grantee, privilege, grantable);
                case FUNCTION -> row.getBoolean("revoked_default")
                        ? GrantDef.executeRevokedFromPublic(QualifiedName.of(schema, row.getString("name")), row.getString("argument_types"))
                        : GrantDef.onFunction(QualifiedName.of(schema, row.getString("name")), row.getString("argument_types"),
                                grantee, privilege, grantable);
                case AGGREGATE -> row.getBoolean("revoked_default")
                        ? GrantDef.executeRevokedFromPublicOnAggregate(QualifiedName.of(schema, row.getString("name")),
                                row.getString("argument_types"))
                        : GrantDef.onAggregate(QualifiedName.of(schema, row.getString("name")), row.getString("argument_types"),
                                grantee, privilege, grantable);
                case TABLE, SEQUENCE -> GrantDef.onRelation(kind, QualifiedName.of(schema, row.getString("name")), grantee, privilege,
                        grantable);
                case COLUMN -> GrantDef.onColumn(QualifiedName.of(schema, row.getString("name")), row.getString("column_name"), grantee,
                        privilege, grantable);
                case DEFAULT_TABLES, DEFAULT_SEQUENCES, DEFAULT_FUNCTIONS, DEFAULT_TYPES, DEFAULT_SCHEMAS -> row.getBoolean("revoked_default")
                        ? GrantDef.publicDefaultRevoked(kind, row.getString("creator"))
                        : GrantDef.byDefault(kind, row.getString("creator"), schema, grantee, privilege, grantable);
            };
        }, sql.textArray(schemas), sql.textArray(schemas), sql.textArray(schemas), sql.textArray(schemas), sql.textArray(schemas),
                sql.textArray(schemas), sql.textArray(schemas));
        return grants.stream().filter(model::holdsObjectOf).toList();
    }
}
