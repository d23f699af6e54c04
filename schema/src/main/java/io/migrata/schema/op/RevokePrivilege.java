package io.migrata.schema.op;

import io.migrata.schema.GrantDef;

import java.util.Objects;

/**
 * {@code REVOKE privilege ON kind object FROM role}; carries the grant option so the inverse grants
 * it again. For a {@link GrantDef#revokedDefault() revoked default}, the {@code GRANT} that restores it.
 */
public record RevokePrivilege(GrantDef grant) implements SchemaOp {

    public RevokePrivilege {
        Objects.requireNonNull(grant, "grant");
    }

    @Override
    public SchemaOp inverse() {
        return new GrantPrivilege(grant);
    }

    @Override
    public boolean isDestructive() {
        return false;
    }

    @Override
    public String describe() {
        return (grant.revokedDefault() ? "restore " : "revoke ") + grant.describe();
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitRevokePrivilege(this);
    }
}
