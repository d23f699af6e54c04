package io.migrata.schema.op;

import io.migrata.schema.ExtensionDef;
import io.migrata.schema.Identifiers;

import java.util.Objects;

/** {@code DROP EXTENSION} (never {@code CASCADE}: what uses its types, functions or operator classes is dropped by its own ops first). Carries the whole extension so the inverse can install it again; not destructive, since an extension holds no rows of its own. */
public record DropExtension(ExtensionDef extension) implements SchemaOp {

    public DropExtension {
        Objects.requireNonNull(extension, "extension");
    }

    @Override
    public SchemaOp inverse() {
        return new CreateExtension(extension);
    }

    @Override
    public boolean isDestructive() {
        return false;
    }

    @Override
    public String describe() {
        return "drop extension " + Identifiers.quote(extension.name());
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitDropExtension(this);
    }
}
