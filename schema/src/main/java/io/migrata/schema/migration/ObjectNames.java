package io.migrata.schema.migration;

import io.migrata.schema.Identifiers;
import io.migrata.schema.QualifiedName;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How a migration names a table, view, sequence or type in a Java string: {@code "users"} is the
 * object in the default schema, {@code "billing.invoices"} names the schema too. Each part is the
 * name exactly as PostgreSQL stores it, with no case folding: {@code "Users"} is the table whose
 * stored name is {@code Users}. A part that contains a dot or a double quote is written in double
 * quotes, with {@code ""} for a quote inside: {@code "\"odd.name\""}, {@code "billing.\"a\"\"b\""}.
 *
 * <pre>{@code
 * ObjectNames names = new ObjectNames("public");
 * names.parse("billing.invoices");                        // billing.invoices
 * names.format(QualifiedName.of("public", "users"));     // users
 * }</pre>
 */
public final class ObjectNames {

    /** The schema a name without one means, unless a migration is run with another. */
    public static final String DEFAULT_SCHEMA = "public";

    private final String defaultSchema;

    public ObjectNames(String defaultSchema) {
        Objects.requireNonNull(defaultSchema, "default schema is null");
        if (defaultSchema.isEmpty()) throw new IllegalArgumentException("default schema is empty");
        this.defaultSchema = defaultSchema;
    }

    public String defaultSchema() {
        return defaultSchema;
    }

    /** The qualified name {@code text} stands for; {@code what} names it in error messages. */
    public QualifiedName parse(String text, String what) {
        Objects.requireNonNull(text, what + " name is null");
        if (text.isEmpty()) throw new IllegalArgumentException(what + " name is empty");
        List<String> parts = split(text, what);
        return parts.size() == 1 ? QualifiedName.of(defaultSchema, parts.get(0))
                : QualifiedName.of(parts.get(0), parts.get(1));
    }

    /** The shortest string {@link #parse} reads back as {@code name}. */
    public String format(QualifiedName name) {
        String object = formatPart(name.name());
        return name.schema().equals(defaultSchema) ? object : formatPart(name.schema()) + "." + object;
    }

    private static String formatPart(String part) {
        boolean plain = part.indexOf('.') < 0 && part.indexOf('"') < 0;
        return plain ? part : Identifiers.alwaysQuote(part);
    }

    private static List<String> split(String text, String what) {
        List<String> parts = new ArrayList<>();
        int at = 0;
        while (true) {
            StringBuilder part = new StringBuilder();
            if (at < text.length() && text.charAt(at) == '"') {
                at = readQuoted(text, at + 1, part, what);
            } else {
                while (at < text.length() && text.charAt(at) != '.') {
                    if (text.charAt(at) == '"') throw malformed(text, what, "a quote inside an unquoted part");
                    part.append(text.charAt(at++));
                }
            }
            if (part.length() == 0) throw malformed(text, what, "an empty part");
            parts.add(part.toString());
            if (at == text.length()) break;
            if (text.charAt(at) != '.') throw malformed(text, what, "text after a closing quote");
            at++;
        }
        if (parts.size() > 2) throw malformed(text, what, "more than two parts; quote a part that contains a dot");
        return parts;
    }

    private static int readQuoted(String text, int at, StringBuilder part, String what) {
        while (at < text.length()) {
            char c = text.charAt(at++);
            if (c != '"') {
                part.append(c);
            } else if (at < text.length() && text.charAt(at) == '"') {
                part.append('"');
                at++;
            } else {
                return at;
            }
        }
        throw malformed(text, what, "an unclosed quote");
    }

    private static IllegalArgumentException malformed(String text, String what, String problem) {
        return new IllegalArgumentException(what + " name " + text + " has " + problem);
    }
}
