package io.migrata.schema.op;

import io.migrata.schema.DomainDef;

import java.util.Objects;

/**
 * {@code DROP DOMAIN} (never {@code CASCADE}: the columns of its type are dropped or changed by
 * their own ops first). Carries the whole domain so the inverse can create it again.
 */
public record DropDomain(DomainDef domain) implements SchemaOp {

    public DropDomain {
        Objects.requireNonNull(domain, "domain");
    }

    @Override
    public SchemaOp inverse() {
        return new CreateDomain(domain);
    }

    @Override
    public boolean isDestructive() {
        return false;
    }

    @Override
    public String describe() {
        return "drop domain " + domain.name();
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitDropDomain(this);
    }
}
