package io.migrata.schema.op;

import io.migrata.schema.ColumnRef;
import io.migrata.schema.Identifiers;
import io.migrata.schema.QualifiedName;

import java.util.Objects;

/**
 * {@code ALTER TABLE … RENAME COLUMN}. Constraints, indexes and foreign keys that list the column,
 * and sequences it owns, follow the new name as they do in PostgreSQL.
 */
public record RenameColumn(QualifiedName table, String from, String to) implements SchemaOp {

    public RenameColumn {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isEmpty()) throw new IllegalArgumentException("new column name is empty");
        if (from.equals(to)) throw new IllegalArgumentException("column " + from + " renamed to itself");
    }

    @Override
    public SchemaOp inverse() {
        return new RenameColumn(table, to, from);
    }

    @Override
    public boolean isDestructive() {
        return false;
    }

    @Override
    public String describe() {
        return "rename column " + new ColumnRef(table, from) + " to " + Identifiers.quote(to);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitRenameColumn(this);
    }
}
