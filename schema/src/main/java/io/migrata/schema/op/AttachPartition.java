package io.migrata.schema.op;

import io.migrata.schema.PartitionOf;
import io.migrata.schema.QualifiedName;

import java.util.Objects;

/**
 * {@code ALTER TABLE parent ATTACH PARTITION table FOR VALUES …}: an existing table, whose columns
 * are exactly its new parent's, becomes a partition. PostgreSQL scans it to check the bound (unless
 * a CHECK constraint already proves it) and attaches its matching indexes to the parent's.
 */
public record AttachPartition(QualifiedName table, PartitionOf partition) implements SchemaOp {

    public AttachPartition {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(partition, "partition");
    }

    @Override
    public SchemaOp inverse() {
        return new DetachPartition(table, partition);
    }

    @Override
    public boolean isDestructive() {
        return false;
    }

    @Override
    public String describe() {
        return "attach partition " + table + " to " + partition.describe();
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitAttachPartition(this);
    }
}
