package io.migrata.schema;

/**
 * PostgreSQL string literals that read the same whatever {@code standard_conforming_strings} is:
 * text without a backslash is a plain literal with its quotes doubled, which both settings read
 * alike; text with one becomes an escape string ({@code E'…'}), in which a backslash means an
 * escape under either setting, with each backslash and quote doubled. Every literal Migrata writes
 * into SQL (rendered operations, version rows, offline scripts) and shows as SQL comes from here.
 *
 * <pre>{@code
 * SqlLiterals.quote("it's")     // 'it''s'
 * SqlLiterals.quote("C:\\tmp")  // E'C:\\tmp'
 * }</pre>
 */
public final class SqlLiterals {

    private SqlLiterals() {
    }

    /** The literal of the text; {@code NULL} for null. */
    public static String quote(String text) {
        if (text == null) return "NULL";
        String quoted = text.replace("'", "''");
        return text.indexOf('\\') < 0 ? "'" + quoted + "'" : "E'" + quoted.replace("\\", "\\\\") + "'";
    }
}
