package io.migrata.schema.op;

import io.migrata.schema.SequenceDef;

import java.util.Objects;

/**
 * {@code DROP SEQUENCE}; carries the whole sequence so the inverse can create it again.
 * Destructive: the recreated sequence starts over at its start value, not where it had got to, so
 * values it hands out can collide with ones already stored.
 */
public record DropSequence(SequenceDef sequence) implements SchemaOp {

    public DropSequence {
        Objects.requireNonNull(sequence, "sequence");
    }

    @Override
    public SchemaOp inverse() {
        return new CreateSequence(sequence);
    }

    @Override
    public boolean isDestructive() {
        return true;
    }

    @Override
    public String describe() {
        return "drop sequence " + sequence.name();
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitDropSequence(this);
    }
}
