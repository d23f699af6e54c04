package io.migrata.diff;

import io.migrata.schema.CheckDef;
import io.migrata.schema.ConstraintDef;
import io.migrata.schema.Identifiers;
import io.migrata.schema.IndexDef;
import io.migrata.schema.PrimaryKeyDef;
import io.migrata.schema.QualifiedName;
import io.migrata.schema.TableDef;
import io.migrata.schema.UniqueDef;
import io.migrata.schema.op.AddCheckConstraint;
import io.migrata.schema.op.AddPrimaryKey;
import io.migrata.schema.op.AddUniqueConstraint;
import io.migrata.schema.op.CreateIndex;
import io.migrata.schema.op.DropConstraint;
import io.migrata.schema.op.DropIndex;
import io.migrata.schema.op.SchemaOp;

import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The primary key, unique constraints, check constraints and indexes of a table in both models.
 * None of them can be altered in place, so any change is a drop and an add; one that only has
 * another name is the same object (see {@link Pairing}) and needs no op, unless it uses a column
 * that is dropped and added again ({@link RecreatedColumns}): then it is dropped before and added
 * again after.
 */
final class ConstraintComparator {

    private ConstraintComparator() {
    }

    /** Foreign keys are compared after every table, by {@link ForeignKeyComparator}. */
    static void compare(TableDef from, TableDef to, boolean concurrentIndexes, Changes changes) {
        QualifiedName table = from.name();
        Set<String> recreated = changes.recreatedColumns(table);
        pair(table, "primary key", Stream.ofNullable(from.primaryKey()).toList(), Stream.ofNullable(to.primaryKey()).toList(),
                PrimaryKeyDef::columns, key -> new AddPrimaryKey(table, key), recreated, changes);
        pair(table, "unique constraint", from.uniques(), to.uniques(),
                u -> List.of(u.columns(), u.nullsNotDistinct(), u.deferrability()),
                unique -> new AddUniqueConstraint(table, unique), recreated, changes);
        pair(table, "check constraint", from.checks(), to.checks(), CheckDef::expression,
                check -> new AddCheckConstraint(table, check), recreated, changes);
        Pairing.pair(from.indexes(), to.indexes(), IndexDef::name, index -> index.withName(""), new Pairing.Handler<>() {
            @Override
            public void same(IndexDef f, IndexDef t) {
                if (RecreatedColumns.uses(f, recreated)) changed(f, t);
                else noteRenamed(table, "index", f.name(), t.name(), changes);
            }

            @Override
            public void changed(IndexDef f, IndexDef t) {
                removed(f);
                added(t);
            }

            @Override
            public void removed(IndexDef f) {
                changes.add(new DropIndex(table, f, concurrentIndexes));
                if (f.unique()) changes.droppedKey(table, f.name());
            }

            @Override
            public void added(IndexDef t) {
                changes.add(new CreateIndex(table, t, concurrentIndexes));
            }
        });
    }

    private static <C extends ConstraintDef> void pair(QualifiedName table, String kind, List<C> from, List<C> to,
                                                       Function<C, Object> definition, Function<C, SchemaOp> add,
                                                       Set<String> recreated, Changes changes) {
        Pairing.pair(from, to, ConstraintDef::name, definition, new Pairing.Handler<>() {
            @Override
            public void same(C f, C t) {
                if (RecreatedColumns.uses(f, recreated)) changed(f, t);
                else noteRenamed(table, kind, f.name(), t.name(), changes);
            }

            @Override
            public void changed(C f, C t) {
                removed(f);
                added(t);
            }

            @Override
            public void removed(C f) {
                changes.add(new DropConstraint(table, f));
                if (f instanceof PrimaryKeyDef || f instanceof UniqueDef) changes.droppedKey(table, f.name());
            }

            @Override
            public void added(C t) {
                changes.add(add.apply(t));
            }
        });
    }

    /** Names are not compared when definitions match: the model being migrated keeps its name. */
    static void noteRenamed(QualifiedName table, String kind, String from, String to, Changes changes) {
        if (from.equals(to)) return;
        changes.note(kind + " " + Identifiers.quote(from) + " on " + table + " has the definition of "
                + Identifiers.quote(to) + ": the same " + kind + ", kept under its current name");
    }
}
