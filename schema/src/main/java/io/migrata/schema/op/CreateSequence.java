package io.migrata.schema.op;

import io.migrata.schema.SequenceDef;

import java.util.Objects;

/** {@code CREATE SEQUENCE} with every option explicit, its {@code OWNED BY} column and comment. */
public record CreateSequence(SequenceDef sequence) implements SchemaOp {

    public CreateSequence {
        Objects.requireNonNull(sequence, "sequence");
    }

    @Override
    public SchemaOp inverse() {
        return new DropSequence(sequence);
    }

    @Override
    public boolean isDestructive() {
        return false;
    }

    /** {@code create sequence public.invoice_no as bigint owned by public.bills.id}. */
    @Override
    public String describe() {
        return "create sequence " + sequence.name() + " as " + sequence.type()
                + (sequence.ownedBy() == null ? "" : " owned by " + sequence.ownedBy());
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitCreateSequence(this);
    }
}
