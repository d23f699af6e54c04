package io.migrata.schema.op;

import io.migrata.schema.QualifiedName;


/**
 * {@code ALTER TYPE … ADD VALUE}: {@code label} goes right before {@code before} or right after
 * {@code after}; with both {@code null} it is appended. At most one of the two is set.
 */
public record AddEnumValue(QualifiedName type, String label, String before, String after) implements SchemaOp {

    public AddEnumValue {
        EnumLabelPosition.check(type, label, before, after);
    }

    @Override
    public SchemaOp inverse() {
        return new DropEnumValue(type, label, before, after);
    }

    @Override
    public boolean isDestructive() {
        return false;
    }

    /** {@code add value 'disputed' to enum public.bill_status after 'issued'}. */
    @Override
    public String describe() {
        return "add value " + OpText.literal(label) + " to enum " + type + EnumLabelPosition.describe(before, after);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitAddEnumValue(this);
    }
}
