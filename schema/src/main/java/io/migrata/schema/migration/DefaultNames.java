package io.migrata.schema.migration;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The names PostgreSQL gives constraints declared without one ({@code users_pkey},
 * {@code users_email_key}, {@code orders_user_id_fkey}), cut to 63 bytes the way the server
 * cuts them. A migration that leaves a name out gets this one, and generated code leaves a name
 * out exactly when it equals this one. PostgreSQL also appends a number when the name is taken;
 * such names are never left out.
 */
public final class DefaultNames {

    private static final int MAX_BYTES = 63;

    private DefaultNames() {
    }

    public static String primaryKey(String table) {
        return objectName(table, null, "pkey");
    }

    public static String unique(String table, List<String> columns) {
        return objectName(table, columnPart(columns), "key");
    }

    public static String foreignKey(String table, List<String> columns) {
        return objectName(table, columnPart(columns), "fkey");
    }

    /** The column names joined with underscores, stopping once the text is a whole name long. */
    private static String columnPart(List<String> columns) {
        StringBuilder text = new StringBuilder();
        for (String column : columns) {
            if (text.length() > 0) text.append('_');
            text.append(clip(column, MAX_BYTES));
            if (bytes(text.toString()) >= MAX_BYTES + 1) break;
        }
        return text.toString();
    }

    /** PostgreSQL's makeObjectName(): the longer of the two parts loses a byte until all fits. */
    private static String objectName(String first, String second, String label) {
        int firstBytes = bytes(first);
        int secondBytes = second == null ? 0 : bytes(second);
        int overhead = label.length() + 1 + (second == null ? 0 : 1);
        int available = MAX_BYTES - overhead;
        while (firstBytes + secondBytes > available) {
            if (firstBytes > secondBytes) {
                firstBytes--;
            } else {
                secondBytes--;
            }
        }
        String name = clip(first, firstBytes);
        if (second != null) name += "_" + clip(second, secondBytes);
        return name + "_" + label;
    }

    private static int bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }

    /** The longest prefix of at most {@code maxBytes} UTF-8 bytes that ends on a whole character. */
    private static String clip(String text, int maxBytes) {
        int used = 0;
        int end = 0;
        while (end < text.length()) {
            int codePoint = text.codePointAt(end);
            int size = bytes(new String(Character.toChars(codePoint)));
            if (used + size > maxBytes) break;
            used += size;
            end += Character.charCount(codePoint);
        }
        return text.substring(0, end);
    }
}
