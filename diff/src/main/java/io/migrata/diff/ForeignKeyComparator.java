package io.migrata.diff;

import io.migrata.schema.ForeignKeyDef;
import io.migrata.schema.Identifiers;
import io.migrata.schema.QualifiedName;
import io.migrata.schema.TableDef;
import io.migrata.schema.op.AddForeignKey;
import io.migrata.schema.op.DropConstraint;

import java.util.Set;

/**
 * The foreign keys of every table in both models. They are compared after all other table parts
 * because an unchanged foreign key still has to be dropped, and added again afterwards, when the
 * primary key, unique constraint or unique index it references is dropped (PostgreSQL refuses to
 * drop a key a foreign key depends on), and likewise when one of its own columns is dropped and
 * added again ({@link RecreatedColumns}).
 */
final class ForeignKeyComparator {

    private ForeignKeyComparator() {
    }

    static void compare(ModelIndex before, ModelIndex after, Changes changes) {
        boolean keysDropped = !changes.droppedKeys.isEmpty();
        for (TableDef from : before.model.tables()) {
            TableDef to = after.table(from.name());
            if (to == null || changes.droppedTables.contains(from.name())) continue;
            boolean same = from.foreignKeys().equals(to.foreignKeys());
            Set<String> recreated = changes.recreatedColumns(from.name());
            if (same && from.foreignKeys().stream().noneMatch(fk -> RecreatedColumns.uses(fk, recreated)
                    || keysDropped && reliesOnDroppedKey(fk, before, changes))) {
                continue;
            }
            compare(from, to, before, recreated, changes);
        }
    }

    private static void compare(TableDef from, TableDef to, ModelIndex before, Set<String> recreated, Changes changes) {
        QualifiedName table = from.name();
        Pairing.pair(from.foreignKeys(), to.foreignKeys(), ForeignKeyDef::name, ForeignKeyComparator::definition,
                new Pairing.Handler<>() {
                    @Override
                    public void same(ForeignKeyDef f, ForeignKeyDef t) {
                        if (RecreatedColumns.uses(f, recreated)) {
                            changed(f, t);
                        } else if (reliesOnDroppedKey(f, before, changes)) {
                            changes.note("foreign key " + Identifiers.quote(f.name()) + " on " + table
                                    + " is dropped and added again around the change of the key it references on "
                                    + f.targetTable());
                            changed(f, t);
                        } else {
                            ConstraintComparator.noteRenamed(table, "foreign key", f.name(), t.name(), changes);
                        }
                    }

                    @Override
                    public void changed(ForeignKeyDef f, ForeignKeyDef t) {
                        removed(f);
                        added(t);
                    }

                    @Override
                    public void removed(ForeignKeyDef f) {
                        changes.add(new DropConstraint(table, f));
                    }

                    @Override
                    public void added(ForeignKeyDef t) {
                        changes.add(new AddForeignKey(table, t));
                    }
                });
    }

    /** Everything but the name. */
    private static Object definition(ForeignKeyDef fk) {
        return new ForeignKeyDef("", fk.columns(), fk.targetTable(), fk.targetColumns(), fk.onDelete(), fk.onUpdate(),
                fk.matchFull(), fk.deferrability());
    }

    /** Whether every key on the referenced columns that the foreign key could rely on is dropped. */
    private static boolean reliesOnDroppedKey(ForeignKeyDef fk, ModelIndex before, Changes changes) {
        Set<String> dropped = changes.droppedKeys(fk.targetTable());
        if (dropped.isEmpty()) return false;
        TableDef target = before.table(fk.targetTable());
        return target != null && KeyLookup.hasKeyOn(target, fk.targetColumns(), Set.of())
                && !KeyLookup.hasKeyOn(target, fk.targetColumns(), dropped);
    }
}
