package io.migrata.diff;

import io.migrata.schema.CheckDef;
import io.migrata.schema.ColumnDef;
import io.migrata.schema.ColumnRef;
import io.migrata.schema.ConstraintDef;
import io.migrata.schema.ForeignKeyDef;
import io.migrata.schema.IndexDef;
import io.migrata.schema.IndexKey;
import io.migrata.schema.PrimaryKeyDef;
import io.migrata.schema.TableDef;
import io.migrata.schema.UniqueDef;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Columns in both models that are dropped and added again instead of altered, because PostgreSQL
 * cannot change how they are generated in place: no version makes an existing column generated,
 * only 17 and later change a generation expression ({@code SET EXPRESSION}), which the diff cannot
 * count on since it does not know the server, and a generated column made plain
 * ({@code DROP EXPRESSION}) has the first case as its downgrade. So any change of the generation
 * expression is a {@code DropColumn} and an {@code AddColumn}, which says in the migration that
 * the column's values are lost.
 *
 * <p>PostgreSQL drops a column's indexes and constraints with it, including checks and expression
 * indexes that merely mention it, and refuses while a foreign key, a sequence it owns or a view
 * depends on it. The comparators therefore drop those before and create them again after, as for a
 * key that changes: {@link #uses} tells them which, reading expressions as conservatively as
 * {@link ViewMentions} does (a false mention only rebuilds a constraint for nothing).
 */
final class RecreatedColumns {

    private RecreatedColumns() {
    }

    /** Records in {@code changes} every column of a table in both models whose generation expression changes. */
    static void find(ModelIndex before, ModelIndex after, Changes changes) {
        for (TableDef from : before.model.tables()) {
            TableDef to = after.table(from.name());
            if (to == null || from.equals(to)) continue;
            Map<String, ColumnDef> toByName = new HashMap<>();
            for (ColumnDef column : to.columns()) toByName.put(column.name(), column);
            for (ColumnDef column : from.columns()) {
                ColumnDef target = toByName.get(column.name());
                if (target != null && !Objects.equals(column.generatedExpression(), target.generatedExpression())) {
                    changes.recreatedColumn(from.name(), column.name());
                    changes.note(reason(new ColumnRef(from.name(), column.name()), column, target));
                }
            }
        }
    }

    private static String reason(ColumnRef column, ColumnDef from, ColumnDef to) {
        String change = from.generatedExpression() == null
                ? "becomes generated, which PostgreSQL cannot do to an existing column"
                : to.generatedExpression() == null
                ? "stops being generated, and the way back would make an existing column generated, which"
                        + " PostgreSQL cannot do"
                : "gets another generation expression, which PostgreSQL changes in place only from version 17 on";
        return "column " + column + " " + change + ": it is dropped and added again, losing its values, with its"
                + " indexes, constraints and the views that use it dropped before and created again after";
    }

    /** Whether the constraint lists or mentions one of the {@code columns} of its own table. */
    static boolean uses(ConstraintDef constraint, Set<String> columns) {
        if (columns.isEmpty()) return false;
        if (constraint instanceof PrimaryKeyDef key) return listsAny(key.columns(), columns);
        if (constraint instanceof UniqueDef unique) return listsAny(unique.columns(), columns);
        if (constraint instanceof ForeignKeyDef fk) return listsAny(fk.columns(), columns);
        return mentionsAny(((CheckDef) constraint).expression(), columns);
    }

    /** Whether the index lists or mentions one of the {@code columns}: keys, included columns, predicate. */
    static boolean uses(IndexDef index, Set<String> columns) {
        if (columns.isEmpty()) return false;
        for (IndexKey key : index.keys()) {
            boolean uses = key.isExpression() ? mentionsAny(key.expression(), columns) : columns.contains(key.column());
            if (uses) return true;
        }
        return listsAny(index.include(), columns)
                || (index.predicate() != null && mentionsAny(index.predicate(), columns));
    }

    private static boolean listsAny(Collection<String> listed, Set<String> columns) {
        for (String column : listed) {
            if (columns.contains(column)) return true;
        }
        return false;
    }

    private static boolean mentionsAny(String expression, Set<String> columns) {
        return listsAny(ViewMentions.identifiers(expression), columns);
    }
}
