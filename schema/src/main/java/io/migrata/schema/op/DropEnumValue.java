package io.migrata.schema.op;

import io.migrata.schema.QualifiedName;


/**
 * Removal of an enum label, the exact mirror of {@link AddEnumValue}: {@code before} or
 * {@code after} says where the label stands (its successor or predecessor; both {@code null} when
 * it is the last label), so the inverse puts it back in place. PostgreSQL has no
 * {@code DROP VALUE}; the renderer rebuilds the type. Destructive: rows holding the label cannot
 * keep it.
 */
public record DropEnumValue(QualifiedName type, String label, String before, String after) implements SchemaOp {

    public DropEnumValue {
        EnumLabelPosition.check(type, label, before, after);
    }

    @Override
    public SchemaOp inverse() {
        return new AddEnumValue(type, label, before, after);
    }

    @Override
    public boolean isDestructive() {
        return true;
    }

    @Override
    public String describe() {
        return "drop value " + OpText.literal(label) + " from enum " + type;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitDropEnumValue(this);
    }
}
