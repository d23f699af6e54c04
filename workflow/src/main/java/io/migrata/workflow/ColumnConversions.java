package io.migrata.workflow;

import io.migrata.diff.DiffOptions;
import io.migrata.schema.ColumnRef;
import io.migrata.schema.QualifiedName;
import io.migrata.workflow.config.ConfigurationException;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The conversions the user gives for type changes PostgreSQL makes only with an explicit cast
 * ({@code --using}, {@code migrata.using}): {@code [schema.]table.column=EXPRESSION}, the
 * expression becoming the change's {@code USING}. Several are separated by {@code ;}, since an
 * expression holds commas. Names fold to lower case unless double-quoted, as in SQL; the schema
 * defaults to {@code public}.
 */
final class ColumnConversions {

    private static final String FORM = "write [schema.]table.column=EXPRESSION, e.g. public.files.blob=lo_from_bytea(0, blob)";

    private ColumnConversions() {
    }

    static DiffOptions apply(DiffOptions options, String setting) {
        if (setting == null) return options;
        DiffOptions with = options;
        for (String item : split(setting, ';')) {
            if (item.isBlank()) continue;
            Map.Entry<ColumnRef, String> conversion = assignment(item, "conversion", FORM);
            with = with.withConversion(conversion.getKey(), conversion.getValue());
        }
        return with;
    }

    /**
     * {@code [schema.]table.column=EXPRESSION} read into the column and the expression.
     *
     * @param what what the item is, for the message ({@code conversion})
     * @param form how to write it, for the message
     */
    static Map.Entry<ColumnRef, String> assignment(String item, String what, String form) {
        List<String> parts = split(item, '=');
        if (parts.size() < 2) throw problem(item, what, "no '='", form);
        String expression = item.substring(parts.get(0).length() + 1).strip();
        if (expression.isEmpty()) throw problem(item, what, "the expression is empty", form);
        return Map.entry(column(item, parts.get(0).strip(), what, form), expression);
    }

    private static ColumnRef column(String item, String text, String what, String form) {
        List<String> names = new ArrayList<>();
        for (String name : split(text, '.')) {
            String trimmed = name.strip();
            if (trimmed.isEmpty()) throw problem(item, what, "an empty name", form);
            names.add(trimmed.startsWith("\"") && trimmed.endsWith("\"") && trimmed.length() > 1
                    ? trimmed.substring(1, trimmed.length() - 1).replace("\"\"", "\"")
                    : trimmed.toLowerCase(Locale.ROOT));
        }
        if (names.size() < 2 || names.size() > 3) throw problem(item, what, "not a table and a column", form);
        String schema = names.size() == 3 ? names.get(0) : "public";
        return new ColumnRef(QualifiedName.of(schema, names.get(names.size() - 2)), names.get(names.size() - 1));
    }

    /** The text cut at every {@code separator} outside double quotes. */
    private static List<String> split(String text, char separator) {
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        boolean quoted = false;
        for (char c : text.toCharArray()) {
            if (c == '"') quoted = !quoted;
            if (c == separator && !quoted) {
                parts.add(part.toString());
                part.setLength(0);
            } else {
                part.append(c);
            }
        }
        parts.add(part.toString());
        return parts;
    }

    private static ConfigurationException problem(String item, String what, String wrong, String form) {
        return new ConfigurationException("cannot read the " + what + " \"" + item + "\" (" + wrong + "): " + form);
    }
}
