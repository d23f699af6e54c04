package io.migrata.schema.op;

import io.migrata.schema.Identifiers;
import io.migrata.schema.QualifiedName;

import java.util.Objects;

/**
 * {@code ALTER TABLE … RENAME TO}, within the table's schema. Foreign keys that target the table
 * and sequences owned by its columns follow the table, as they do in PostgreSQL.
 */
public record RenameTable(QualifiedName table, String newName) implements SchemaOp {

    public RenameTable {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(newName, "newName");
        if (newName.isEmpty()) throw new IllegalArgumentException("new table name is empty");
        if (newName.equals(table.name())) throw new IllegalArgumentException("table " + table + " renamed to itself");
    }

    /** The table's name after the rename. */
    public QualifiedName renamed() {
        return table.withName(newName);
    }

    @Override
    public SchemaOp inverse() {
        return new RenameTable(renamed(), table.name());
    }

    @Override
    public boolean isDestructive() {
        return false;
    }

    @Override
    public String describe() {
        return "rename table " + table + " to " + Identifiers.quote(newName);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitRenameTable(this);
    }
}
