package io.migrata.codegen;

import io.migrata.schema.op.SchemaOp;

import java.util.Objects;

/**
 * A warning written as a {@code // WARNING:} (or, explaining the online plan, {@code // ONLINE:}) comment above the statement of {@code op}, in the
 * upgrade or the downgrade, wherever {@code op} is: a hazard ("rewrites public.bills under an
 * ACCESS EXCLUSIVE lock") or a likely rename.
 */
public record OpWarning(SchemaOp op, String label, String message) {

    public OpWarning {
        Objects.requireNonNull(op, "op is null");
        Objects.requireNonNull(label, "label is null");
        Objects.requireNonNull(message, "message is null");
    }

    /** A {@code // WARNING:}. */
    public OpWarning(SchemaOp op, String message) {
        this(op, "WARNING", message);
    }

    /** A {@code // ONLINE:} comment: why an op of the online plan is written the way it is. */
    public static OpWarning online(SchemaOp op, String reason) {
        return new OpWarning(op, "ONLINE", reason);
    }
}
