package io.migrata.schema.op;

import io.migrata.schema.CheckDef;
import io.migrata.schema.ColumnDef;
import io.migrata.schema.ColumnRef;
import io.migrata.schema.ForeignKeyDef;
import io.migrata.schema.IndexDef;
import io.migrata.schema.IndexKey;
import io.migrata.schema.PrimaryKeyDef;
import io.migrata.schema.QualifiedName;
import io.migrata.schema.SchemaModel;
import io.migrata.schema.SequenceDef;
import io.migrata.schema.TableDef;
import io.migrata.schema.UniqueDef;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** How the table and column ops change a model. */
final class TableChanges {

    private TableChanges() {
    }

    /**
     * Builds the table up piece by piece with the same checks the separate add ops make, so a
     * created table obeys exactly the rules an altered one does.
     */
    static SchemaModel create(Step step, TableDef table) {
        step.requireSchema(table.name());
        step.requireRelationNameFree(table.name());
        step.requireTypeNameFree(table.name());
        if (table.isPartition()) PartitionChanges.requireParent(step, table.partitionOf());
        TableDef built = TableDef.of(table.name(), table.columns()).withComment(table.comment())
                .withPartitionKey(table.partitionKey()).withPartitionOf(table.partitionOf());
        if (table.primaryKey() != null) built = ConstraintChanges.addPrimaryKey(step, built, table.primaryKey());
        for (UniqueDef unique : table.uniques()) built = ConstraintChanges.addUnique(step, built, unique);
        for (CheckDef check : table.checks()) built = ConstraintChanges.addCheck(step, built, check);
        for (IndexDef index : table.indexes()) built = ConstraintChanges.createIndex(step, built, index);
        for (ForeignKeyDef fk : table.foreignKeys()) built = ConstraintChanges.addForeignKey(step, built, fk);
        return step.model.withTables(Step.with(step.model.tables(), built));
    }

    static SchemaModel drop(Step step, TableDef table) {
        TableDef current = step.table(table.name());
        step.requireCurrent(current, table, "table " + table.name());
        List<String> referencing = step.foreignKeysReferencing(table.name());
        if (!referencing.isEmpty()) throw step.fail("it is still referenced by " + String.join(", ", referencing));
        step.requireNoTriggers(table.name());
        List<String> partitions = step.partitionsOf(table.name()).stream().map(p -> p.name().toString()).toList();
        if (!partitions.isEmpty()) throw step.fail("it still has partitions " + String.join(", ", partitions) + ": drop them first");
        List<String> owned = step.sequencesOwnedBy(table.name(), null);
        if (!owned.isEmpty()) {
            throw step.fail("dropping it would also drop " + String.join(", ", owned) + ": drop the sequence or"
                    + " remove its owner first");
        }
        step.requireNoPolicies(table.name());
        return step.model.withTables(Step.without(step.model.tables(), current));
    }

    /** PostgreSQL changes a partition's columns only through its parent. */
    private static TableDef ownColumns(Step step, TableDef table) {
        if (table.isPartition()) {
            throw step.fail("table " + table.name() + " is a partition: its columns are those of " + table.partitionOf().parent());
        }
        return table;
    }

    /** Foreign keys that target the table and sequences owned by its columns follow the new name. */
    static SchemaModel rename(Step step, RenameTable op) {
        QualifiedName from = op.table();
        QualifiedName to = op.renamed();
        step.table(from);
        step.requireRelationNameFree(to);
        step.requireTypeNameFree(to);
        List<TableDef> tables = step.model.tables().stream()
                .map(t -> t.name().equals(from) ? t.withName(to) : t)
                .map(t -> t.withForeignKeys(t.foreignKeys().stream()
                        .map(fk -> fk.targetTable().equals(from) ? retarget(fk, to, fk.targetColumns()) : fk)
                        .toList()))
                .toList();
        return AccessChanges.tableRenamed(step.model.withTables(tables)
                .withSequences(ownersRenamed(step.model, owner -> owner.table().equals(from)
                        ? new ColumnRef(to, owner.column()) : owner)), from, to);
    }

    static SchemaModel addColumn(Step step, AddColumn op) {
        TableDef table = ownColumns(step, step.table(op.table()));
        if (table.column(op.column().name()).isPresent()) {
            throw step.fail("table " + op.table() + " already has a column " + op.column().name());
        }
        List<ColumnDef> columns = Step.with(table.columns(), op.column());
        return step.withTable(table.withColumns(columns));
    }

    /**
     * PostgreSQL would silently drop the indexes and constraints on the column; the model refuses
     * instead, so that each of them is dropped by its own op and comes back with the inverse.
     * Expressions (checks, expression index keys, defaults, generated columns) are text and are
     * not searched for the column.
     */
    static SchemaModel dropColumn(Step step, DropColumn op) {
        TableDef table = ownColumns(step, step.table(op.table()));
        String name = op.column().name();
        ColumnDef current = step.column(table, name);
        step.requireCurrent(current, op.column(), "column " + new ColumnRef(op.table(), name));
        List<String> users = new ArrayList<>();
        if (table.primaryKey() != null && table.primaryKey().columns().contains(name)) {
            users.add("primary key " + table.primaryKey().name());
        }
        table.uniques().stream().filter(u -> u.columns().contains(name)).forEach(u -> users.add("unique constraint " + u.name()));
        table.foreignKeys().stream().filter(fk -> fk.columns().contains(name)).forEach(fk -> users.add("foreign key " + fk.name()));
        table.indexes().stream().filter(index -> indexColumns(index).contains(name)).forEach(index -> users.add("index " + index.name()));
        for (TableDef other : step.model.tables()) {
            other.foreignKeys().stream()
                    .filter(fk -> fk.targetTable().equals(op.table()) && fk.targetColumns().contains(name))
                    .forEach(fk -> users.add("foreign key " + fk.name() + " on " + other.name()));
        }
        users.addAll(step.sequencesOwnedBy(op.table(), name));
        if (!users.isEmpty()) throw step.fail("column " + name + " is still used by " + String.join(", ", users));
        return step.withTable(table.withColumns(Step.without(table.columns(), current)));
    }

    static SchemaModel alterColumn(Step step, AlterColumn op) {
        TableDef table = ownColumns(step, step.table(op.table()));
        ColumnDef current = step.column(table, op.from().name());
        step.requireCurrent(current, op.from(), "column " + new ColumnRef(op.table(), current.name()));
        if (op.to().nullable() && table.primaryKey() != null && table.primaryKey().columns().contains(current.name())) {
            throw step.fail("column " + current.name() + " is in primary key " + table.primaryKey().name()
                    + " and must stay NOT NULL");
        }
        return step.withTable(table.withColumn(current.name(), column -> op.to()));
    }

    /**
     * Every list of column names that PostgreSQL tracks by column follows the new name: the
     * table's keys, foreign keys and plain index keys, foreign keys elsewhere that target the
     * column, and sequences it owns. Expressions (checks, expression index keys, predicates,
     * defaults, generated columns, views) are text the model cannot rewrite, so they keep the old
     * name even though PostgreSQL's stored expressions would follow.
     */
    static SchemaModel renameColumn(Step step, RenameColumn op) {
        TableDef table = step.table(op.table());
        step.column(table, op.from());
        if (table.column(op.to()).isPresent()) throw step.fail("table " + op.table() + " already has a column " + op.to());
        UnaryOperator<List<String>> rename = columns -> columns.stream().map(c -> c.equals(op.from()) ? op.to() : c).toList();
        PrimaryKeyDef key = table.primaryKey();
        TableDef renamed = table
                .withColumn(op.from(), column -> column.withName(op.to()))
                .withPrimaryKey(key == null ? null : new PrimaryKeyDef(key.name(), rename.apply(key.columns())))
                .withUniques(table.uniques().stream()
                        .map(u -> new UniqueDef(u.name(), rename.apply(u.columns()), u.nullsNotDistinct(), u.deferrability()))
                        .toList())
                .withForeignKeys(table.foreignKeys().stream()
                        .map(fk -> new ForeignKeyDef(fk.name(), rename.apply(fk.columns()), fk.targetTable(),
                                fk.targetColumns(), fk.onDelete(), fk.onUpdate(), fk.matchFull(), fk.deferrability()))
                        .toList())
                .withIndexes(table.indexes().stream().map(index -> renameInIndex(index, op.from(), op.to())).toList());
        List<TableDef> tables = step.tablesWith(renamed).stream()
                .map(t -> t.withForeignKeys(t.foreignKeys().stream()
                        .map(fk -> fk.targetTable().equals(op.table())
                                ? retarget(fk, fk.targetTable(), rename.apply(fk.targetColumns())) : fk)
                        .toList()))
                .toList();
        return AccessChanges.columnRenamed(step.model.withTables(tables).withSequences(ownersRenamed(step.model, owner ->
                owner.equals(new ColumnRef(op.table(), op.from())) ? new ColumnRef(op.table(), op.to()) : owner)),
                new ColumnRef(op.table(), op.from()), op.to());
    }

    private static ForeignKeyDef retarget(ForeignKeyDef fk, QualifiedName target, List<String> targetColumns) {
        return new ForeignKeyDef(fk.name(), fk.columns(), target, targetColumns, fk.onDelete(), fk.onUpdate(),
                fk.matchFull(), fk.deferrability());
    }

    private static IndexDef renameInIndex(IndexDef index, String from, String to) {
        List<IndexKey> keys = index.keys().stream()
                .map(k -> from.equals(k.column())
                        ? new IndexKey(to, null, k.descending(), k.nullsFirst(), k.opclass(), k.collation()) : k)
                .toList();
        List<String> include = index.include().stream().map(c -> c.equals(from) ? to : c).toList();
        return new IndexDef(index.name(), keys, index.unique(), index.nullsNotDistinct(), index.method(), include,
                index.predicate());
    }

    /** The plain columns an index lists, as keys or {@code INCLUDE} columns. */
    static List<String> indexColumns(IndexDef index) {
        List<String> columns = new ArrayList<>();
        index.keys().stream().filter(k -> !k.isExpression()).forEach(k -> columns.add(k.column()));
        columns.addAll(index.include());
        return columns;
    }

    private static List<SequenceDef> ownersRenamed(SchemaModel model, UnaryOperator<ColumnRef> rename) {
        return model.sequences().stream()
                .map(s -> s.ownedBy() == null ? s
                        : new SequenceDef(s.name(), s.type(), s.options(), rename.apply(s.ownedBy()), s.comment()))
                .toList();
    }
}
