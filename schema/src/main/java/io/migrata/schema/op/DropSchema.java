package io.migrata.schema.op;

import io.migrata.schema.Identifiers;

import java.util.Objects;

/**
 * {@code DROP SCHEMA} of an empty schema (never {@code CASCADE}: its objects are dropped by their
 * own ops first, so each can be restored). Not destructive, since an empty schema holds no data.
 */
public record DropSchema(String name) implements SchemaOp {

    public DropSchema {
        Objects.requireNonNull(name, "name");
        if (name.isEmpty()) throw new IllegalArgumentException("schema name is empty");
    }

    @Override
    public SchemaOp inverse() {
        return new CreateSchema(name);
    }

    @Override
    public boolean isDestructive() {
        return false;
    }

    @Override
    public String describe() {
        return "drop schema " + Identifiers.quote(name);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitDropSchema(this);
    }
}
