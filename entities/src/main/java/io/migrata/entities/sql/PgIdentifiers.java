package io.migrata.entities.sql;

import java.nio.charset.StandardCharsets;

/**
 * How PostgreSQL turns the identifiers Hibernate writes into stored names: unquoted names fold to
 * lower case (ASCII only, as the server does for UTF-8 databases), every name is cut to 63 bytes
 * without splitting a character.
 */
public final class PgIdentifiers {

    static final int MAX_BYTES = 63;

    private PgIdentifiers() {
    }

    /** A name as written in DDL: double quotes or backticks keep its case, otherwise it folds. */
    public static String fold(String written) {
        String text = written.trim();
        if (text.length() >= 2 && (isWrapped(text, '"') || isWrapped(text, '`'))) {
            return truncate(text.substring(1, text.length() - 1).replace("\"\"", "\""));
        }
        return truncate(foldCase(text));
    }

    /**
     * A name Hibernate knows to be quoted or not, as PostgreSQL reads the SQL Hibernate writes for
     * it: Hibernate puts a quoted name between double quotes as it is, so a doubled quote inside
     * stands for one ({@code "we""ird"} is the column {@code we"ird}), and a single quote inside, or
     * any quote in an unquoted name, makes SQL in which PostgreSQL reads no such column at all.
     *
     * @throws IllegalArgumentException for such a name, saying how to write it
     */
    public static String fold(String text, boolean quoted) {
        if (!quoted) {
            if (text.indexOf('"') >= 0) throw unreadable(text, text);
            return truncate(foldCase(text));
        }
        StringBuilder name = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                if (i + 1 >= text.length() || text.charAt(i + 1) != '"') throw unreadable(text, '"' + text + '"');
                i++;
            }
            name.append(c);
        }
        return truncate(name.toString());
    }

    private static IllegalArgumentException unreadable(String name, String written) {
        return new IllegalArgumentException("Hibernate writes the name " + name + " as " + written + " in its SQL, which"
                + " PostgreSQL does not read as one name: double each quote inside a quoted name"
                + " (@Column(name = \"\\\"a\\\"\\\"b\\\"\") is the column a\"b) or leave the quote out");
    }

    static String foldCase(String text) {
        StringBuilder folded = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            folded.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
        }
        return folded.toString();
    }

    public static String truncate(String name) {
        return clip(name, MAX_BYTES);
    }

    /** The longest prefix of {@code text} that fits in {@code maxBytes} UTF-8 bytes. */
    static String clip(String text, int maxBytes) {
        if (byteLength(text) <= maxBytes) return text;
        int bytes = 0;
        int end = 0;
        while (end < text.length()) {
            int codePoint = text.codePointAt(end);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (bytes + size > maxBytes) break;
            bytes += size;
            end += Character.charCount(codePoint);
        }
        return text.substring(0, end);
    }

    static int byteLength(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }

    private static boolean isWrapped(String text, char quote) {
        return text.charAt(0) == quote && text.charAt(text.length() - 1) == quote;
    }
}
