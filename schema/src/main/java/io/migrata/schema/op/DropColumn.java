package io.migrata.schema.op;

import io.migrata.schema.ColumnDef;
import io.migrata.schema.ColumnRef;
import io.migrata.schema.QualifiedName;

import java.util.Objects;

/**
 * {@code ALTER TABLE … DROP COLUMN}; carries the column's full definition so the inverse can add
 * it back (empty). Destructive: the column's values are gone.
 */
public record DropColumn(QualifiedName table, ColumnDef column) implements SchemaOp {

    public DropColumn {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(column, "column");
    }

    @Override
    public SchemaOp inverse() {
        return new AddColumn(table, column);
    }

    @Override
    public boolean isDestructive() {
        return true;
    }

    @Override
    public String describe() {
        return "drop column " + new ColumnRef(table, column.name());
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitDropColumn(this);
    }
}
