package io.migrata.schema.op;

import io.migrata.schema.PolicyDef;

import java.util.Objects;

/** {@code CREATE POLICY} on a table; after the tables and functions its expressions name. */
public record CreatePolicy(PolicyDef policy) implements SchemaOp {

    public CreatePolicy {
        Objects.requireNonNull(policy, "policy");
    }

    @Override
    public SchemaOp inverse() {
        return new DropPolicy(policy);
    }

    @Override
    public boolean isDestructive() {
        return false;
    }

    @Override
    public String describe() {
        return "create policy " + policy.describe();
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitCreatePolicy(this);
    }
}
