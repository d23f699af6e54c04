package io.migrata.workflow;

import io.migrata.diff.DiffOptions;
import io.migrata.schema.ColumnRef;
import io.migrata.schema.QualifiedName;
import io.migrata.workflow.config.ConfigurationException;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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
            List<String> parts = split(item, '=');
            if (parts.size() < 2) throw problem(item, "no '='");
            String using = item.substring(parts.get(0).length() + 1).strip();
            if (using.isEmpty()) throw problem(item, "the expression is empty");
            with = with.withConversion(column(item, parts.get(0).strip()), using);
        }
        return with;
    }

    private static ColumnRef column(String item, String text) {
        List<String> names = new ArrayList<>();
        for (String name : split(text, '.')) {
            String trimmed = name.strip();
            if (trimmed.isEmpty()) throw problem(item, "an empty name");
            names.add(trimmed.startsWith("\"") && trimmed.endsWith("\"") && trimmed.length() > 1
                    ? trimmed.substring(1, trimmed.length() - 1).replace("\"\"", "\"")
                    : trimmed.toLowerCase(Locale.ROOT));
        }
        if (names.size() < 2 || names.size() > 3) throw problem(item, "not a table and a column");
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

    private static ConfigurationException problem(String item, String what) {
        return new ConfigurationException("cannot read the conversion \"" + item + "\" (" + what + "): " + FORM);
    }
}
