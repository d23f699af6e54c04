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

    /**
     * {@code create table public.m (at) partition by RANGE (at)},
     * {@code create table public.m_2024 partition of public.m FOR VALUES FROM (…) TO (…)}.
     */
    @Override
    public String describe() {
        String what = table.isPartition() ? "partition of " + table.partitionOf().describe()
                : OpText.names(table.columns().stream().map(ColumnDef::name).toList());
        return "create table " + table.name() + " " + what + (table.isPartitioned() ? " partition by " + table.partitionKey() : "");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitCreateTable(this);
    }
}
