package io.migrata.schema.op;

import io.migrata.schema.Identifiers;
import io.migrata.schema.QualifiedName;

import java.util.Objects;

/**
 * {@code ALTER TABLE … VALIDATE CONSTRAINT}: checks the existing rows against a foreign key or
 * check added {@code NOT VALID}, under a SHARE UPDATE EXCLUSIVE lock that lets reads and writes go
 * on. It runs in a transaction of its own, after the {@code NOT VALID} constraint has committed.
 *
 * <p>Its inverse is itself: there is nothing to undo, and validating a constraint that is already
 * valid returns at once, so a downgrade may run it again harmlessly.
 */
public record ValidateConstraint(QualifiedName table, String constraint) implements SchemaOp {

    public ValidateConstraint {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(constraint, "constraint");
        if (constraint.isBlank()) throw new IllegalArgumentException("constraint name is blank");
    }

    @Override
    public SchemaOp inverse() {
        return this;
    }

    @Override
    public boolean isDestructive() {
        return false;
    }

    @Override
    public String describe() {
        return "validate constraint " + Identifiers.quote(constraint) + " on " + table;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitValidateConstraint(this);
    }
}
