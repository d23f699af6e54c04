package io.migrata.diff;

import io.migrata.schema.ColumnDef;
import io.migrata.schema.IndexDef;
import io.migrata.schema.QualifiedName;
import io.migrata.schema.TableDef;
import io.migrata.schema.ViewDef;
import io.migrata.schema.op.CommentTarget;
import io.migrata.schema.op.CreateIndex;
import io.migrata.schema.op.DropIndex;
import io.migrata.schema.op.CreateView;
import io.migrata.schema.op.DropView;
import io.migrata.schema.op.ReplaceView;
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
 * Views paired by name and compared by definition. PostgreSQL refuses to change the type of a
 * column a view uses, to drop a column or table a view uses, and to drop a view another view uses;
 * so a view in both models that mentions such a table (or such a view) is dropped before the
 * change and created again after it, even when its own definition stays the same. Mentions are
 * found in the query text, conservatively ({@link ViewMentions}).
 */
final class ViewComparator {

    private ViewComparator() {
    }

    static void compare(ModelIndex before, ModelIndex after, Changes changes) {
        Set<QualifiedName> recreated = recreated(before, after, changes);
        for (ViewDef from : before.model.views()) {
            ViewDef to = after.view(from.name());
            if (to == null) {
                changes.add(new DropView(from));
            } else if (recreated.contains(from.name())) {
                changes.add(new DropView(from));
                changes.add(new CreateView(to));
            } else if (!from.equals(to)) {
                replace(from, to, changes);
            }
        }
        for (ViewDef to : after.model.views()) {
            if (before.view(to.name()) == null) changes.add(new CreateView(to));
        }
    }

    /**
     * A materialized view is replaced (dropped and created, with its indexes) when its query, its
     * kind or whether it holds data changes; creating it {@code WITH DATA} runs the query, and
     * that is the refresh. Only its indexes changing are index ops on the view.
     */
    private static void replace(ViewDef from, ViewDef to, Changes changes) {
        ViewDef target = to.withComment(from.comment());
        boolean rebuilt = !from.definition().equals(to.definition()) || from.materialized() != to.materialized()
                || from.withData() != to.withData();
        if (rebuilt) {
            changes.add(new ReplaceView(from, target));
        } else if (!from.indexes().equals(to.indexes())) {
            for (IndexDef index : from.indexes()) {
                if (!to.indexes().contains(index)) changes.add(new DropIndex(from.name(), index, false));
            }
            for (IndexDef index : to.indexes()) {
                if (!from.indexes().contains(index)) changes.add(new CreateIndex(from.name(), index, false));
            }
        }
        if (!Objects.equals(from.comment(), to.comment())) {
            changes.add(new SetComment(CommentTarget.view(from.name(), to.materialized()), from.comment(), to.comment()));
        }
    }

    /** Views in both models that mention a table losing a used column, changing a column type or dropped, or such a view. */
    private static Set<QualifiedName> recreated(ModelIndex before, ModelIndex after, Changes changes) {
        Map<String, List<ViewDef>> mentioning = new HashMap<>();
        List<ViewDef> kept = new ArrayList<>();
        Map<QualifiedName, Set<String>> identifiers = new HashMap<>();
        for (ViewDef view : before.model.views()) {
            if (after.view(view.name()) == null) continue;
            kept.add(view);
            Set<String> names = ViewMentions.identifiers(view.definition());
            identifiers.put(view.name(), names);
            for (String name : names) mentioning.computeIfAbsent(name, n -> new ArrayList<>()).add(view);
        }
        Set<QualifiedName> recreated = new HashSet<>();
        if (kept.isEmpty()) return recreated;
        typeChangedByEnums(before, changes);
        ArrayDeque<QualifiedName> gone = new ArrayDeque<>();
        List<QualifiedName> affected = sorted(changes.droppedTables, changes.typeChangedTables, changes.droppedColumns.keySet());
        for (ViewDef view : kept) {
            QualifiedName table = affectedTable(identifiers.get(view.name()), affected, changes);
            if (table != null && recreated.add(view.name())) {
                gone.add(view.name());
                changes.note("view " + view.name() + " is dropped and created again around the change of table " + table
                        + ", which it mentions");
            }
        }
        for (ViewDef view : before.model.views()) {
            if (after.view(view.name()) == null) gone.add(view.name());
        }
        while (!gone.isEmpty()) {
            QualifiedName view = gone.poll();
            for (ViewDef dependent : mentioning.getOrDefault(view.name(), List.of())) {
                if (!dependent.name().equals(view) && recreated.add(dependent.name())) {
                    gone.add(dependent.name());
                    changes.note("view " + dependent.name() + " is dropped and created again around the change of view "
                            + view + ", which it mentions");
                }
            }
        }
        return recreated;
    }

    /** A table with a column of an enum that is rebuilt changes that column's type, as far as views are concerned. */
    private static void typeChangedByEnums(ModelIndex before, Changes changes) {
        if (changes.rebuiltEnums.isEmpty()) return;
        for (TableDef table : before.model.tables()) {
            for (ColumnDef column : table.columns()) {
                String spelling = column.type().spelling();
                String scalar = column.type().isArray() ? spelling.substring(0, spelling.length() - 2) : spelling;
                if (changes.rebuiltEnums.contains(scalar)) changes.typeChangedTables.add(table.name());
            }
        }
    }

    private static QualifiedName affectedTable(Set<String> names, List<QualifiedName> affected, Changes changes) {
        for (QualifiedName table : affected) {
            if (!names.contains(table.name())) continue;
            if (changes.droppedTables.contains(table) || changes.typeChangedTables.contains(table)) return table;
            for (String column : changes.droppedColumns.getOrDefault(table, Set.of())) {
                if (names.contains(column)) return table;
            }
        }
        return null;
    }

    @SafeVarargs
    private static List<QualifiedName> sorted(Set<QualifiedName>... sets) {
        Set<QualifiedName> all = new HashSet<>();
        for (Set<QualifiedName> set : sets) all.addAll(set);
        return all.stream().sorted().toList();
    }
}
