package io.migrata.runner.execute;

import io.migrata.schema.op.SchemaOp;

import java.util.Objects;

/**
 * One statement a revision runs. {@code transactional} is false for a statement that must run
 * outside a transaction block ({@code CREATE INDEX CONCURRENTLY}, {@code ALTER TYPE … ADD VALUE}).
 *
 * @param source the op it was rendered from, which tells a rerun what a killed run may have left
 */
public record SqlStatement(String sql, boolean transactional, SchemaOp source) {

    public SqlStatement {
        Objects.requireNonNull(sql, "sql");
        Objects.requireNonNull(source, "source");
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
