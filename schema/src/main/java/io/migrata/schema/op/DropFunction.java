package io.migrata.schema.op;

import io.migrata.schema.FunctionDef;

import java.util.Objects;

/** {@code DROP FUNCTION} or {@code DROP PROCEDURE} by signature; carries the whole definition so the inverse can create it again. */
public record DropFunction(FunctionDef function) implements SchemaOp {

    public DropFunction {
        Objects.requireNonNull(function, "function");
    }

    @Override
    public SchemaOp inverse() {
        return new CreateFunction(function);
    }

    @Override
    public boolean isDestructive() {
        return false;
    }

    @Override
    public String describe() {
        return "drop " + function.kind() + " " + function.signature();
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitDropFunction(this);
    }
}
