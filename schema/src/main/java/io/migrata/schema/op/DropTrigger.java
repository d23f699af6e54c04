package io.migrata.schema.op;

import io.migrata.schema.TriggerDef;

import java.util.Objects;

/** {@code DROP TRIGGER ... ON ...}; carries the whole definition so the inverse can create it again. */
public record DropTrigger(TriggerDef trigger) implements SchemaOp {

    public DropTrigger {
        Objects.requireNonNull(trigger, "trigger");
    }

    @Override
    public SchemaOp inverse() {
        return new CreateTrigger(trigger);
    }

    @Override
    public boolean isDestructive() {
        return false;
    }

    @Override
    public String describe() {
        return "drop trigger " + trigger.describe();
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitDropTrigger(this);
    }
}
