package io.migrata.runner.execute;

import java.util.Objects;

/**
 * One statement a revision runs. {@code transactional} is false for a statement that must run
 * outside a transaction block ({@code CREATE INDEX CONCURRENTLY}, {@code ALTER TYPE … ADD VALUE}).
 */
public record SqlStatement(String sql, boolean transactional) {

    public SqlStatement {
        Objects.requireNonNull(sql, "sql");
    }

    /** The statement folded onto one line and cut short, for messages. */
    public String brief() {
        String folded = sql.strip().replaceAll("\\s+", " ");
        return folded.length() <= 300 ? folded : folded.substring(0, 297) + "...";
    }

    /** The statement with exactly one terminating semicolon, for scripts. */
    public String terminated() {
        String text = sql.strip();
        return text.endsWith(";") ? text : text + ";";
    }
}
