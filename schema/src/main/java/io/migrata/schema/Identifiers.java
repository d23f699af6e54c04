package io.migrata.schema;

import java.util.Set;

/**
 * PostgreSQL identifier quoting, with the same rule as the server's {@code quote_ident()}: a name
 * stays bare only when it is lower case, starts with a letter or underscore, holds nothing but
 * letters, digits, underscores and dollars, and is not a reserved key word.
 */
public final class Identifiers {

    // Every key word that is not UNRESERVED in PostgreSQL 15 (pg_get_keywords() catcode <> 'U'),
    // plus those later majors added, so SQL written here parses on 13 through 18.
    private static final Set<String> RESERVED = Set.of(
            "all", "analyse", "analyze", "and", "any", "array", "as", "asc", "asymmetric",
            "authorization", "between", "bigint", "binary", "bit", "boolean", "both", "case",
            "cast", "char", "character", "check", "coalesce", "collate", "collation", "column",
            "concurrently", "constraint", "create", "cross", "current_catalog", "current_date",
            "current_role", "current_schema", "current_time", "current_timestamp", "current_user",
            "dec", "decimal", "default", "deferrable", "desc", "distinct", "do", "else", "end",
            "except", "exists", "extract", "false", "fetch", "float", "for", "foreign", "freeze",
            "from", "full", "grant", "greatest", "group", "grouping", "having", "ilike", "in",
            "initially", "inner", "inout", "int", "integer", "intersect", "interval", "into", "is",
            "isnull", "join", "json", "json_array", "json_arrayagg", "json_exists", "json_object",
            "json_objectagg", "json_query", "json_scalar", "json_serialize", "json_table",
            "json_value", "lateral", "leading", "least", "left", "like", "limit", "localtime",
            "localtimestamp", "merge_action", "national", "natural", "nchar", "none", "normalize",
            "not", "notnull", "null", "nullif", "numeric", "offset", "on", "only", "or", "order",
            "out", "outer", "overlaps", "overlay", "placing", "position", "precision", "primary",
            "real", "references", "returning", "right", "row", "select", "session_user", "setof",
            "similar", "smallint", "some", "substring", "symmetric", "system_user", "table",
            "tablesample", "then", "time", "timestamp", "to", "trailing", "treat", "trim", "true",
            "union", "unique", "user", "using", "values", "varchar", "variadic", "verbose", "when",
            "where", "window", "with", "xmlattributes", "xmlconcat", "xmlelement", "xmlexists",
            "xmlforest", "xmlnamespaces", "xmlparse", "xmlpi", "xmlroot", "xmlserialize",
            "xmltable");

    private Identifiers() {
    }

    /** The identifier as SQL text: bare where PostgreSQL allows it, otherwise double-quoted. */
    public static String quote(String identifier) {
        return needsQuotes(identifier) ? "\"" + identifier.replace("\"", "\"\"") + "\"" : identifier;
    }

    /** Always double-quoted: generated SQL quotes every identifier so no name can surprise it. */
    public static String alwaysQuote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    /** {@code "schema"."name"}. */
    public static String alwaysQuote(QualifiedName name) {
        return alwaysQuote(name.schema()) + "." + alwaysQuote(name.name());
    }

    public static boolean needsQuotes(String identifier) {
        if (identifier.isEmpty()) return true;
        char first = identifier.charAt(0);
        if (!(first >= 'a' && first <= 'z') && first != '_') return true;
        for (int i = 1; i < identifier.length(); i++) {
            char c = identifier.charAt(i);
            boolean plain = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '$';
            if (!plain) return true;
        }
        return RESERVED.contains(identifier);
    }
}
