package io.migrata.schema.op;

import io.migrata.schema.PartitionOf;
import io.migrata.schema.QualifiedName;

import java.util.Objects;

/**
 * {@code ALTER TABLE parent DETACH PARTITION table [CONCURRENTLY]}: the partition becomes a table of
 * its own with its rows and its parent's columns; it carries its bound so that the inverse attaches
 * it again. {@code CONCURRENTLY} (PostgreSQL 14 and later) takes only SHARE UPDATE EXCLUSIVE on the
 * parent, so queries on it go on, but runs outside a transaction block and fails when the parent
 * has a default partition.
 */
public record DetachPartition(QualifiedName table, PartitionOf partition, boolean concurrently) implements SchemaOp {

    public DetachPartition {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(partition, "partition");
    }

    /** The blocking form, in the migration's transaction. */
    public DetachPartition(QualifiedName table, PartitionOf partition) {
        this(table, partition, false);
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
        return "detach partition " + table + " from " + partition.parent() + (concurrently ? " concurrently" : "");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitDetachPartition(this);
    }
}
