package io.migrata.schema.op;

import io.migrata.schema.ExtensionDef;
import io.migrata.schema.Identifiers;

import java.util.Objects;

/** {@code CREATE EXTENSION IF NOT EXISTS} in its schema, at its version. */
public record CreateExtension(ExtensionDef extension) implements SchemaOp {

    public CreateExtension {
        Objects.requireNonNull(extension, "extension");
    }

    @Override
    public SchemaOp inverse() {
        return new DropExtension(extension);
    }

    @Override
    public boolean isDestructive() {
        return false;
    }

    @Override
    public String describe() {
        String text = "create extension " + Identifiers.quote(extension.name());
        return extension.version() == null ? text : text + " version " + extension.version();
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitCreateExtension(this);
    }
}
