package io.migrata.schema.op;

import io.migrata.schema.Identifiers;

import java.util.Objects;

/** {@code CREATE SCHEMA}: a new, empty schema. */
public record CreateSchema(String name) implements SchemaOp {

    public CreateSchema {
        Objects.requireNonNull(name, "name");
        if (name.isEmpty()) throw new IllegalArgumentException("schema name is empty");
    }

    @Override
    public SchemaOp inverse() {
        return new DropSchema(name);
    }

    @Override
    public boolean isDestructive() {
        return false;
    }

    @Override
    public String describe() {
        return "create schema " + Identifiers.quote(name);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitCreateSchema(this);
    }
}
