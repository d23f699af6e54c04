package io.migrata.runner.sql;

/**
 * Rewrites a statement built from catalog text so that PostgreSQL, parsing it, stores exactly the
 * text it was read from.
 *
 * <p>PostgreSQL prints most expressions in a form that parses back to itself, with one exception
 * that matters in practice: a cast the parser added on its own around an array constructor. For
 * {@code status IN ('a', 'b')} on a {@code varchar} column the parser builds
 * {@code ARRAY['a'::character varying, 'b'::character varying]} and casts the whole array to
 * {@code text[]} (varchar has no {@code =} of its own), which prints as
 * {@code (ARRAY['a'::character varying, 'b'::character varying])::text[]}, or without the
 * parentheses in a view's pretty-printed query. Parsed again, that written cast is pushed into
 * each element ({@code ARRAY[('a'::character varying)::text, ...]}), a different stored text and a
 * different {@code pg_dump}. A cast printed over a non-empty array constructor is always such an
 * added one (a cast the user writes there is pushed into the elements the first time already), so
 * leaving it out lets the parser add it again, in the same place, and the stored text comes back
 * unchanged. An empty {@code ARRAY[]} keeps its cast: it has no element type without one.
 *
 * <p>Quoted literals, quoted identifiers, dollar-quoted bodies and comments are copied unchanged.
 */
final class ReparsedText {

    private static final String ARRAY = "ARRAY[";

    private final String text;
    private final StringBuilder out = new StringBuilder();
    private int at;

    private ReparsedText(String text) {
        this.text = text;
    }

    /** {@code sql} with every cast PostgreSQL added around an array constructor left out. */
    static String of(String sql) {
        if (!sql.contains(ARRAY)) return sql;
        return new ReparsedText(sql).rewrite();
    }

    private String rewrite() {
        while (at < text.length()) {
            int skipped = skipQuoted(at);
            if (skipped > at) {
                out.append(text, at, skipped);
                at = skipped;
            } else if (text.startsWith("(" + ARRAY, at) && wordBoundaryBefore(at)) {
                castArray(at + 1, true);
            } else if (text.startsWith(ARRAY, at) && wordBoundaryBefore(at)) {
                castArray(at, false);
            } else {
                out.append(text.charAt(at++));
            }
        }
        return out.toString();
    }

    /**
     * At an array constructor starting at {@code start} (after an opening parenthesis when
     * {@code parenthesized}): writes it without the cast that follows it, if that is an added one.
     */
    private void castArray(int start, boolean parenthesized) {
        int close = closingBracket(start + ARRAY.length() - 1);
        if (close < 0) {
            out.append(text.charAt(at++));
            return;
        }
        int afterArray = close + 1;
        if (parenthesized) {
            if (!text.startsWith(")", afterArray)) {
                out.append(text.charAt(at++));
                return;
            }
            afterArray++;
        }
        String elements = text.substring(start + ARRAY.length(), close);
        int typeEnd = text.startsWith("::", afterArray) ? arrayTypeEnd(afterArray + 2) : -1;
        String array = ARRAY + of(elements) + "]";
        if (typeEnd < 0 || elements.isBlank()) {
            out.append(parenthesized ? "(" + array + ")" : array);
            at = afterArray;
        } else {
            out.append(array);
            at = typeEnd;
        }
    }

    /** The end of an array type name starting at {@code from} ({@code character varying(20)[]}), or -1 if none is there. */
    private int arrayTypeEnd(int from) {
        int i = from;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (text.startsWith("[]", i)) {
                i += 2;
                while (text.startsWith("[]", i)) i += 2;
                return i > from + 2 ? i : -1;
            }
            if (c == '"') {
                int end = text.indexOf('"', i + 1);
                while (end >= 0 && end + 1 < text.length() && text.charAt(end + 1) == '"') end = text.indexOf('"', end + 2);
                if (end < 0) return -1;
                i = end + 1;
            } else if (c == '(') {
                int end = text.indexOf(')', i);
                if (end < 0 || !text.substring(i + 1, end).matches("[0-9, ]*")) return -1;
                i = end + 1;
            } else if (Character.isLetterOrDigit(c) || c == '_' || c == '.') {
                i++;
            } else if (c == ' ' && i + 1 < text.length() && Character.isLetter(text.charAt(i + 1)) && i > from) {
                i++;
            } else {
                return -1;
            }
        }
        return -1;
    }

    /** The index of the {@code ]} closing the {@code [} at {@code open}, or -1. */
    private int closingBracket(int open) {
        int depth = 0;
        int i = open;
        while (i < text.length()) {
            int skipped = skipQuoted(i);
            if (skipped > i) {
                i = skipped;
                continue;
            }
            char c = text.charAt(i);
            if (c == '[') depth++;
            if (c == ']' && --depth == 0) return i;
            i++;
        }
        return -1;
    }

    private boolean wordBoundaryBefore(int i) {
        if (i == 0) return true;
        char c = text.charAt(i - 1);
        return !(Character.isLetterOrDigit(c) || c == '_' || c == '$' || c == '"');
    }

    /** The index after the literal, quoted name, dollar-quoted string or comment starting at {@code i}; {@code i} if none does. */
    private int skipQuoted(int i) {
        char c = text.charAt(i);
        if (c == '\'') {
            boolean escapes = i > 0 && (text.charAt(i - 1) == 'E' || text.charAt(i - 1) == 'e');
            int j = i + 1;
            while (j < text.length()) {
                char d = text.charAt(j);
                if (escapes && d == '\\') {
                    j += 2;
                } else if (d == '\'') {
                    if (j + 1 < text.length() && text.charAt(j + 1) == '\'') j += 2;
                    else return j + 1;
                } else {
                    j++;
                }
            }
            return text.length();
        }
        if (c == '"') {
            int j = i + 1;
            while (j < text.length()) {
                if (text.charAt(j) == '"') {
                    if (j + 1 < text.length() && text.charAt(j + 1) == '"') j += 2;
                    else return j + 1;
                } else {
                    j++;
                }
            }
            return text.length();
        }
        if (c == '$' && wordBoundaryBefore(i)) {
            int j = i + 1;
            while (j < text.length() && (Character.isLetter(text.charAt(j)) || text.charAt(j) == '_'
                    || (j > i + 1 && Character.isDigit(text.charAt(j))))) j++;
            if (j < text.length() && text.charAt(j) == '$') {
                String tag = text.substring(i, j + 1);
                int end = text.indexOf(tag, j + 1);
                return end < 0 ? text.length() : end + tag.length();
            }
            return i;
        }
        if (text.startsWith("--", i)) {
            int end = text.indexOf('\n', i);
            return end < 0 ? text.length() : end;
        }
        if (text.startsWith("/*", i)) {
            int end = text.indexOf("*/", i + 2);
            return end < 0 ? text.length() : end + 2;
        }
        return i;
    }
}
