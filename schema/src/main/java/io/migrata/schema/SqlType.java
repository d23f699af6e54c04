package io.migrata.schema;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A column or sequence type in PostgreSQL's canonical spelling, parsed once into its parts: the
 * name without modifiers ({@code character varying}, {@code timestamp with time zone},
 * {@code public.bill_status}), the type modifiers ({@code 20}, {@code 12} and {@code 2},
 * {@code Point} and {@code 4326}) and the number of array dimensions. The spelling is what
 * {@code format_type()} prints with {@code search_path} set to {@code pg_catalog}
 * ({@code character varying(20)}, {@code numeric(12,2)}, {@code timestamp(3) with time zone},
 * {@code text[]}, user types always schema-qualified); both readers produce it, so two types are
 * the same exactly when their parts are equal. {@link #ofWritten} turns the ways DDL may spell a
 * type ({@code varchar(255)}, {@code float(53)}, {@code timestamptz}) into it, for readers that
 * see DDL rather than the catalog. Which different spellings behave the same is
 * {@link TypeRules}' business, as is every other rule about types.
 *
 * <p>A spelling whose modifiers cannot be told apart from its name (a parenthesis inside a quoted
 * name, text after the modifiers that is not a time zone clause) is kept whole as the name, so
 * {@link #spelling()} always gives back exactly the text the type was made from.
 */
public record SqlType(String name, List<String> modifiers, int arrayDimensions) {

    private static final String ARRAY = "[]";


    public SqlType {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) throw new IllegalArgumentException("type name is blank");
        modifiers = List.copyOf(modifiers);
        if (arrayDimensions < 0) throw new IllegalArgumentException("negative array dimensions: " + arrayDimensions);
    }

    /** Parses a canonical spelling: {@code SqlType.of("numeric(12,2)[]")}. */
    public static SqlType of(String spelling) {
        Objects.requireNonNull(spelling, "spelling");
        if (spelling.isBlank()) throw new IllegalArgumentException("type spelling is blank");
        String rest = spelling;
        int dimensions = 0;
        while (rest.endsWith(ARRAY) && rest.length() > ARRAY.length()) {
            rest = rest.substring(0, rest.length() - ARRAY.length());
            dimensions++;
        }
        SqlType parsed = withModifiers(rest, dimensions);
        return parsed.spelling().equals(spelling) ? parsed : new SqlType(rest, List.of(), dimensions);
    }

    private static final Pattern WRITTEN_SHAPE = Pattern.compile(
            "(?<base>[a-z_][a-z0-9_ .\"]*?)\\s*(?:\\((?<args>[^)]*)\\))?\\s*(?<zone>with time zone|without time zone)?");
    private static final Pattern WRITTEN_ARRAY = Pattern.compile("(?i)(.*?)\\s+array(\\s*\\[\\d*])?$");
    private static final Pattern WRITTEN_BOUND = Pattern.compile("(.*?)\\[\\d+]$");
    /** The names DDL may use for a built-in type, each with the name {@code format_type()} prints. */
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
    /** Built-in types whose DDL name is the name {@code format_type()} prints. */
    private static final Set<String> BUILT_IN = Set.of(
            "text", "bytea", "uuid", "json", "jsonb", "date", "oid", "xml", "inet", "cidr", "macaddr",
            "macaddr8", "money", "tsvector", "tsquery", "point", "line", "lseg", "box", "path", "polygon",
            "circle", "bpchar", "name", "int4range", "int8range", "numrange", "tsrange", "tstzrange",
            "daterange", "regclass", "pg_lsn", "txid_snapshot");
    private static final int MAX_NAME_BYTES = 63;

    /**
     * The type PostgreSQL creates for a column declared with {@code written}, the way DDL may spell
     * it ({@code varchar(255)}, {@code float(53)}, {@code timestamptz}, {@code int[]},
     * {@code text array}, a user type): {@code SqlType.ofWritten("float(53)", "public")} is
     * {@code double precision}. A name that is no built-in type is a user type, qualified with
     * {@code defaultSchema} as {@code format_type()} prints it under {@code search_path = pg_catalog};
     * its parts fold to lower case unless double-quoted.
     */
    public static SqlType ofWritten(String written, String defaultSchema) {
        return of(writtenSpelling(written, defaultSchema));
    }

    private static String writtenSpelling(String written, String defaultSchema) {
        String text = written.trim().replaceAll("\\s+", " ");
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.endsWith("[]")) return writtenSpelling(text.substring(0, text.length() - 2), defaultSchema) + "[]";
        Matcher array = WRITTEN_ARRAY.matcher(text);
        if (array.matches()) return writtenSpelling(array.group(1), defaultSchema) + "[]";
        Matcher bound = WRITTEN_BOUND.matcher(text);
        if (bound.matches()) return writtenSpelling(bound.group(1), defaultSchema) + "[]";
        if (text.contains("\"")) return userType(text, defaultSchema);
        Matcher shape = WRITTEN_SHAPE.matcher(lower);
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
            default -> zone != null ? lower
                    : ALIASES.containsValue(alias) || BUILT_IN.contains(alias) || alias.startsWith("interval")
                    ? alias + parenthesized(args) : userType(text, defaultSchema);
        };
    }

    /** A user type: {@code schema.name}, each part folded unless quoted. */
    private static String userType(String text, String defaultSchema) {
        String[] parts = text.split("\\.(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)");
        String schema = parts.length > 1 ? folded(parts[0]) : defaultSchema;
        return QualifiedName.of(schema, folded(parts[parts.length - 1])).toString();
    }

    /** A name as PostgreSQL stores it: double-quoted keeps its case, otherwise ASCII letters fold; cut to 63 bytes. */
    private static String folded(String written) {
        String text = written.trim();
        boolean quoted = text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"");
        String name = quoted ? text.substring(1, text.length() - 1).replace("\"\"", "\"") : asciiLowerCase(text);
        while (name.getBytes(StandardCharsets.UTF_8).length > MAX_NAME_BYTES) {
            name = name.substring(0, name.offsetByCodePoints(name.codePointCount(0, name.length()) - 1, 0));
        }
        return name;
    }

    private static String asciiLowerCase(String text) {
        StringBuilder folded = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            folded.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
        }
        return folded.toString();
    }

    private static String parenthesized(String args) {
        return args == null ? "" : "(" + args + ")";
    }

    /** The element type's name with these modifiers, no array dimensions. */
    private static SqlType withModifiers(String text, int dimensions) {
        int open = unquotedParenthesis(text);
        if (open < 0) return new SqlType(text, List.of(), dimensions);
        int close = text.indexOf(')', open);
        if (close < 0) return new SqlType(text, List.of(), dimensions);
        List<String> modifiers = new ArrayList<>();
        for (String modifier : text.substring(open + 1, close).split(",", -1)) modifiers.add(modifier.trim());
        String name = text.substring(0, open) + text.substring(close + 1);
        return new SqlType(name, modifiers, dimensions);
    }

    private static int unquotedParenthesis(String text) {
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') quoted = !quoted;
            else if (c == '(' && !quoted) return i;
        }
        return -1;
    }

    /** A type with no modifiers and no array dimensions: {@code SqlType.named("text")}. */
    public static SqlType named(String name) {
        return new SqlType(name, List.of(), 0);
    }

    /**
     * The canonical spelling. PostgreSQL writes the modifier of {@code timestamp} and {@code time}
     * before the time zone clause ({@code timestamp(3) with time zone}), of every other type at
     * the end of its name.
     */
    public String spelling() {
        StringBuilder text = new StringBuilder();
        if (modifiers.isEmpty()) {
            text.append(name);
        } else {
            String list = "(" + String.join(",", modifiers) + ")";
            int zone = timeZoneClause();
            if (zone >= 0) text.append(name, 0, zone).append(list).append(name.substring(zone));
            else text.append(name).append(list);
        }
        text.append(ARRAY.repeat(arrayDimensions));
        return text.toString();
    }

    private int timeZoneClause() {
        for (String prefix : List.of("timestamp", "time")) {
            for (String zone : List.of(" with time zone", " without time zone")) {
                if (name.equals(prefix + zone)) return prefix.length();
            }
        }
        return -1;
    }

    public boolean isArray() {
        return arrayDimensions > 0;
    }

    /** The type of one element of this array type, or this type when it is no array. */
    public SqlType element() {
        return new SqlType(name, modifiers, 0);
    }

    /** This type as the element of an array of the same number of dimensions as {@code shape}. */
    public SqlType shapedLike(SqlType shape) {
        return new SqlType(name, modifiers, shape.arrayDimensions);
    }

    /** The same name and array dimensions without modifiers: {@code numeric} for {@code numeric(12,2)}. */
    public SqlType withoutModifiers() {
        return new SqlType(name, List.of(), arrayDimensions);
    }

    /** The modifier at {@code index} as a number, or {@code fallback} when there is none. */
    public int modifier(int index, int fallback) {
        if (index >= modifiers.size()) return fallback;
        try {
            return Integer.parseInt(modifiers.get(index));
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    @Override
    public String toString() {
        return spelling();
    }
}
