package io.migrata.diff.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Hand-written SQL cut into statements and reduced to what the lint rules read: comments removed,
 * string literals, quoted identifiers and dollar-quoted bodies blanked (so a rule never fires on a
 * word inside them), whitespace collapsed, upper case.
 *
 * @param original each statement as written, trimmed
 * @param shape    the same statement reduced for the rules
 */
record SqlStatements(List<String> original, List<String> shape) {

    static SqlStatements of(String sql) {
        List<String> original = new ArrayList<>();
        List<String> shape = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        StringBuilder reduced = new StringBuilder();
        int i = 0;
        int n = sql.length();
        while (i < n) {
            char c = sql.charAt(i);
            if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
                int end = sql.indexOf('\n', i);
                i = end < 0 ? n : end;
                reduced.append(' ');
                continue;
            }
            if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
                int end = sql.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
                reduced.append(' ');
                continue;
            }
            if (c == '\'' || c == '"') {
                int end = closing(sql, i, c);
                text.append(sql, i, end);
                reduced.append(c == '\'' ? " '' " : " \"\" ");
                i = end;
                continue;
            }
            if (c == '$') {
                int tagEnd = sql.indexOf('$', i + 1);
                if (tagEnd > 0 && sql.substring(i + 1, tagEnd).matches("[A-Za-z_0-9]*")) {
                    String tag = sql.substring(i, tagEnd + 1);
                    int end = sql.indexOf(tag, tagEnd + 1);
                    end = end < 0 ? n : end + tag.length();
                    text.append(sql, i, end);
                    reduced.append(" $$ ");
                    i = end;
                    continue;
                }
            }
            if (c == ';') {
                add(original, shape, text, reduced);
                i++;
                continue;
            }
            text.append(c);
            reduced.append(c);
            i++;
        }
        add(original, shape, text, reduced);
        return new SqlStatements(original, shape);
    }

    private static int closing(String sql, int start, char quote) {
        int i = start + 1;
        while (i < sql.length()) {
            if (sql.charAt(i) == quote) {
                if (i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        return sql.length();
    }

    private static void add(List<String> original, List<String> shape, StringBuilder text, StringBuilder reduced) {
        String statement = text.toString().strip();
        String form = reduced.toString().replaceAll("\\s+", " ").strip().toUpperCase(Locale.ROOT);
        if (!form.isEmpty()) {
            original.add(statement);
            shape.add(form);
        }
        text.setLength(0);
        reduced.setLength(0);
    }
}
