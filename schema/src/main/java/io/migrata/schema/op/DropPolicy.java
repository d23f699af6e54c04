package io.migrata.schema.op;

import io.migrata.schema.PolicyDef;

import java.util.Objects;

/** {@code DROP POLICY … ON …}; carries the whole policy so the inverse can create it again. */
public record DropPolicy(PolicyDef policy) implements SchemaOp {

    public DropPolicy {
        Objects.requireNonNull(policy, "policy");
    }

    @Override
    public SchemaOp inverse() {
        return new CreatePolicy(policy);
    }

    @Override
    public boolean isDestructive() {
        return false;
    }

    @Override
    public String describe() {
        return "drop policy " + policy.describe();
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitDropPolicy(this);
    }
}
