package io.migrata.codegen;

import io.migrata.schema.op.SchemaOp;

import java.util.Objects;

/**
 * A warning written as a {@code // WARNING:} comment above the statement of {@code op}, in the
 * upgrade or the downgrade, wherever {@code op} is: a hazard ("rewrites public.bills under an
 * ACCESS EXCLUSIVE lock") or a likely rename.
 */
public record OpWarning(SchemaOp op, String message) {

    public OpWarning {
        Objects.requireNonNull(op, "op is null");
        Objects.requireNonNull(message, "message is null");
    }
}
