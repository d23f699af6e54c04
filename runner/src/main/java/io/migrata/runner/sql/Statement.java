package io.migrata.runner.sql;

import io.migrata.schema.op.SchemaOp;

import java.util.Objects;

/**
 * One SQL statement rendered from an op, without a trailing semicolon.
 *
 * <p>{@code transactional} is false for a statement the runner must run on its own, outside the
 * migration's transaction, committing what came before it: statements PostgreSQL refuses inside a
 * transaction block ({@code CREATE INDEX CONCURRENTLY}), statements whose effect the same
 * transaction cannot use ({@code ALTER TYPE … ADD VALUE}: a new label is unusable until committed),
 * and the {@code VALIDATE CONSTRAINT} of the online strategy, which only helps once the
 * {@code NOT VALID} constraint before it has committed and released its lock.
 *
 * @param source the op this statement was rendered from
 */
public record Statement(String sql, boolean transactional, SchemaOp source) {

    public Statement {
        Objects.requireNonNull(sql, "sql");
        Objects.requireNonNull(source, "source");
        if (sql.isBlank()) throw new IllegalArgumentException("statement is blank");
    }
}
