package io.migrata.runner.execute;

import java.util.Objects;

/**
 * One statement a revision runs. {@code transactional} is false for a statement that must run
 * outside a transaction block ({@code CREATE INDEX CONCURRENTLY}, {@code ALTER TYPE … ADD VALUE}).
 * {@code builtIndex} names the index a {@code CREATE INDEX CONCURRENTLY} builds (schema-qualified,
 * quoted), or is null: a failed concurrent build leaves that index behind INVALID, and the runner
 * drops such a leftover before it builds the index again.
 */
public record SqlStatement(String sql, boolean transactional, String builtIndex) {

    public SqlStatement {
        Objects.requireNonNull(sql, "sql");
    }

    public SqlStatement(String sql, boolean transactional) {
        this(sql, transactional, null);
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
