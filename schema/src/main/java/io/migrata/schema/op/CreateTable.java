package io.migrata.schema.op;

import io.migrata.schema.ColumnDef;
import io.migrata.schema.TableDef;

import java.util.Objects;

/**
 * {@code CREATE TABLE} of the whole table: columns, primary key, unique and check constraints,
 * comments, and also its indexes and foreign keys, which the renderer emits after the table. A
 * foreign key in a cycle is left out of the table by the diff and added later by
 * {@link AddForeignKey}.
 */
public record CreateTable(TableDef table) implements SchemaOp {

    public CreateTable {
        Objects.requireNonNull(table, "table");
    }

    @Override
    public SchemaOp inverse() {
        return new DropTable(table);
    }

    @Override
    public boolean isDestructive() {
        return false;
    }

    @Override
    public String describe() {
        return "create table " + table.name() + " "
                + OpText.names(table.columns().stream().map(ColumnDef::name).toList());
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitCreateTable(this);
    }
}
