package io.migrata.schema.op;

import io.migrata.schema.PartitionOf;
import io.migrata.schema.QualifiedName;

import java.util.Objects;

/**
 * {@code ALTER TABLE parent DETACH PARTITION table}: the partition becomes a table of its own with
 * its rows and its parent's columns; it carries its bound so that the inverse attaches it again.
 */
public record DetachPartition(QualifiedName table, PartitionOf partition) implements SchemaOp {

    public DetachPartition {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(partition, "partition");
    }

    @Override
    public SchemaOp inverse() {
        return new AttachPartition(table, partition);
    }

    @Override
    public boolean isDestructive() {
        return false;
    }

    @Override
    public String describe() {
        return "detach partition " + table + " from " + partition.parent();
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitDetachPartition(this);
    }
}
