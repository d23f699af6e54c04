package io.migrata.introspect;

/**
 * A kind of catalog object the schema model has no place for, so that no comparison covers it,
 * with the catalog query that finds those in the schemas read ({@link #query()}: rows of one
 * column, {@code name}, over the CTE {@code selected (oid, nspname)} of those schemas).
 * Objects an extension brings are the extension's and are not counted. Database-wide kinds
 * (event triggers, publications, casts, ...) are counted whatever the schemas.
 *
 * <p>The day the model holds a kind, its constant goes: nothing else names it.
 */
public enum UnmodeledKind {
    INHERITANCE_CHILD("inheritance child table", "inheritance child tables", relations(
            "c.relkind = 'r' AND NOT c.relispartition AND EXISTS (SELECT 1 FROM pg_inherits i WHERE i.inhrelid = c.oid)")),
    FOREIGN_TABLE("foreign table", "foreign tables", relations("c.relkind = 'f' AND NOT c.relispartition")),
    UNLOGGED_TABLE("unlogged table", "unlogged tables", relations("c.relkind IN ('r', 'p') AND c.relpersistence = 'u'")),
    STORAGE_PARAMETERS("table or index with storage parameters", "tables and indexes with storage parameters",
            relations("c.relkind IN ('r', 'p', 'm', 'i') AND c.reloptions IS NOT NULL")),
    RULE("rule", "rules", """
            SELECT s.nspname, format('%I on %I.%I', r.rulename, s.nspname, c.relname) FROM pg_rewrite r
            JOIN pg_class c ON c.oid = r.ev_class JOIN selected s ON s.oid = c.relnamespace
            WHERE r.rulename <> '_RETURN'"""),
    DISABLED_TRIGGER("trigger not in its usual firing state (disabled, replica or always)",
            "triggers not in their usual firing state (disabled, replica or always)", """
            SELECT s.nspname, format('%I on %I.%I', t.tgname, s.nspname, c.relname) FROM pg_trigger t
            JOIN pg_class c ON c.oid = t.tgrelid JOIN selected s ON s.oid = c.relnamespace
            WHERE NOT t.tgisinternal AND t.tgenabled <> 'O'"""),
    EXCLUSION_CONSTRAINT("exclusion constraint", "exclusion constraints", constraints("k.contype = 'x'")),
    NOT_VALID_CONSTRAINT("constraint marked NOT VALID (read as valid)", "constraints marked NOT VALID (read as valid)",
            constraints("NOT k.convalidated")),
    NO_INHERIT_CONSTRAINT("constraint marked NO INHERIT", "constraints marked NO INHERIT", constraints("k.contype = 'c' AND k.connoinherit")),
    STATISTICS("extended statistics object", "extended statistics objects",
            named("pg_statistic_ext", "stxname", "stxnamespace")),
    COMPOSITE_TYPE("composite type", "composite types", types(
            "t.typtype = 'c' AND EXISTS (SELECT 1 FROM pg_class r WHERE r.oid = t.typrelid AND r.relkind = 'c')")),
    RANGE_TYPE("range type", "range types", types("t.typtype = 'r'")),
    BASE_TYPE("base type", "base types", types(
            "t.typtype = 'b' AND NOT EXISTS (SELECT 1 FROM pg_type e WHERE e.typarray = t.oid)")),
    WINDOW_FUNCTION("window function", "window functions", routines("w")),
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
     * Privileges on types, domains and aggregates other than the ones they are created with. Those on tables,
     * views, sequences, schemas and functions are in the model ({@code migrata.grants}); a project
     * that leaves that setting off manages them elsewhere on purpose.
     */
    GRANT("type or aggregate with privileges granted", "types and aggregates with privileges granted", """
            SELECT s.nspname, format('type %I.%I', s.nspname, t.typname)
            FROM pg_type t JOIN selected s ON s.oid = t.typnamespace WHERE t.typacl IS NOT NULL
            UNION ALL SELECT s.nspname, format('aggregate %I.%I(%s)', s.nspname, p.proname, pg_get_function_identity_arguments(p.oid))
            FROM pg_proc p JOIN selected s ON s.oid = p.pronamespace WHERE p.prokind = 'a' AND p.proacl IS NOT NULL"""),
    OTHER_COMMENT("comment on a trigger, constraint, index or extension",
            "comments on triggers, constraints, indexes and extensions", """
            SELECT s.nspname, format('trigger %I on %I.%I', t.tgname, s.nspname, c.relname)
            FROM pg_description d JOIN pg_trigger t ON d.classoid = 'pg_trigger'::regclass AND d.objoid = t.oid
            JOIN pg_class c ON c.oid = t.tgrelid JOIN selected s ON s.oid = c.relnamespace
            UNION ALL SELECT s.nspname, format('constraint %I on %I.%I', k.conname, s.nspname, c.relname)
            FROM pg_description d JOIN pg_constraint k ON d.classoid = 'pg_constraint'::regclass AND d.objoid = k.oid
            JOIN pg_class c ON c.oid = k.conrelid JOIN selected s ON s.oid = c.relnamespace
            UNION ALL SELECT s.nspname, format('index %I.%I', s.nspname, c.relname)
            FROM pg_description d JOIN pg_class c ON d.classoid = 'pg_class'::regclass AND d.objoid = c.oid
            AND d.objsubid = 0 AND c.relkind IN ('i', 'I') JOIN selected s ON s.oid = c.relnamespace
            UNION ALL SELECT s.nspname, format('extension %I', e.extname)
            FROM pg_description d JOIN pg_extension e ON d.classoid = 'pg_extension'::regclass AND d.objoid = e.oid
            JOIN selected s ON s.oid = e.extnamespace
            WHERE d.description IS DISTINCT FROM (SELECT a.comment FROM pg_available_extensions a WHERE a.name = e.extname)"""),
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

    private final String singular;
    private final String plural;
    private final String query;

    UnmodeledKind(String singular, String plural, String query) {
        this.singular = singular;
        this.plural = plural;
        this.query = query;
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

    String query() {
        return query;
    }

    /** Tables, views and indexes of the selected schemas matching {@code condition} on {@code c} (pg_class). */
    private static String relations(String condition) {
        return "SELECT s.nspname, format('%I.%I', s.nspname, c.relname) FROM pg_class c JOIN selected s ON s.oid = c.relnamespace WHERE "
                + condition + " AND" + notInExtension("pg_class", "c.oid");
    }

    /** Constraints of tables in the selected schemas matching {@code condition} on {@code k} (pg_constraint). */
    private static String constraints(String condition) {
        return "SELECT s.nspname, format('%I on %I.%I', k.conname, s.nspname, c.relname) FROM pg_constraint k"
                + " JOIN pg_class c ON c.oid = k.conrelid JOIN selected s ON s.oid = c.relnamespace WHERE " + condition;
    }

    private static String types(String condition) {
        return "SELECT s.nspname, format('%I.%I', s.nspname, t.typname) FROM pg_type t JOIN selected s ON s.oid = t.typnamespace WHERE "
                + condition + " AND" + notInExtension("pg_type", "t.oid");
    }

    private static String routines(String prokind) {
        return "SELECT s.nspname, format('%I.%I(%s)', s.nspname, p.proname, oidvectortypes(p.proargtypes)) FROM pg_proc p"
                + " JOIN selected s ON s.oid = p.pronamespace WHERE p.prokind = '" + prokind + "' AND"
                + notInExtension("pg_proc", "p.oid");
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
