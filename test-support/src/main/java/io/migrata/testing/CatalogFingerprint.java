package io.migrata.testing;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * A schema as PostgreSQL itself prints it: one entry per object of the database's own (not the
 * system's, not an extension's members), written by the server's deparse functions
 * ({@code pg_get_functiondef}, {@code pg_get_constraintdef}, {@code pg_get_indexdef},
 * {@code pg_get_triggerdef}, {@code pg_get_viewdef}, {@code pg_get_expr}, {@code format_type},
 * {@code pg_describe_object}, ...) straight from {@code pg_catalog}, sorted.
 *
 * <p>It is the judge where the machine's {@code pg_dump} is older than the server and refuses to
 * dump it, and it shares nothing with Migrata's introspector. Like {@link SchemaDump} it leaves out
 * owners; unlike it, it lists privileges: each one given or taken away against the object's
 * default ({@code acldefault}, as pg_dump compares), one entry per privilege, so neither the order
 * of the GRANTs nor an ACL that only spells the default out matters; column privileges, one entry per
 * privilege and column; default privileges ({@code pg_default_acl}), those for every schema against
 * the default they replace, as pg_dump compares them; and whether a materialized view
 * holds data. What it has no detailed entry for is still named by
 * {@code pg_describe_object}, so an object nobody expected is a difference, not silence.
 */
public final class CatalogFingerprint {

    // search_path is emptied first, so every name the deparse functions print is schema-qualified.
    private static final String QUERY = """
            WITH hidden_ns AS (
              SELECT oid FROM pg_namespace
              WHERE nspname IN ('pg_catalog', 'information_schema', 'pg_toast')
                 OR nspname LIKE 'pg\\_temp\\_%' OR nspname LIKE 'pg\\_toast\\_temp\\_%'
            ), member AS (
              SELECT classid, objid FROM pg_depend WHERE deptype = 'e'
            ), excluded AS (
              SELECT c.oid FROM pg_class c
              WHERE c.relkind IN ('r', 'p') AND c.relname = ANY (?) AND c.relnamespace NOT IN (SELECT oid FROM hidden_ns)
            ), rel AS (
              SELECT c.* FROM pg_class c
              WHERE c.oid >= 16384 AND c.relnamespace NOT IN (SELECT oid FROM hidden_ns)
                AND c.oid NOT IN (SELECT oid FROM excluded)
                AND NOT EXISTS (SELECT 1 FROM member m WHERE m.classid = 'pg_class'::regclass AND m.objid = c.oid)
                AND NOT EXISTS (SELECT 1 FROM pg_depend d
                                WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype IN ('a', 'i')
                                  AND d.refclassid = 'pg_class'::regclass AND d.refobjid IN (SELECT oid FROM excluded))
            ), usertype AS (
              SELECT t.* FROM pg_type t
              WHERE t.oid >= 16384 AND t.typnamespace NOT IN (SELECT oid FROM hidden_ns)
                AND t.typtype IN ('b', 'd', 'e', 'r') AND t.typcategory <> 'A'
                AND NOT EXISTS (SELECT 1 FROM member m WHERE m.classid = 'pg_type'::regclass AND m.objid = t.oid)
            ), userproc AS (
              SELECT p.* FROM pg_proc p
              WHERE p.oid >= 16384 AND p.pronamespace NOT IN (SELECT oid FROM hidden_ns)
                AND NOT EXISTS (SELECT 1 FROM member m WHERE m.classid = 'pg_proc'::regclass AND m.objid = p.oid)
            )
            SELECT 'CREATE SCHEMA ' || quote_ident(n.nspname)
            FROM pg_namespace n
            WHERE (n.oid >= 16384 OR n.nspname = 'public') AND n.oid NOT IN (SELECT oid FROM hidden_ns)
              AND NOT EXISTS (SELECT 1 FROM member m WHERE m.classid = 'pg_namespace'::regclass AND m.objid = n.oid)
            UNION ALL
            SELECT 'CREATE EXTENSION ' || quote_ident(e.extname) || ' VERSION ' || quote_literal(e.extversion)
                   || ' SCHEMA ' || quote_ident(e.extnamespace::regnamespace::text)
            FROM pg_extension e WHERE e.oid >= 16384
            UNION ALL
            SELECT 'CREATE ' || CASE r.relkind WHEN 'r' THEN 'TABLE ' WHEN 'p' THEN 'TABLE ' WHEN 'v' THEN 'VIEW '
                                 WHEN 'm' THEN 'MATERIALIZED VIEW ' WHEN 'f' THEN 'FOREIGN TABLE ' WHEN 'c' THEN 'TYPE '
                                 ELSE 'SEQUENCE ' END
                   || r.oid::regclass::text
                   || CASE WHEN r.relpersistence = 'u' THEN ' UNLOGGED' ELSE '' END
                   || CASE WHEN r.relkind = 'p' THEN ' PARTITION BY ' || pg_get_partkeydef(r.oid) ELSE '' END
                   || CASE WHEN r.relispartition
                           THEN ' PARTITION OF ' || (SELECT h.inhparent::regclass::text FROM pg_inherits h WHERE h.inhrelid = r.oid)
                                || ' ' || pg_get_expr(r.relpartbound, r.oid)
                           ELSE COALESCE((SELECT ' INHERITS (' || string_agg(h.inhparent::regclass::text, ', ' ORDER BY h.inhseqno) || ')'
                                          FROM pg_inherits h WHERE h.inhrelid = r.oid HAVING count(*) > 0), '') END
                   || CASE WHEN r.relrowsecurity THEN ' ROW LEVEL SECURITY' ELSE '' END
                   || CASE WHEN r.relforcerowsecurity THEN ' FORCE ROW LEVEL SECURITY' ELSE '' END
                   || CASE WHEN r.relkind IN ('r', 'p') AND r.relreplident <> 'd' THEN ' REPLICA IDENTITY ' || r.relreplident::text ELSE '' END
                   || COALESCE(' WITH (' || array_to_string(r.reloptions, ', ') || ')', '')
                   || CASE WHEN r.relkind IN ('v', 'm') THEN ' AS ' || pg_get_viewdef(r.oid) ELSE '' END
                   || CASE WHEN r.relkind = 'm' THEN CASE WHEN r.relispopulated THEN ' WITH DATA' ELSE ' WITH NO DATA' END ELSE '' END
                   || CASE WHEN r.relkind = 'S' THEN
                        (SELECT ' AS ' || format_type(s.seqtypid, NULL) || ' START ' || s.seqstart || ' INCREMENT ' || s.seqincrement
                                || ' MINVALUE ' || s.seqmin || ' MAXVALUE ' || s.seqmax || ' CACHE ' || s.seqcache
                                || CASE WHEN s.seqcycle THEN ' CYCLE' ELSE '' END
                         FROM pg_sequence s WHERE s.seqrelid = r.oid)
                        || COALESCE((SELECT ' OWNED BY ' || d.refobjid::regclass::text || '.' || quote_ident(a.attname)
                                            || CASE WHEN d.deptype = 'i' THEN ' (identity)' ELSE '' END
                                     FROM pg_depend d JOIN pg_attribute a ON a.attrelid = d.refobjid AND a.attnum = d.refobjsubid
                                     WHERE d.classid = 'pg_class'::regclass AND d.objid = r.oid
                                       AND d.refclassid = 'pg_class'::regclass AND d.deptype IN ('a', 'i')), '')
                      ELSE '' END
            FROM rel r WHERE r.relkind IN ('r', 'p', 'v', 'm', 'f', 'c', 'S')
            UNION ALL
            SELECT 'COLUMN ' || r.oid::regclass::text || ' #' || row_number() OVER (PARTITION BY a.attrelid ORDER BY a.attnum)
                   || ' ' || quote_ident(a.attname) || ' ' || format_type(a.atttypid, a.atttypmod)
                   || CASE WHEN a.attcollation <> 0 AND a.attcollation <> t.typcollation
                           THEN ' COLLATE ' || a.attcollation::regcollation::text ELSE '' END
                   || CASE WHEN a.attnotnull THEN ' NOT NULL' ELSE '' END
                   || CASE WHEN a.attidentity <> '' THEN ' IDENTITY ' || a.attidentity::text ELSE '' END
                   || COALESCE(CASE WHEN a.attgenerated = 's' THEN ' GENERATED ALWAYS AS (' || pg_get_expr(ad.adbin, ad.adrelid) || ') STORED'
                                    ELSE ' DEFAULT ' || pg_get_expr(ad.adbin, ad.adrelid) END, '')
                   || CASE WHEN a.attstorage <> t.typstorage THEN ' STORAGE ' || a.attstorage::text ELSE '' END
                   || CASE WHEN a.attcompression <> '' THEN ' COMPRESSION ' || a.attcompression::text ELSE '' END
            FROM rel r
            JOIN pg_attribute a ON a.attrelid = r.oid AND a.attnum > 0 AND NOT a.attisdropped
            JOIN pg_type t ON t.oid = a.atttypid
            LEFT JOIN pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum
            WHERE r.relkind IN ('r', 'p', 'v', 'm', 'f', 'c')
            UNION ALL
            SELECT 'CONSTRAINT ' || quote_ident(c.conname) || ' ON '
                   || CASE WHEN c.conrelid <> 0 THEN c.conrelid::regclass::text ELSE 'DOMAIN ' || c.contypid::regtype::text END
                   || ' ' || pg_get_constraintdef(c.oid)
            FROM pg_constraint c
            WHERE c.conparentid = 0 AND (c.conrelid IN (SELECT oid FROM rel) OR c.contypid IN (SELECT oid FROM usertype))
            UNION ALL
            SELECT pg_get_indexdef(i.indexrelid)
                   || CASE WHEN i.indisclustered THEN ' CLUSTERED' ELSE '' END
                   || CASE WHEN NOT i.indisvalid THEN ' INVALID' ELSE '' END
                   || COALESCE((SELECT ' ATTACHED TO ' || h.inhparent::regclass::text FROM pg_inherits h WHERE h.inhrelid = i.indexrelid), '')
            FROM pg_index i WHERE i.indrelid IN (SELECT oid FROM rel)
            UNION ALL
            SELECT pg_get_triggerdef(t.oid) || CASE WHEN t.tgenabled <> 'O' THEN ' ENABLED ' || t.tgenabled::text ELSE '' END
            FROM pg_trigger t WHERE NOT t.tgisinternal AND t.tgparentid = 0 AND t.tgrelid IN (SELECT oid FROM rel)
            UNION ALL
            SELECT pg_get_ruledef(w.oid) FROM pg_rewrite w WHERE w.rulename <> '_RETURN' AND w.ev_class IN (SELECT oid FROM rel)
            UNION ALL
            SELECT 'CREATE POLICY ' || quote_ident(p.polname) || ' ON ' || p.polrelid::regclass::text
                   || CASE WHEN p.polpermissive THEN ' AS PERMISSIVE' ELSE ' AS RESTRICTIVE' END || ' FOR ' || p.polcmd::text
                   || ' TO ' || (SELECT string_agg(role, ', ' ORDER BY role)
                                 FROM (SELECT CASE WHEN r.oid = 0 THEN 'PUBLIC' ELSE quote_ident(pg_get_userbyid(r.oid)) END AS role
                                       FROM unnest(p.polroles) AS r(oid)) roles)
                   || COALESCE(' USING (' || pg_get_expr(p.polqual, p.polrelid) || ')', '')
                   || COALESCE(' WITH CHECK (' || pg_get_expr(p.polwithcheck, p.polrelid) || ')', '')
            FROM pg_policy p WHERE p.polrelid IN (SELECT oid FROM rel)
            UNION ALL
            SELECT 'CREATE TYPE ' || t.oid::regtype::text || ' AS ENUM ('
                   || COALESCE((SELECT string_agg(quote_literal(e.enumlabel), ', ' ORDER BY e.enumsortorder)
                                FROM pg_enum e WHERE e.enumtypid = t.oid), '') || ')'
            FROM usertype t WHERE t.typtype = 'e'
            UNION ALL
            SELECT 'CREATE DOMAIN ' || t.oid::regtype::text || ' AS ' || format_type(t.typbasetype, t.typtypmod)
                   || CASE WHEN t.typcollation <> 0 AND t.typcollation <> b.typcollation
                           THEN ' COLLATE ' || t.typcollation::regcollation::text ELSE '' END
                   || COALESCE(' DEFAULT ' || pg_get_expr(t.typdefaultbin, 0), '')
                   || CASE WHEN t.typnotnull THEN ' NOT NULL' ELSE '' END
            FROM usertype t JOIN pg_type b ON b.oid = t.typbasetype WHERE t.typtype = 'd'
            UNION ALL
            SELECT 'CREATE TYPE ' || t.oid::regtype::text || ' AS RANGE (SUBTYPE = ' || format_type(g.rngsubtype, NULL)
                   || ', SUBTYPE_OPCLASS = ' || g.rngsubopc::regclass::text || ')'
            FROM usertype t JOIN pg_range g ON g.rngtypid = t.oid WHERE t.typtype = 'r'
            UNION ALL
            SELECT 'CREATE TYPE ' || t.oid::regtype::text || ' (base)' FROM usertype t WHERE t.typtype = 'b'
            UNION ALL
            SELECT pg_get_functiondef(p.oid) FROM userproc p WHERE p.prokind IN ('f', 'p', 'w')
            UNION ALL
            SELECT 'CREATE AGGREGATE ' || p.oid::regprocedure::text || ' (SFUNC = ' || g.aggtransfn::oid::regprocedure::text
                   || ', STYPE = ' || format_type(g.aggtranstype, NULL)
                   || CASE WHEN g.aggfinalfn <> 0 THEN ', FINALFUNC = ' || g.aggfinalfn::oid::regprocedure::text ELSE '' END
                   || COALESCE(', INITCOND = ' || quote_literal(g.agginitval), '') || ', KIND = ' || g.aggkind::text || ')'
            FROM userproc p JOIN pg_aggregate g ON g.aggfnoid = p.oid
            UNION ALL
            SELECT 'CREATE EVENT TRIGGER ' || quote_ident(e.evtname) || ' ON ' || e.evtevent
                   || COALESCE(' WHEN TAG IN (' || array_to_string(e.evttags, ', ') || ')', '')
                   || ' EXECUTE FUNCTION ' || e.evtfoid::regprocedure::text || ' ENABLED ' || e.evtenabled::text
            FROM pg_event_trigger e
            UNION ALL
            SELECT 'COMMENT ON ' || pg_describe_object(d.classoid, d.objoid, d.objsubid) || ' IS ' || quote_literal(d.description)
            FROM pg_description d
            WHERE (d.objoid >= 16384 OR (d.classoid = 'pg_namespace'::regclass AND d.objoid = 'public'::regnamespace))
              AND NOT EXISTS (SELECT 1 FROM member m WHERE m.classid = d.classoid AND m.objid = d.objoid)
              AND NOT (d.classoid = 'pg_class'::regclass AND d.objoid IN (SELECT oid FROM excluded))
            UNION ALL
            -- Without the grantor, who is the owner unless a grant option says otherwise: owners are left out.
            SELECT a.verb || ' ' || a.privilege_type || ' ON ' || pg_describe_object(o.catalog, o.oid, 0)
                   || CASE WHEN a.verb = 'GRANT' THEN ' TO ' ELSE ' FROM ' END
                   || CASE WHEN a.grantee = 0 THEN 'PUBLIC' ELSE quote_ident(pg_get_userbyid(a.grantee)) END
                   || CASE WHEN a.is_grantable THEN ' WITH GRANT OPTION' ELSE '' END
            FROM (SELECT 'pg_class'::regclass AS catalog, oid, relacl AS acl,
                         acldefault(CASE WHEN relkind = 'S' THEN 's' ELSE 'r' END::"char", relowner) AS initial
                  FROM rel WHERE relkind IN ('r', 'p', 'v', 'm', 'f', 'S')
                  UNION ALL SELECT 'pg_namespace'::regclass, n.oid, n.nspacl, acldefault('n', n.nspowner) FROM pg_namespace n
                            WHERE (n.oid >= 16384 OR n.nspname = 'public') AND n.oid NOT IN (SELECT oid FROM hidden_ns)
                  UNION ALL SELECT 'pg_proc'::regclass, oid, proacl, acldefault('f', proowner) FROM userproc
                  UNION ALL SELECT 'pg_type'::regclass, oid, typacl, acldefault('T', typowner) FROM usertype) o
            CROSS JOIN LATERAL (
              (SELECT 'GRANT' AS verb, * FROM aclexplode(COALESCE(o.acl, o.initial))
               EXCEPT SELECT 'GRANT', * FROM aclexplode(o.initial))
              UNION ALL
              (SELECT 'REVOKE', * FROM aclexplode(o.initial)
               EXCEPT SELECT 'REVOKE', * FROM aclexplode(COALESCE(o.acl, o.initial)))) a
            UNION ALL
            SELECT 'GRANT ' || a.privilege_type || ' (' || quote_ident(t.attname) || ') ON ' || r.oid::regclass::text || ' TO '
                   || CASE WHEN a.grantee = 0 THEN 'PUBLIC' ELSE quote_ident(pg_get_userbyid(a.grantee)) END
                   || CASE WHEN a.is_grantable THEN ' WITH GRANT OPTION' ELSE '' END
            FROM rel r
            JOIN pg_attribute t ON t.attrelid = r.oid AND t.attnum > 0 AND NOT t.attisdropped
            CROSS JOIN LATERAL aclexplode(t.attacl) a
            WHERE r.relkind IN ('r', 'p', 'v', 'm', 'f')
            UNION ALL
            -- One for every schema replaces acldefault (whose sequence code is 's', pg_default_acl's 'S'); one in a schema adds to it.
            SELECT 'DEFAULT PRIVILEGES FOR ROLE ' || quote_ident(pg_get_userbyid(d.defaclrole))
                   || CASE WHEN d.defaclnamespace <> 0 THEN ' IN SCHEMA ' || d.defaclnamespace::regnamespace::text ELSE '' END
                   || ' ' || a.verb || ' ' || a.privilege_type || ' ON ' || d.defaclobjtype::text
                   || CASE WHEN a.verb = 'GRANT' THEN ' TO ' ELSE ' FROM ' END
                   || CASE WHEN a.grantee = 0 THEN 'PUBLIC' ELSE quote_ident(pg_get_userbyid(a.grantee)) END
                   || CASE WHEN a.is_grantable THEN ' WITH GRANT OPTION' ELSE '' END
            FROM (SELECT *, CASE WHEN defaclnamespace = 0
                                 THEN acldefault(CASE WHEN defaclobjtype = 'S' THEN 's' ELSE defaclobjtype END::"char", defaclrole)
                                 END AS initial
                  FROM pg_default_acl) d
            CROSS JOIN LATERAL (
              (SELECT 'GRANT' AS verb, * FROM aclexplode(d.defaclacl) EXCEPT SELECT 'GRANT', * FROM aclexplode(d.initial))
              UNION ALL
              (SELECT 'REVOKE', * FROM aclexplode(d.initial) EXCEPT SELECT 'REVOKE', * FROM aclexplode(d.defaclacl))) a
            UNION ALL
            SELECT 'OBJECT ' || pg_describe_object(o.catalog, o.oid, 0)
            FROM (SELECT 'pg_cast'::regclass AS catalog, oid FROM pg_cast
                  UNION ALL SELECT 'pg_operator'::regclass, oid FROM pg_operator
                  UNION ALL SELECT 'pg_opclass'::regclass, oid FROM pg_opclass
                  UNION ALL SELECT 'pg_opfamily'::regclass, oid FROM pg_opfamily
                  UNION ALL SELECT 'pg_collation'::regclass, oid FROM pg_collation
                  UNION ALL SELECT 'pg_conversion'::regclass, oid FROM pg_conversion
                  UNION ALL SELECT 'pg_ts_config'::regclass, oid FROM pg_ts_config
                  UNION ALL SELECT 'pg_ts_dict'::regclass, oid FROM pg_ts_dict
                  UNION ALL SELECT 'pg_ts_parser'::regclass, oid FROM pg_ts_parser
                  UNION ALL SELECT 'pg_ts_template'::regclass, oid FROM pg_ts_template
                  UNION ALL SELECT 'pg_foreign_data_wrapper'::regclass, oid FROM pg_foreign_data_wrapper
                  UNION ALL SELECT 'pg_foreign_server'::regclass, oid FROM pg_foreign_server
                  UNION ALL SELECT 'pg_publication'::regclass, oid FROM pg_publication
                  UNION ALL SELECT 'pg_statistic_ext'::regclass, oid FROM pg_statistic_ext
                  UNION ALL SELECT 'pg_transform'::regclass, oid FROM pg_transform
                  UNION ALL SELECT 'pg_language'::regclass, oid FROM pg_language
                  UNION ALL SELECT 'pg_am'::regclass, oid FROM pg_am) o
            WHERE o.oid >= 16384
              AND NOT EXISTS (SELECT 1 FROM member m WHERE m.classid = o.catalog AND m.objid = o.oid)
            """;

    private CatalogFingerprint() {
    }

    /**
     * The fingerprint of the database, one object per entry, sorted and joined by newlines.
     *
     * @param excludedTables names of tables (in any schema) left out with their columns, indexes,
     *                       constraints, triggers, policies, sequences and comments
     */
    public static String of(TestDatabase db, Collection<String> excludedTables) throws SQLException {
        try (Connection connection = db.connect()) {
            return of(connection, excludedTables);
        }
    }

    /** The fingerprint as the connection sees the catalog, in its transaction; its search_path is put back after. */
    public static String of(Connection connection, Collection<String> excludedTables) throws SQLException {
        List<String> entries = new ArrayList<>();
        String searchPath;
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT current_setting('search_path'), set_config('search_path', '', false)")) {
            row.next();
            searchPath = row.getString(1);
        }
        try (PreparedStatement query = connection.prepareStatement(QUERY)) {
            Array names = connection.createArrayOf("text", excludedTables.toArray());
            query.setArray(1, names);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) entries.add(rows.getString(1).strip());
            }
        } finally {
            try (PreparedStatement restore = connection.prepareStatement("SELECT set_config('search_path', ?, false)")) {
                restore.setString(1, searchPath);
                restore.execute();
            }
        }
        entries.sort(null);
        return String.join("\n", entries);
    }
}
