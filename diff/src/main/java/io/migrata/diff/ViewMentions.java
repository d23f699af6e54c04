package io.migrata.diff;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The names a view's query (or a check or index expression) mentions. The text is not parsed, so
 * this over-approximates on purpose: every identifier in it counts (a table is mentioned by its
 * bare name as well as schema-qualified, and a column named like a table counts too). A false
 * mention only costs a view or constraint that is dropped and created again when it need not be; a
 * missed one would make PostgreSQL refuse the migration, or drop the constraint silently.
 */
final class ViewMentions {

    private ViewMentions() {
    }

    /** Every identifier outside string literals: unquoted ones folded to lower case, quoted ones as written. */
    static Set<String> identifiers(String query) {
        Set<String> names = new HashSet<>();
        int i = 0;
        int length = query.length();
        while (i < length) {
            char c = query.charAt(i);
            if (c == '\'') {
                i = skipQuoted(query, i, '\'', null);
            } else if (c == '"') {
                StringBuilder name = new StringBuilder();
                i = skipQuoted(query, i, '"', name);
                names.add(name.toString());
            } else if (Character.isLetter(c) || c == '_') {
                int start = i;
                while (i < length && (Character.isLetterOrDigit(query.charAt(i)) || query.charAt(i) == '_'
                        || query.charAt(i) == '$')) {
                    i++;
                }
                names.add(query.substring(start, i).toLowerCase(Locale.ROOT));
            } else {
                i++;
            }
        }
        return names;
    }

    /** Skips a quoted run starting at {@code start} (a doubled quote stands for one) and collects its text. */
    private static int skipQuoted(String query, int start, char quote, StringBuilder into) {
        int i = start + 1;
        while (i < query.length()) {
            char c = query.charAt(i);
            if (c == quote) {
                if (i + 1 < query.length() && query.charAt(i + 1) == quote) {
                    if (into != null) into.append(quote);
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            if (into != null) into.append(c);
            i++;
        }
        return i;
    }
}
