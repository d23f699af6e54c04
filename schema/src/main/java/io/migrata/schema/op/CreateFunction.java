package io.migrata.schema.op;

import io.migrata.schema.FunctionDef;

import java.util.Objects;

/** {@code CREATE FUNCTION} or {@code CREATE PROCEDURE}, as its definition says. */
public record CreateFunction(FunctionDef function) implements SchemaOp {

    public CreateFunction {
        Objects.requireNonNull(function, "function");
    }

    @Override
    public SchemaOp inverse() {
        return new DropFunction(function);
    }

    @Override
    public boolean isDestructive() {
        return false;
    }

    @Override
    public String describe() {
        return "create " + function.kind() + " " + function.signature();
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitCreateFunction(this);
    }
}
