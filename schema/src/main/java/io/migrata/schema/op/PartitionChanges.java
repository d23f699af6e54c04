package io.migrata.schema.op;

import io.migrata.schema.CheckDef;
import io.migrata.schema.ColumnDef;
import io.migrata.schema.PartitionOf;
import io.migrata.schema.QualifiedName;
import io.migrata.schema.TableDef;
import io.migrata.schema.SchemaModel;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Partitions, attached and detached. A partition lists no columns of its own (they are its
 * parent's), so attaching takes a table whose columns are exactly the parent's, and detaching gives
 * the table those columns back. PostgreSQL also requires the table to have the parent's CHECK
 * constraints, by name and expression, and merges them into the inherited ones; detaching makes
 * them the table's own again. (What else PostgreSQL clones onto a partition, keys, foreign keys
 * and indexes, stays on a detached table too, under names the model does not know: a diff after a
 * detach lists them.)
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
        List<CheckDef> inherited = inheritedChecks(step, op.partition());
        for (CheckDef check : inherited) {
            if (!table.checks().contains(check)) {
                throw step.fail("it lacks check constraint " + check.name() + " of " + parent.name() + ": add it first");
            }
        }
        List<CheckDef> own = table.checks().stream().filter(check -> !inherited.contains(check)).toList();
        return step.withTable(table.withColumns(List.of()).withChecks(own).withPartitionOf(op.partition()));
    }

    static SchemaModel detach(Step step, DetachPartition op) {
        TableDef table = step.table(op.table());
        if (!op.partition().equals(table.partitionOf())) {
            throw step.fail("table " + table.name() + " is not a partition " + op.partition().describe());
        }
        List<ColumnDef> columns = step.columnOwner(table).columns();
        List<CheckDef> checks = new ArrayList<>(table.checks());
        checks.addAll(inheritedChecks(step, op.partition()));
        return step.withTable(table.withPartitionOf(null).withColumns(columns).withChecks(checks));
    }

    /** The CHECK constraints of the parent and of its own parents, which a partition has from them. */
    static List<CheckDef> inheritedChecks(Step step, PartitionOf partition) {
        List<CheckDef> checks = new ArrayList<>();
        Set<QualifiedName> seen = new HashSet<>();
        PartitionOf current = partition;
        while (current != null && seen.add(current.parent())) {
            TableDef parent = step.table(current.parent());
            checks.addAll(parent.checks());
            current = parent.partitionOf();
        }
        return checks;
    }

    private static List<ColumnDef> byName(List<ColumnDef> columns) {
        return columns.stream().sorted(Comparator.comparing(ColumnDef::name)).toList();
    }
}
