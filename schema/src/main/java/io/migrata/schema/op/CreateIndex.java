package io.migrata.schema.op;

import io.migrata.schema.Identifiers;
import io.migrata.schema.IndexDef;
import io.migrata.schema.QualifiedName;

import java.util.Objects;

/**
 * {@code CREATE INDEX} on an existing table; {@code concurrently} asks for
 * {@code CREATE INDEX CONCURRENTLY}, which cannot run inside a transaction.
 */
public record CreateIndex(QualifiedName table, IndexDef index, boolean concurrently) implements SchemaOp {

    public CreateIndex {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(index, "index");
    }

    @Override
    public SchemaOp inverse() {
        return new DropIndex(table, index, concurrently);
    }

    @Override
    public boolean isDestructive() {
        return false;
    }

    /** {@code create unique index concurrently users_email_idx on public.users (email) where (…)}. */
    @Override
    public String describe() {
        return "create " + (index.unique() ? "unique " : "") + "index " + (concurrently ? "concurrently " : "")
                + Identifiers.quote(index.name()) + " on " + table + " " + OpText.indexBody(index);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitCreateIndex(this);
    }
}
