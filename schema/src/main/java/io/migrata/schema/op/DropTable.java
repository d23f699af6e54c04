package io.migrata.schema.op;

import io.migrata.schema.TableDef;

import java.util.Objects;

/**
 * {@code DROP TABLE} (never {@code CASCADE}); carries the table's full definition so the inverse
 * can create it again. Destructive: the rows are gone.
 */
public record DropTable(TableDef table) implements SchemaOp {

    public DropTable {
        Objects.requireNonNull(table, "table");
    }

    @Override
    public SchemaOp inverse() {
        return new CreateTable(table);
    }

    @Override
    public boolean isDestructive() {
        return true;
    }

    @Override
    public String describe() {
        return "drop table " + table.name();
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitDropTable(this);
    }
}
