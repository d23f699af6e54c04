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

    /** A name Hibernate knows to be quoted or not. */
    public static String fold(String text, boolean quoted) {
        return truncate(quoted ? text : foldCase(text));
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
