package io.migrata.schema.op;

import io.migrata.schema.Identifiers;

import java.util.Objects;

/** {@code COMMENT ON SCHEMA … IS}: from {@code from} to {@code to}; {@code null} on either side means none. */
public record SetSchemaComment(String schema, String from, String to) implements SchemaOp {

    public SetSchemaComment {
        Objects.requireNonNull(schema, "schema");
        if (Objects.equals(from, to)) throw new IllegalArgumentException("comment on schema " + schema + " changes nothing");
    }

    @Override
    public SchemaOp inverse() {
        return new SetSchemaComment(schema, to, from);
    }

    @Override
    public boolean isDestructive() {
        return false;
    }

    @Override
    public String describe() {
        String target = "schema " + Identifiers.quote(schema);
        return to == null ? "remove comment on " + target : "set comment on " + target + " to " + OpText.literal(to);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitSetSchemaComment(this);
    }
}
