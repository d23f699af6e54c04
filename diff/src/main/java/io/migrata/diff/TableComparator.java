package io.migrata.diff;

import io.migrata.schema.CheckDef;
import io.migrata.schema.ColumnDef;
import io.migrata.schema.QualifiedName;
import io.migrata.schema.TableDef;
import io.migrata.schema.op.AttachPartition;
import io.migrata.schema.op.CommentTarget;
import io.migrata.schema.op.DetachPartition;
import io.migrata.schema.op.CreateTable;
import io.migrata.schema.op.DropTable;
import io.migrata.schema.op.SetComment;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Tables paired by qualified name: a table only in the first model is dropped whole, one only in
 * the second is created whole (with its keys, checks, indexes, foreign keys and comments), and a
 * table in both is compared part by part. Equal tables cost one {@code equals}.
 *
 * <p>PostgreSQL cannot change a table's partition key, nor make a table partitioned or plain in
 * place: such a table is dropped and created again, with every partition under it. A partition
 * that moves to another bound or parent is detached and attached again; a table that becomes a
 * partition, or stops being one, is attached or detached, its columns compared with its parent's.
 */
final class TableComparator {

    private TableComparator() {
    }

    static void compare(ModelIndex before, ModelIndex after, DiffOptions options, Changes changes) {
        Set<QualifiedName> repartitioned = repartitioned(before, after, changes);
        List<TableDef> dropped = new ArrayList<>();
        for (TableDef from : before.model.tables()) {
            TableDef to = after.table(from.name());
            if (to != null && repartitioned.contains(from.name())) {
                changes.add(new DropTable(from));
                changes.add(new CreateTable(to));
                changes.droppedTables.add(from.name());
            } else if (to == null) {
                dropped.add(from);
                changes.add(new DropTable(from));
                changes.droppedTables.add(from.name());
            } else if (!Objects.equals(from.partitionOf(), to.partitionOf())) {
                repartition(from, to, before, after, options, changes);
            } else if (!from.equals(to)) {
                compare(from, to, before, after, options, changes);
            }
        }
        List<TableDef> created = new ArrayList<>();
        for (TableDef to : after.model.tables()) {
            if (before.table(to.name()) == null) {
                created.add(to);
                changes.add(new CreateTable(to));
            }
        }
        RenameDetector.tables(dropped, created, changes);
        ForeignKeyComparator.compare(before, after, changes);
    }

    /**
     * Tables in both models whose partition key differs, and the partitions under them (in either
     * model), which go with them.
     */
    private static Set<QualifiedName> repartitioned(ModelIndex before, ModelIndex after, Changes changes) {
        ArrayDeque<QualifiedName> pending = new ArrayDeque<>();
        for (TableDef from : before.model.tables()) {
            TableDef to = after.table(from.name());
            if (to != null && !Objects.equals(from.partitionKey(), to.partitionKey())) {
                pending.add(from.name());
                changes.note("table " + from.name() + " is dropped and created again: PostgreSQL cannot change how a table is"
                        + " partitioned (" + describeKey(from) + " to " + describeKey(to) + "); its rows are lost");
            }
        }
        Set<QualifiedName> found = new HashSet<>();
        Map<QualifiedName, List<QualifiedName>> children = new HashMap<>();
        for (ModelIndex model : List.of(before, after)) {
            for (TableDef table : model.model.tables()) {
                if (table.isPartition()) children.computeIfAbsent(table.partitionOf().parent(), p -> new ArrayList<>()).add(table.name());
            }
        }
        while (!pending.isEmpty()) {
            QualifiedName table = pending.poll();
            if (before.table(table) == null || after.table(table) == null || !found.add(table)) continue;
            pending.addAll(children.getOrDefault(table, List.of()));
        }
        return found;
    }

    private static String describeKey(TableDef table) {
        return table.isPartitioned() ? "PARTITION BY " + table.partitionKey() : "not partitioned";
    }

    private static void repartition(TableDef from, TableDef to, ModelIndex before, ModelIndex after, DiffOptions options,
                                    Changes changes) {
        TableDef detached = from;
        if (from.isPartition()) {
            changes.add(new DetachPartition(from.name(), from.partitionOf()));
            detached = standalone(before, from);
        }
        TableDef wanted = to.isPartition() ? standalone(after, to) : to;
        if (!detached.equals(wanted)) compare(detached, wanted, before, after, options, changes);
        if (to.isPartition()) changes.add(new AttachPartition(to.name(), to.partitionOf()));
    }

    /**
     * A partition as a table of its own, as detaching leaves it and as attaching needs it: with the
     * columns of the table at the top of its tree and the CHECK constraints of every table above it.
     */
    private static TableDef standalone(ModelIndex model, TableDef partition) {
        List<CheckDef> checks = new ArrayList<>(partition.checks());
        Set<QualifiedName> seen = new HashSet<>();
        for (TableDef table = partition; table.isPartition() && seen.add(table.name()); ) {
            table = model.table(table.partitionOf().parent());
            if (table == null) break;
            checks.addAll(table.checks());
        }
        return partition.withPartitionOf(null).withColumns(rootColumns(model, partition)).withChecks(checks);
    }

    /** The columns of the table at the top of a partition's tree, which are the partition's. */
    private static List<ColumnDef> rootColumns(ModelIndex model, TableDef partition) {
        TableDef root = partition;
        Set<QualifiedName> seen = new HashSet<>();
        while (root.isPartition() && seen.add(root.name())) {
            TableDef parent = model.table(root.partitionOf().parent());
            if (parent == null) return List.of();
            root = parent;
        }
        return root.columns();
    }

    private static void compare(TableDef from, TableDef to, ModelIndex before, ModelIndex after, DiffOptions options,
                                Changes changes) {
        ColumnComparator.compare(from, to, type -> before.isEnum(type.spelling()) || after.isEnum(type.spelling()), options,
                changes);
        ConstraintComparator.compare(from, to, options.concurrentIndexes(), changes);
        if (!Objects.equals(from.comment(), to.comment())) {
            changes.add(new SetComment(CommentTarget.table(from.name()), from.comment(), to.comment()));
        }
    }
}
