package io.migrata.introspect;

import java.util.List;

/**
 * A kind of catalog object the schema model has no place for, so that no comparison covers it.
 * Most kinds are a condition on one catalog scan they share with others ({@link Scan}: the census
 * reads {@code pg_class}, {@code pg_constraint}, {@code pg_type} and {@code pg_proc} once each, not
 * once per kind); the rest carry a whole query of their own (rows of {@code schema, name} over the
 * CTE {@code selected (oid, nspname)} of the schemas read). Objects an extension brings are the
 * extension's and are not counted. Database-wide kinds (event triggers, publications, casts, ...)
 * are counted whatever the schemas.
 *
 * <p>The day the model holds a kind, its constant goes: nothing else names it.
 */
public enum UnmodeledKind {
    /** IN rather than EXISTS: on a shared scan the condition runs for every table, and IN hashes pg_inherits once. */
    INHERITANCE_CHILD("inheritance child table", "inheritance child tables", Scan.RELATIONS,
            "c.relkind = 'r' AND NOT c.relispartition AND c.oid IN (SELECT i.inhrelid FROM pg_inherits i)"),
    FOREIGN_TABLE("foreign table", "foreign tables", Scan.RELATIONS, "c.relkind = 'f' AND NOT c.relispartition"),
    UNLOGGED_TABLE("unlogged table", "unlogged tables", Scan.RELATIONS, "c.relkind IN ('r', 'p') AND c.relpersistence = 'u'"),
    STORAGE_PARAMETERS("table or index with storage parameters", "tables and indexes with storage parameters",
            Scan.RELATIONS, "c.relkind IN ('r', 'p', 'm', 'i') AND c.reloptions IS NOT NULL"),
    /** A partition is read with its parent's columns, so a default or NOT NULL of its own is not. */
    PARTITION_COLUMN("partition column whose default or NOT NULL differs from its parent's",
            "partition columns whose default or NOT NULL differs from their parent's", """
            SELECT s.nspname, format('%I.%I.%I', s.nspname, c.relname, a.attname) FROM pg_class c
            JOIN selected s ON s.oid = c.relnamespace
            JOIN pg_inherits i ON i.inhrelid = c.oid
            JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
            JOIN pg_attribute p ON p.attrelid = i.inhparent AND p.attname = a.attname
            LEFT JOIN pg_attrdef d ON d.adrelid = c.oid AND d.adnum = a.attnum
            LEFT JOIN pg_attrdef pd ON pd.adrelid = p.attrelid AND pd.adnum = p.attnum
            WHERE c.relispartition AND (a.attnotnull <> p.attnotnull
                OR pg_get_expr(d.adbin, d.adrelid) IS DISTINCT FROM pg_get_expr(pd.adbin, pd.adrelid))"""),
    RULE("rule", "rules", """
            SELECT s.nspname, format('%I on %I.%I', r.rulename, s.nspname, c.relname) FROM pg_rewrite r
            JOIN pg_class c ON c.oid = r.ev_class JOIN selected s ON s.oid = c.relnamespace
            WHERE r.rulename <> '_RETURN'"""),
    DISABLED_TRIGGER("trigger not in its usual firing state (disabled, replica or always)",
            "triggers not in their usual firing state (disabled, replica or always)", """
            SELECT s.nspname, format('%I on %I.%I', t.tgname, s.nspname, c.relname) FROM pg_trigger t
            JOIN pg_class c ON c.oid = t.tgrelid JOIN selected s ON s.oid = c.relnamespace
            WHERE NOT t.tgisinternal AND t.tgenabled <> 'O'"""),
    EXCLUSION_CONSTRAINT("exclusion constraint", "exclusion constraints", Scan.CONSTRAINTS, "k.contype = 'x'"),
    NOT_VALID_CONSTRAINT("constraint marked NOT VALID (read as valid)", "constraints marked NOT VALID (read as valid)",
            Scan.CONSTRAINTS, "NOT k.convalidated"),
    NO_INHERIT_CONSTRAINT("constraint marked NO INHERIT", "constraints marked NO INHERIT", Scan.CONSTRAINTS, "k.contype = 'c' AND k.connoinherit"),
    STATISTICS("extended statistics object", "extended statistics objects",
            named("pg_statistic_ext", "stxname", "stxnamespace")),
    COMPOSITE_TYPE("composite type", "composite types", Scan.TYPES,
            "t.typtype = 'c' AND EXISTS (SELECT 1 FROM pg_class r WHERE r.oid = t.typrelid AND r.relkind = 'c')"),
    RANGE_TYPE("range type", "range types", Scan.TYPES, "t.typtype = 'r'"),
    /** Not an array type PostgreSQL made for another; typarray is never null (0 for none), so NOT IN is safe and hashed once. */
    BASE_TYPE("base type", "base types", Scan.TYPES,
            "t.typtype = 'b' AND t.oid NOT IN (SELECT e.typarray FROM pg_type e)"),
    WINDOW_FUNCTION("window function", "window functions", Scan.ROUTINES, "p.prokind = 'w'"),
    OPERATOR("operator", "operators", """
            SELECT s.nspname, format('%I.%s(%s, %s)', s.nspname, o.oprname, format_type(o.oprleft, NULL), format_type(o.oprright, NULL))
            FROM pg_operator o JOIN selected s ON s.oid = o.oprnamespace
            WHERE""" + notInExtension("pg_operator", "o.oid")),
    OPERATOR_CLASS("operator class", "operator classes", named("pg_opclass", "opcname", "opcnamespace")),
    OPERATOR_FAMILY("operator family", "operator families", named("pg_opfamily", "opfname", "opfnamespace")),
    COLLATION("collation", "collations", named("pg_collation", "collname", "collnamespace")),
    CONVERSION("conversion", "conversions", named("pg_conversion", "conname", "connamespace")),
    TEXT_SEARCH_CONFIGURATION("text search configuration", "text search configurations",
            named("pg_ts_config", "cfgname", "cfgnamespace")),
    TEXT_SEARCH_DICTIONARY("text search dictionary", "text search dictionaries", named("pg_ts_dict", "dictname", "dictnamespace")),
    /**
     * Privileges on types and domains other than the ones they are created with. Those on tables,
     * views, sequences, schemas, functions and aggregates are in the model ({@code migrata.grants}); a project
     * that leaves that setting off manages them elsewhere on purpose.
     */
    GRANT("type with privileges granted", "types with privileges granted", """
            SELECT s.nspname, format('type %I.%I', s.nspname, t.typname)
            FROM pg_type t JOIN selected s ON s.oid = t.typnamespace WHERE t.typacl IS NOT NULL"""),
    /** A trigger a partition inherits is not read, so neither is a comment given to it there. */
    OTHER_COMMENT("comment on a constraint, index or inherited trigger",
            "comments on constraints, indexes and inherited triggers", """
            SELECT s.nspname, format('trigger %I on %I.%I', t.tgname, s.nspname, c.relname)
            FROM pg_description d JOIN pg_trigger t ON d.classoid = 'pg_trigger'::regclass AND d.objoid = t.oid
            AND t.tgparentid <> 0 JOIN pg_class c ON c.oid = t.tgrelid JOIN selected s ON s.oid = c.relnamespace
            UNION ALL SELECT s.nspname, format('constraint %I on %I.%I', k.conname, s.nspname, c.relname)
            FROM pg_description d JOIN pg_constraint k ON d.classoid = 'pg_constraint'::regclass AND d.objoid = k.oid
            JOIN pg_class c ON c.oid = k.conrelid JOIN selected s ON s.oid = c.relnamespace
            UNION ALL SELECT s.nspname, format('index %I.%I', s.nspname, c.relname)
            FROM pg_description d JOIN pg_class c ON d.classoid = 'pg_class'::regclass AND d.objoid = c.oid
            AND d.objsubid = 0 AND c.relkind IN ('i', 'I') JOIN selected s ON s.oid = c.relnamespace"""),
    EVENT_TRIGGER("event trigger", "event triggers", "SELECT NULL::name, format('%I', evtname) FROM pg_event_trigger x WHERE"
            + notInExtension("pg_event_trigger", "x.oid")),
    PUBLICATION("publication", "publications", "SELECT NULL::name, format('%I', pubname) FROM pg_publication"),
    FOREIGN_SERVER("foreign server", "foreign servers", "SELECT NULL::name, format('%I', srvname) FROM pg_foreign_server x WHERE"
            + notInExtension("pg_foreign_server", "x.oid")),
    FOREIGN_DATA_WRAPPER("foreign-data wrapper", "foreign-data wrappers", "SELECT NULL::name, format('%I', fdwname) FROM pg_foreign_data_wrapper x WHERE"
            + notInExtension("pg_foreign_data_wrapper", "x.oid")),
    CAST("cast", "casts", """
            SELECT NULL::name, format('(%s AS %s)', format_type(x.castsource, NULL), format_type(x.casttarget, NULL)) FROM pg_cast x
            WHERE x.oid >= 16384
              AND NOT EXISTS (SELECT 1 FROM pg_depend i WHERE i.classid = 'pg_cast'::regclass AND i.objid = x.oid
                              AND i.deptype = 'i')
              AND""" + notInExtension("pg_cast", "x.oid")),
    LANGUAGE("procedural language", "procedural languages", "SELECT NULL::name, format('%I', lanname) FROM pg_language x"
            + " WHERE x.oid >= 16384 AND" + notInExtension("pg_language", "x.oid"));

    /**
     * A catalog scan several kinds share: which rows it reads, how it names one, and whether objects
     * an extension brings are left out. A kind on a scan is a condition on that scan's aliases.
     */
    enum Scan {
        /** Tables, views and indexes, as {@code c}. */
        RELATIONS("pg_class c JOIN selected s ON s.oid = c.relnamespace", "format('%I.%I', s.nspname, c.relname)",
                "c.oid", "pg_class"),
        /** Constraints of tables, as {@code k} (the table {@code c}); a constraint belongs to its table, never to an extension. */
        CONSTRAINTS("pg_constraint k JOIN pg_class c ON c.oid = k.conrelid JOIN selected s ON s.oid = c.relnamespace",
                "format('%I on %I.%I', k.conname, s.nspname, c.relname)", null, null),
        /** Types, as {@code t}. */
        TYPES("pg_type t JOIN selected s ON s.oid = t.typnamespace", "format('%I.%I', s.nspname, t.typname)", "t.oid", "pg_type"),
        /** Functions, procedures and aggregates, as {@code p}. */
        ROUTINES("pg_proc p JOIN selected s ON s.oid = p.pronamespace",
                "format('%I.%I(%s)', s.nspname, p.proname, oidvectortypes(p.proargtypes))", "p.oid", "pg_proc"),
        /** None: the kind's text is a whole query. */
        OWN(null, null, null, null);

        private final String from;
        private final String name;
        private final String oid;
        private final String catalog;

        Scan(String from, String name, String oid, String catalog) {
            this.from = from;
            this.name = name;
            this.oid = oid;
            this.catalog = catalog;
        }

        /**
         * One query for all of {@code kinds} (each on this scan): rows of {@code kind, schema, name},
         * one per object and kind it is, so an unlogged table with storage parameters is counted under both.
         */
        String query(List<UnmodeledKind> kinds) {
            StringBuilder tags = new StringBuilder();
            StringBuilder any = new StringBuilder();
            for (UnmodeledKind kind : kinds) {
                tags.append(tags.isEmpty() ? "" : ", ").append("CASE WHEN ").append(kind.sql).append(" THEN '")
                        .append(kind.name()).append("' END");
                any.append(any.isEmpty() ? "(" : " OR (").append(kind.sql).append(")");
            }
            return "SELECT kind, schema, name FROM (SELECT s.nspname AS schema, " + name + " AS name, ARRAY[" + tags
                    + "] AS kinds FROM " + from + " WHERE (" + any + ")" + (oid == null ? "" : " AND" + notInExtension(catalog, oid))
                    + ") AS matched CROSS JOIN LATERAL unnest(matched.kinds) AS kind WHERE kind IS NOT NULL";
        }
    }

    private final String singular;
    private final String plural;
    private final Scan scan;
    private final String sql;

    UnmodeledKind(String singular, String plural, String query) {
        this(singular, plural, Scan.OWN, query);
    }

    UnmodeledKind(String singular, String plural, Scan scan, String condition) {
        this.singular = singular;
        this.plural = plural;
        this.scan = scan;
        this.sql = condition;
    }

    /** {@code event trigger} */
    public String singular() {
        return singular;
    }

    /** {@code event triggers} */
    public String plural() {
        return plural;
    }

    /** {@code 1 rule}, {@code 2 event triggers} */
    public String count(int count) {
        return count + " " + (count == 1 ? singular : plural);
    }

    Scan scan() {
        return scan;
    }

    /** For {@link Scan#OWN}, rows of {@code schema, name}; otherwise a condition on the scan's aliases. */
    String sql() {
        return sql;
    }

    /** Objects of a catalog with a name and a schema column, outside extensions. */
    private static String named(String catalog, String nameColumn, String schemaColumn) {
        return "SELECT s.nspname, format('%I.%I', s.nspname, x." + nameColumn + ") FROM " + catalog + " x JOIN selected s ON s.oid = x."
                + schemaColumn + " WHERE" + notInExtension(catalog, "x.oid");
    }

    private static String notInExtension(String catalog, String oid) {
        return " NOT EXISTS (SELECT 1 FROM pg_depend e WHERE e.classid = '" + catalog + "'::regclass AND e.objid = " + oid
                + " AND e.deptype = 'e')";
    }
}
