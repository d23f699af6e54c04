package io.migrata.schema.op;

import io.migrata.schema.EnumTypeDef;

import java.util.Objects;

/**
 * {@code DROP TYPE} of an enum no column uses any more; carries the whole type so the inverse can
 * create it again. Not destructive: the columns that held its values are dropped or altered first.
 */
public record DropEnum(EnumTypeDef type) implements SchemaOp {

    public DropEnum {
        Objects.requireNonNull(type, "type");
    }

    @Override
    public SchemaOp inverse() {
        return new CreateEnum(type);
    }

    @Override
    public boolean isDestructive() {
        return false;
    }

    @Override
    public String describe() {
        return "drop enum " + type.name();
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitDropEnum(this);
    }
}
