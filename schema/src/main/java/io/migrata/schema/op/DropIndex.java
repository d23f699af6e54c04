package io.migrata.schema.op;

import io.migrata.schema.Identifiers;
import io.migrata.schema.IndexDef;
import io.migrata.schema.QualifiedName;

import java.util.Objects;

/**
 * {@code DROP INDEX}, optionally {@code CONCURRENTLY}; carries the whole index so the inverse can
 * create it again. Not destructive: an index holds no data of its own.
 */
public record DropIndex(QualifiedName table, IndexDef index, boolean concurrently) implements SchemaOp {

    public DropIndex {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(index, "index");
    }

    @Override
    public SchemaOp inverse() {
        return new CreateIndex(table, index, concurrently);
    }

    @Override
    public boolean isDestructive() {
        return false;
    }

    @Override
    public String describe() {
        return "drop index " + (concurrently ? "concurrently " : "") + Identifiers.quote(index.name()) + " on " + table;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitDropIndex(this);
    }
}
