package io.migrata.entities.sql;

import io.migrata.schema.QualifiedName;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a type as Hibernate writes it in DDL ({@code varchar(255)}, {@code float(53)},
 * {@code timestamp(6) with time zone}, a {@code columnDefinition}) into the spelling
 * {@code format_type()} prints for the column PostgreSQL creates from it.
 */
public final class TypeSpelling {

    private static final Pattern SHAPE = Pattern.compile(
            "(?<base>[a-z_][a-z0-9_ .\"]*?)\\s*(?:\\((?<args>[^)]*)\\))?\\s*(?<zone>with time zone|without time zone)?");

    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("int2", "smallint"), Map.entry("smallint", "smallint"),
            Map.entry("int", "integer"), Map.entry("int4", "integer"), Map.entry("integer", "integer"),
            Map.entry("int8", "bigint"), Map.entry("bigint", "bigint"),
            Map.entry("float4", "real"), Map.entry("real", "real"),
            Map.entry("float8", "double precision"), Map.entry("double precision", "double precision"),
            Map.entry("bool", "boolean"), Map.entry("boolean", "boolean"),
            Map.entry("varchar", "character varying"), Map.entry("character varying", "character varying"),
            Map.entry("varbit", "bit varying"), Map.entry("bit varying", "bit varying"),
            Map.entry("decimal", "numeric"), Map.entry("numeric", "numeric"),
            Map.entry("timestamptz", "timestamptz"), Map.entry("timetz", "timetz"));

    private TypeSpelling() {
    }

    /**
     * The canonical spelling; a bare name that is not a built-in type is a user type, qualified with
     * {@code defaultSchema} as {@code format_type()} does under {@code search_path = pg_catalog}.
     */
    public static String canonical(String written, String defaultSchema) {
        String text = written.trim().replaceAll("\\s+", " ");
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.endsWith("[]")) return canonical(text.substring(0, text.length() - 2), defaultSchema) + "[]";
        Matcher array = Pattern.compile("(?i)(.*?)\\s+array(\\s*\\[\\d*])?$").matcher(text);
        if (array.matches()) return canonical(array.group(1), defaultSchema) + "[]";
        Matcher arrayBound = Pattern.compile("(.*?)\\[\\d+]$").matcher(text);
        if (arrayBound.matches()) return canonical(arrayBound.group(1), defaultSchema) + "[]";
        if (text.contains("\"")) return qualified(text, defaultSchema);

        Matcher shape = SHAPE.matcher(lower);
        if (!shape.matches()) return lower;
        String base = shape.group("base").trim();
        String args = shape.group("args") == null ? null : shape.group("args").replace(" ", "");
        String zone = shape.group("zone");
        String alias = ALIASES.getOrDefault(base, base);
        return switch (alias) {
            case "character varying", "bit varying" -> alias + parenthesized(args);
            case "char", "character" -> "character(" + (args == null ? "1" : args) + ")";
            case "bit" -> "bit(" + (args == null ? "1" : args) + ")";
            case "numeric" -> args == null ? "numeric" : "numeric(" + (args.contains(",") ? args : args + ",0") + ")";
            case "float" -> args == null || Integer.parseInt(args) > 24 ? "double precision" : "real";
            case "timestamp", "time" -> alias + parenthesized(args) + " " + (zone == null ? "without time zone" : zone);
            case "timestamptz" -> "timestamp" + parenthesized(args) + " with time zone";
            case "timetz" -> "time" + parenthesized(args) + " with time zone";
            default -> zone != null ? lower : builtIn(alias, args).orElseGet(() -> qualified(text, defaultSchema));
        };
    }

    private static Optional<String> builtIn(String name, String args) {
        if (ALIASES.containsValue(name) || BUILT_IN.contains(name) || name.startsWith("interval")) {
            return Optional.of(name + parenthesized(args));
        }
        return Optional.empty();
    }

    private static final Set<String> BUILT_IN = Set.of(
            "text", "bytea", "uuid", "json", "jsonb", "date", "oid", "xml", "inet", "cidr", "macaddr",
            "macaddr8", "money", "tsvector", "tsquery", "point", "line", "lseg", "box", "path", "polygon",
            "circle", "bpchar", "name", "int4range", "int8range", "numrange", "tsrange", "tstzrange",
            "daterange", "regclass", "pg_lsn", "txid_snapshot");

    /** A user type: {@code schema.name}, each part folded unless quoted. */
    private static String qualified(String text, String defaultSchema) {
        String[] parts = text.split("\\.(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)");
        String schema = parts.length > 1 ? PgIdentifiers.fold(parts[0]) : defaultSchema;
        String name = PgIdentifiers.fold(parts[parts.length - 1]);
        return QualifiedName.of(schema, name).toString();
    }

    private static String parenthesized(String args) {
        return args == null ? "" : "(" + args + ")";
    }
}
