package io.migrata.schema.op;

import io.migrata.schema.Identifiers;
import io.migrata.schema.QualifiedName;

import java.util.Objects;

/**
 * {@code ALTER INDEX … RENAME TO}: an index of {@code table} gets another name, as the swap of an
 * expand/contract plan gives the index built on the new column the old one's name.
 */
public record RenameIndex(QualifiedName table, String from, String to) implements SchemaOp {

    public RenameIndex {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isEmpty()) throw new IllegalArgumentException("new index name is empty");
        if (from.equals(to)) throw new IllegalArgumentException("index " + from + " renamed to itself");
    }

    @Override
    public SchemaOp inverse() {
        return new RenameIndex(table, to, from);
    }

    @Override
    public boolean isDestructive() {
        return false;
    }

    @Override
    public String describe() {
        return "rename index " + Identifiers.quote(from) + " on " + table + " to " + Identifiers.quote(to);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitRenameIndex(this);
    }
}
