package io.migrata.schema.op;

import io.migrata.schema.TriggerDef;

import java.util.Objects;

/** {@code CREATE TRIGGER} as its definition says; the function it calls must exist by then. */
public record CreateTrigger(TriggerDef trigger) implements SchemaOp {

    public CreateTrigger {
        Objects.requireNonNull(trigger, "trigger");
    }

    @Override
    public SchemaOp inverse() {
        return new DropTrigger(trigger);
    }

    @Override
    public boolean isDestructive() {
        return false;
    }

    @Override
    public String describe() {
        return "create trigger " + trigger.describe();
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitCreateTrigger(this);
    }
}
