package io.migrata.schema.op;

import io.migrata.schema.ColumnDef;
import io.migrata.schema.PartitionOf;
import io.migrata.schema.TableDef;
import io.migrata.schema.SchemaModel;

import java.util.Comparator;
import java.util.List;

/**
 * Partitions, attached and detached. A partition lists no columns of its own (they are its
 * parent's), so attaching takes a table whose columns are exactly the parent's, and detaching gives
 * the table those columns back.
 */
final class PartitionChanges {

    private PartitionChanges() {
    }

    /** The parent a new or attached partition names must exist and be partitioned. */
    static TableDef requireParent(Step step, PartitionOf partition) {
        TableDef parent = step.table(partition.parent());
        if (!parent.isPartitioned()) throw step.fail("table " + parent.name() + " is not partitioned");
        boolean boundTaken = step.partitionsOf(parent.name()).stream()
                .anyMatch(p -> p.partitionOf().bound().equals(partition.bound()));
        if (boundTaken) throw step.fail("table " + parent.name() + " already has a partition " + partition.bound());
        return parent;
    }

    static SchemaModel attach(Step step, AttachPartition op) {
        TableDef table = step.table(op.table());
        if (table.isPartition()) throw step.fail("table " + table.name() + " is a partition of " + table.partitionOf().parent() + " already");
        TableDef parent = requireParent(step, op.partition());
        List<ColumnDef> wanted = byName(step.columnOwner(parent).columns());
        if (!byName(table.columns()).equals(wanted)) {
            throw step.fail("its columns are not exactly those of " + parent.name() + ": change them to match first");
        }
        return step.withTable(table.withColumns(List.of()).withPartitionOf(op.partition()));
    }

    static SchemaModel detach(Step step, DetachPartition op) {
        TableDef table = step.table(op.table());
        if (!op.partition().equals(table.partitionOf())) {
            throw step.fail("table " + table.name() + " is not a partition " + op.partition().describe());
        }
        List<ColumnDef> columns = step.columnOwner(table).columns();
        return step.withTable(table.withPartitionOf(null).withColumns(columns));
    }

    private static List<ColumnDef> byName(List<ColumnDef> columns) {
        return columns.stream().sorted(Comparator.comparing(ColumnDef::name)).toList();
    }
}
