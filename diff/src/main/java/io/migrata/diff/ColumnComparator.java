package io.migrata.diff;

import io.migrata.schema.ColumnDef;
import io.migrata.schema.ColumnRef;
import io.migrata.schema.Identifiers;
import io.migrata.schema.QualifiedName;
import io.migrata.schema.SqlType;
import io.migrata.schema.TableDef;
import io.migrata.schema.TypeRules;
import io.migrata.schema.op.AddColumn;
import io.migrata.schema.op.AlterColumn;
import io.migrata.schema.op.CommentTarget;
import io.migrata.schema.op.DropColumn;
import io.migrata.schema.op.SetComment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The columns of a table in both models, paired by name (a column under a new name is a rename
 * hint's business, never a guess). Column order is not compared. A column whose generation
 * changes is dropped and added again ({@link RecreatedColumns}). Types that differ only in an
 * {@linkplain TypeRules#canonical equivalent spelling} are equal unless the options ask for strict
 * types. A type change gets the conversion the options give for its column; otherwise none
 * where PostgreSQL converts by assignment (which refuses, rather than truncates, what does not
 * fit) or casts labels, and none either where only the user knows the conversion: the hazard
 * {@link HazardKind#CONVERSION_REQUIRED} then says so.
 */
final class ColumnComparator {

    private ColumnComparator() {
    }

    /** Emits the column ops of the table and hands dropped and added columns to the rename detector. */
    static void compare(TableDef from, TableDef to, Predicate<SqlType> isEnum, DiffOptions options, Changes changes) {
        QualifiedName table = from.name();
        Map<String, ColumnDef> toByName = new HashMap<>();
        for (ColumnDef column : to.columns()) toByName.put(column.name(), column);
        Set<String> recreated = changes.recreatedColumns(table);
        List<ColumnDef> dropped = new ArrayList<>();
        Set<String> fromNames = new HashSet<>();
        for (ColumnDef column : from.columns()) {
            fromNames.add(column.name());
            ColumnDef target = toByName.get(column.name());
            if (target != null && !options.strictTypes() && TypeRules.equivalent(column.type(), target.type())) {
                target = target.withType(column.type());
            }
            if (target == null || recreated.contains(column.name())) {
                changes.add(new DropColumn(table, column));
                changes.droppedColumn(table, column.name());
                if (target == null) dropped.add(column);
            } else if (!column.equals(target)) {
                alter(table, column, target, isEnum, options, changes);
            }
        }
        List<ColumnDef> added = new ArrayList<>();
        for (ColumnDef column : to.columns()) {
            boolean isNew = !fromNames.contains(column.name());
            if (isNew || recreated.contains(column.name())) {
                addColumn(table, column, options, changes);
                if (isNew) added.add(column);
            }
        }
        RenameDetector.columns(table, dropped, added, changes);
    }

    /**
     * A NOT NULL column without a default that the options give one for is added with it, which
     * fills the existing rows, and the default is then dropped: the column ends as the target has it.
     */
    private static void addColumn(QualifiedName table, ColumnDef column, DiffOptions options, Changes changes) {
        String fill = options.fillDefaults().get(new ColumnRef(table, column.name()));
        if (fill == null || column.nullable() || column.defaultExpression() != null || column.identity() != null
                || column.generatedExpression() != null) {
            changes.add(new AddColumn(table, column));
            return;
        }
        ColumnDef filled = column.withDefault(fill);
        changes.add(new AddColumn(table, filled));
        changes.add(new AlterColumn(table, filled, column));
    }

    /**
     * The comment is {@link SetComment}'s, so the altered column keeps the old one until then. An
     * identity added or removed together with other changes is an op of its own: the ordering runs
     * identities apart from other column changes ({@link Phase#DROP_IDENTITY}, {@link Phase#ADD_IDENTITY}),
     * so that a serial column's sequence is dropped after its default and before the identity that
     * takes its name, and created after the identity that had it.
     */
    private static void alter(QualifiedName table, ColumnDef from, ColumnDef to, Predicate<SqlType> isEnum,
                              DiffOptions options, Changes changes) {
        ColumnDef target = to.withComment(from.comment());
        if (!from.equals(target)) {
            String column = Identifiers.quote(from.name());
            String given = from.type().equals(to.type()) ? null : options.conversions().get(new ColumnRef(table, from.name()));
            String using = given != null ? given : TypeRules.labelCast(column, from.type(), to.type(), isEnum);
            String reverseUsing = TypeRules.labelCast(column, to.type(), from.type(), isEnum);
            boolean identityOnly = from.withIdentity(null).equals(target.withIdentity(null));
            if (from.identity() == null && target.identity() != null && !identityOnly) {
                ColumnDef withoutIdentity = target.withIdentity(null);
                changes.add(new AlterColumn(table, from, withoutIdentity, using, reverseUsing));
                changes.add(new AlterColumn(table, withoutIdentity, target));
            } else if (from.identity() != null && target.identity() == null && !identityOnly) {
                ColumnDef withoutIdentity = from.withIdentity(null);
                changes.add(new AlterColumn(table, from, withoutIdentity));
                changes.add(new AlterColumn(table, withoutIdentity, target, using, reverseUsing));
            } else {
                changes.add(new AlterColumn(table, from, target, using, reverseUsing));
            }
            if (!from.type().equals(to.type())) changes.typeChangedTables.add(table);
        }
        if (!Objects.equals(from.comment(), to.comment())) {
            changes.add(new SetComment(CommentTarget.column(table, from.name()), from.comment(), to.comment()));
        }
    }
}
