package io.migrata.schema.op;

import io.migrata.schema.ExtensionDef;
import io.migrata.schema.Identifiers;

import java.util.Objects;

/**
 * An installed extension moved to another version ({@code ALTER EXTENSION ... UPDATE TO}) or
 * schema ({@code ALTER EXTENSION ... SET SCHEMA}). The inverse goes back, which needs the
 * extension to ship an update path in that direction; most ship upgrades only.
 */
public record AlterExtension(ExtensionDef from, ExtensionDef to) implements SchemaOp {

    public AlterExtension {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (!from.name().equals(to.name())) {
            throw new IllegalArgumentException("alter extension cannot turn " + from.name() + " into " + to.name());
        }
        if (from.equals(to)) throw new IllegalArgumentException("alter extension " + from.name() + " changes nothing");
    }

    public boolean changesVersion() {
        return !Objects.equals(from.version(), to.version());
    }

    public boolean changesSchema() {
        return !from.schema().equals(to.schema());
    }

    @Override
    public SchemaOp inverse() {
        return new AlterExtension(to, from);
    }

    @Override
    public boolean isDestructive() {
        return false;
    }

    /** {@code alter extension citext version 1.5 -> 1.6}, {@code alter extension pg_trgm schema public -> ext}. */
    @Override
    public String describe() {
        StringBuilder text = new StringBuilder("alter extension ").append(Identifiers.quote(from.name()));
        if (changesVersion()) text.append(" version ").append(from.version()).append(" -> ").append(to.version());
        if (changesSchema()) {
            text.append(" schema ").append(Identifiers.quote(from.schema())).append(" -> ").append(Identifiers.quote(to.schema()));
        }
        return text.toString();
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitAlterExtension(this);
    }
}
