package io.migrata.schema.op;

import io.migrata.schema.SequenceDef;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * {@code ALTER SEQUENCE}: the sequence as it is ({@code from}) and as it becomes ({@code to}). The
 * type, any option and the {@code OWNED BY} column may change; the name and the comment may not
 * (the comment is {@link SetComment}'s).
 */
public record AlterSequence(SequenceDef from, SequenceDef to) implements SchemaOp {

    public AlterSequence {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (!from.name().equals(to.name())) {
            throw new IllegalArgumentException("alter sequence cannot rename " + from.name() + " to " + to.name());
        }
        if (!Objects.equals(from.comment(), to.comment())) {
            throw new IllegalArgumentException("alter sequence cannot change the comment of " + from.name()
                    + ": use SetComment");
        }
        if (from.equals(to)) throw new IllegalArgumentException("alter sequence " + from.name() + " changes nothing");
    }

    @Override
    public SchemaOp inverse() {
        return new AlterSequence(to, from);
    }

    @Override
    public boolean isDestructive() {
        return false;
    }

    /** {@code alter sequence public.invoice_no: increment 1 -> 50, owned by none -> public.bills.id}. */
    @Override
    public String describe() {
        List<String> changes = new ArrayList<>();
        if (!from.type().equals(to.type())) changes.add("type " + from.type() + " -> " + to.type());
        changes.addAll(OpText.optionChanges(from.options(), to.options()));
        if (!Objects.equals(from.ownedBy(), to.ownedBy())) {
            changes.add("owned by " + OpText.orNone(from.ownedBy()) + " -> " + OpText.orNone(to.ownedBy()));
        }
        return "alter sequence " + from.name() + ": " + String.join(", ", changes);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitAlterSequence(this);
    }
}
