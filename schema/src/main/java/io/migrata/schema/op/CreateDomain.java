package io.migrata.schema.op;

import io.migrata.schema.DomainDef;

import java.util.Objects;

/** {@code CREATE DOMAIN} with its default, {@code NOT NULL} and checks; before the columns of its type. */
public record CreateDomain(DomainDef domain) implements SchemaOp {

    public CreateDomain {
        Objects.requireNonNull(domain, "domain");
    }

    @Override
    public SchemaOp inverse() {
        return new DropDomain(domain);
    }

    @Override
    public boolean isDestructive() {
        return false;
    }

    @Override
    public String describe() {
        return "create domain " + domain.name();
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitCreateDomain(this);
    }
}
