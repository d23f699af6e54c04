package io.migrata.schema.op;

import io.migrata.schema.ColumnDef;
import io.migrata.schema.QualifiedName;

import java.util.Objects;

/** {@code ALTER TABLE … ADD COLUMN}; the column's comment, if any, is set with it. */
public record AddColumn(QualifiedName table, ColumnDef column) implements SchemaOp {

    public AddColumn {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(column, "column");
    }

    @Override
    public SchemaOp inverse() {
        return new DropColumn(table, column);
    }

    @Override
    public boolean isDestructive() {
        return false;
    }

    @Override
    public String describe() {
        return "add column " + table + "." + OpText.column(column);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitAddColumn(this);
    }
}
