package io.migrata.schema.op;

import io.migrata.schema.GrantDef;

import java.util.Objects;

/**
 * {@code GRANT privilege ON kind object TO role [WITH GRANT OPTION]}; for a
 * {@link GrantDef#revokedDefault() revoked default}, the {@code REVOKE} that takes it away.
 */
public record GrantPrivilege(GrantDef grant) implements SchemaOp {

    public GrantPrivilege {
        Objects.requireNonNull(grant, "grant");
    }

    @Override
    public SchemaOp inverse() {
        return new RevokePrivilege(grant);
    }

    @Override
    public boolean isDestructive() {
        return false;
    }

    @Override
    public String describe() {
        return (grant.revokedDefault() ? "revoke " : "grant ") + grant.describe();
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitGrantPrivilege(this);
    }
}
