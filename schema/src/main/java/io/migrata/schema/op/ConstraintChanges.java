package io.migrata.schema.op;

import io.migrata.schema.CheckDef;
import io.migrata.schema.ConstraintDef;
import io.migrata.schema.ForeignKeyDef;
import io.migrata.schema.IndexDef;
import io.migrata.schema.ViewDef;
import io.migrata.schema.PrimaryKeyDef;
import io.migrata.schema.QualifiedName;
import io.migrata.schema.SchemaModel;
import io.migrata.schema.TableDef;
import io.migrata.schema.UniqueDef;


/**
 * How the constraint and index ops change a table. Each add takes the table as it stands (which
 * {@link TableChanges#create} passes while it builds a new one) and returns it changed.
 */
final class ConstraintChanges {

    private ConstraintChanges() {
    }

    /** PostgreSQL makes primary key columns NOT NULL as a side effect; the model wants that done first. */
    static TableDef addPrimaryKey(Step step, TableDef table, PrimaryKeyDef key) {
        if (table.primaryKey() != null) {
            throw step.fail("table " + table.name() + " already has primary key " + table.primaryKey().name());
        }
        step.requireConstraintNameFree(table, key.name());
        step.requireRelationNameFree(table.name().withName(key.name()), table);
        for (String column : key.columns()) {
            if (step.column(table, column).nullable()) {
                throw step.fail("column " + column + " of " + table.name() + " is nullable: make it NOT NULL first");
            }
        }
        return table.withPrimaryKey(key);
    }

    static TableDef addUnique(Step step, TableDef table, UniqueDef unique) {
        step.requireConstraintNameFree(table, unique.name());
        step.requireRelationNameFree(table.name().withName(unique.name()), table);
        step.requireColumns(table, unique.columns());
        return table.withUniques(Step.with(table.uniques(), unique));
    }

    static TableDef addCheck(Step step, TableDef table, CheckDef check) {
        step.requireConstraintNameFree(table, check.name());
        return table.withChecks(Step.with(table.checks(), check));
    }

    static TableDef addForeignKey(Step step, TableDef table, ForeignKeyDef fk) {
        step.requireConstraintNameFree(table, fk.name());
        step.requireColumns(table, fk.columns());
        TableDef target = step.foreignKeyTarget(table, fk);
        step.requireColumns(target, fk.targetColumns());
        if (!Step.hasKeyOn(target, fk.targetColumns())) {
            throw step.fail("table " + target.name() + " has no primary key, unique constraint or unique index on "
                    + OpText.names(fk.targetColumns()) + " for foreign key " + fk.name() + " to reference");
        }
        return table.withForeignKeys(Step.with(table.foreignKeys(), fk));
    }

    static TableDef createIndex(Step step, TableDef table, IndexDef index) {
        step.requireRelationNameFree(table.name().withName(index.name()), table);
        step.requireColumns(table, TableChanges.indexColumns(index));
        return table.withIndexes(Step.with(table.indexes(), index));
    }

    static SchemaModel add(Step step, QualifiedName tableName, ConstraintDef constraint) {
        TableDef table = step.table(tableName);
        TableDef changed;
        if (constraint instanceof PrimaryKeyDef key) changed = addPrimaryKey(step, table, key);
        else if (constraint instanceof UniqueDef unique) changed = addUnique(step, table, unique);
        else if (constraint instanceof CheckDef check) changed = addCheck(step, table, check);
        else changed = addForeignKey(step, table, (ForeignKeyDef) constraint);
        return step.withTable(changed);
    }

    /** On a table, or on a materialized view. */
    static SchemaModel createIndex(Step step, CreateIndex op) {
        ViewDef view = materializedView(step, op.table());
        if (view == null) return step.withTable(createIndex(step, step.table(op.table()), op.index()));
        step.requireRelationNameFree(op.table().withName(op.index().name()));
        return step.model.withViews(Step.replaced(step.model.views(), view, view.withIndexes(Step.with(view.indexes(), op.index()))));
    }

    private static ViewDef materializedView(Step step, QualifiedName name) {
        if (step.model.table(name).isPresent()) return null;
        ViewDef view = step.model.view(name).orElse(null);
        if (view != null && !view.materialized()) throw step.fail("view " + name + " is not materialized and cannot have indexes");
        return view;
    }

    static SchemaModel drop(Step step, DropConstraint op) {
        TableDef table = step.table(op.table());
        ConstraintDef carried = op.constraint();
        ConstraintDef current = table.constraint(carried.name()).orElseThrow(() ->
                step.fail("table " + op.table() + " has no constraint " + carried.name()));
        step.requireCurrent(current, carried, Step.kindAndName(current) + " on " + op.table());
        TableDef changed;
        if (current instanceof PrimaryKeyDef) changed = table.withPrimaryKey(null);
        else if (current instanceof UniqueDef unique) changed = table.withUniques(Step.without(table.uniques(), unique));
        else if (current instanceof CheckDef check) changed = table.withChecks(Step.without(table.checks(), check));
        else changed = table.withForeignKeys(Step.without(table.foreignKeys(), (ForeignKeyDef) current));
        step.requireNoForeignKeyRelies(table, changed, Step.kindAndName(current));
        return step.withTable(changed);
    }

    static SchemaModel renameIndex(Step step, RenameIndex op) {
        TableDef table = step.table(op.table());
        IndexDef current = table.indexes().stream().filter(index -> index.name().equals(op.from())).findFirst()
                .orElseThrow(() -> step.fail("table " + op.table() + " has no index " + op.from()));
        step.requireRelationNameFree(op.table().withName(op.to()));
        return step.withTable(table.withIndexes(Step.replaced(table.indexes(), current, current.withName(op.to()))));
    }

    /** The index goes and the key comes, or, released, the other way round; the index's definition is the key's. */
    static SchemaModel takeOverIndex(Step step, TakeOverIndex op) {
        TableDef table = step.table(op.table());
        IndexDef index = op.indexDef();
        if (op.released()) {
            ConstraintDef current = table.constraint(op.key().name()).orElseThrow(() ->
                    step.fail("table " + op.table() + " has no constraint " + op.key().name()));
            step.requireCurrent(current, op.key(), Step.kindAndName(current) + " on " + op.table());
            TableDef without = current instanceof PrimaryKeyDef ? table.withPrimaryKey(null)
                    : table.withUniques(Step.without(table.uniques(), (UniqueDef) current));
            TableDef changed = createIndex(step, without, index);
            step.requireNoForeignKeyRelies(table, changed, Step.kindAndName(current));
            return step.withTable(changed);
        }
        IndexDef current = table.indexes().stream().filter(i -> i.name().equals(op.index())).findFirst()
                .orElseThrow(() -> step.fail("table " + op.table() + " has no index " + op.index()));
        step.requireCurrent(current, index, "index " + op.index() + " on " + op.table());
        TableDef without = table.withIndexes(Step.without(table.indexes(), current));
        TableDef changed = op.key() instanceof PrimaryKeyDef key ? addPrimaryKey(step, without, key)
                : addUnique(step, without, (UniqueDef) op.key());
        return step.withTable(changed);
    }

    static SchemaModel dropIndex(Step step, DropIndex op) {
        String name = op.index().name();
        ViewDef view = materializedView(step, op.table());
        if (view != null) {
            IndexDef current = view.indexes().stream().filter(index -> index.name().equals(name)).findFirst()
                    .orElseThrow(() -> step.fail("materialized view " + op.table() + " has no index " + name));
            step.requireCurrent(current, op.index(), "index " + name + " on " + op.table());
            return step.model.withViews(Step.replaced(step.model.views(), view, view.withIndexes(Step.without(view.indexes(), current))));
        }
        TableDef table = step.table(op.table());
        IndexDef current = table.indexes().stream().filter(index -> index.name().equals(name)).findFirst()
                .orElseThrow(() -> step.fail("table " + op.table() + " has no index " + name));
        step.requireCurrent(current, op.index(), "index " + name + " on " + op.table());
        TableDef changed = table.withIndexes(Step.without(table.indexes(), current));
        step.requireNoForeignKeyRelies(table, changed, "unique index " + name);
        return step.withTable(changed);
    }
}
