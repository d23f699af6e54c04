package io.migrata.schema.op;

import io.migrata.schema.EnumTypeDef;

import java.util.Objects;

/** {@code CREATE TYPE … AS ENUM} with its labels in order (and its comment, if any). */
public record CreateEnum(EnumTypeDef type) implements SchemaOp {

    public CreateEnum {
        Objects.requireNonNull(type, "type");
    }

    @Override
    public SchemaOp inverse() {
        return new DropEnum(type);
    }

    @Override
    public boolean isDestructive() {
        return false;
    }

    @Override
    public String describe() {
        return "create enum " + type.name() + " " + OpText.literals(type.labels());
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitCreateEnum(this);
    }
}
