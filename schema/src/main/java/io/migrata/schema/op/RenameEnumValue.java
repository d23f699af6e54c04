package io.migrata.schema.op;

import io.migrata.schema.QualifiedName;

import java.util.Objects;

/** {@code ALTER TYPE … RENAME VALUE}; the label keeps its place. */
public record RenameEnumValue(QualifiedName type, String from, String to) implements SchemaOp {

    public RenameEnumValue {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (from.equals(to)) throw new IllegalArgumentException("enum label " + from + " renamed to itself");
    }

    @Override
    public SchemaOp inverse() {
        return new RenameEnumValue(type, to, from);
    }

    @Override
    public boolean isDestructive() {
        return false;
    }

    @Override
    public String describe() {
        return "rename value " + OpText.literal(from) + " to " + OpText.literal(to) + " in enum " + type;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitRenameEnumValue(this);
    }
}
