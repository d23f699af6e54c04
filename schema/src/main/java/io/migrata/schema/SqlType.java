package io.migrata.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A column or sequence type in PostgreSQL's canonical spelling, parsed once into its parts: the
 * name without modifiers ({@code character varying}, {@code timestamp with time zone},
 * {@code public.bill_status}), the type modifiers ({@code 20}, {@code 12} and {@code 2},
 * {@code Point} and {@code 4326}) and the number of array dimensions. The spelling is what
 * {@code format_type()} prints with {@code search_path} set to {@code pg_catalog}
 * ({@code character varying(20)}, {@code numeric(12,2)}, {@code timestamp(3) with time zone},
 * {@code text[]}, user types always schema-qualified); both readers produce it, so two types are
 * the same exactly when their parts are equal. Which different spellings behave the same is
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
