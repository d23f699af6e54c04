package io.migrata.schema.op;

import io.migrata.schema.ExtensionDef;
import io.migrata.schema.Identifiers;

import java.util.Objects;

/**
 * An installed extension moved to another version ({@code ALTER EXTENSION ... UPDATE TO}) or
 * schema ({@code ALTER EXTENSION ... SET SCHEMA}), or given another comment ({@code COMMENT ON
 * EXTENSION}). The inverse goes back, which for a version needs the extension to ship an update
 * path in that direction; most ship upgrades only.
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

    public boolean changesComment() {
        return !Objects.equals(from.comment(), to.comment());
    }

    @Override
    public SchemaOp inverse() {
        return new AlterExtension(to, from);
    }

    @Override
    public boolean isDestructive() {
        return false;
    }

    /**
     * {@code alter extension citext version 1.5 -> 1.6}, {@code alter extension pg_trgm schema public -> ext},
     * {@code alter extension citext comment 'Text' -> its own}.
     */
    @Override
    public String describe() {
        StringBuilder text = new StringBuilder("alter extension ").append(Identifiers.quote(from.name()));
        if (changesVersion()) text.append(" version ").append(from.version()).append(" -> ").append(to.version());
        if (changesSchema()) {
            text.append(" schema ").append(Identifiers.quote(from.schema())).append(" -> ").append(Identifiers.quote(to.schema()));
        }
        if (changesComment()) text.append(" comment ").append(comment(from)).append(" -> ").append(comment(to));
        return text.toString();
    }

    private static String comment(ExtensionDef extension) {
        if (extension.comment() == null) return "its own";
        return extension.comment().isEmpty() ? "none" : OpText.literal(extension.comment());
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitAlterExtension(this);
    }
}
