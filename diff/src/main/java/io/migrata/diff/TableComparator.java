package io.migrata.diff;

import io.migrata.schema.TableDef;
import io.migrata.schema.op.CommentTarget;
import io.migrata.schema.op.CreateTable;
import io.migrata.schema.op.DropTable;
import io.migrata.schema.op.SetComment;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Tables paired by qualified name: a table only in the first model is dropped whole, one only in
 * the second is created whole (with its keys, checks, indexes, foreign keys and comments), and a
 * table in both is compared part by part. Equal tables cost one {@code equals}.
 */
final class TableComparator {

    private TableComparator() {
    }

    static void compare(ModelIndex before, ModelIndex after, DiffOptions options, Changes changes) {
        List<TableDef> dropped = new ArrayList<>();
        for (TableDef from : before.model.tables()) {
            TableDef to = after.table(from.name());
            if (to == null) {
                dropped.add(from);
                changes.add(new DropTable(from));
                changes.droppedTables.add(from.name());
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
