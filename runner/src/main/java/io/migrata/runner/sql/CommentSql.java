package io.migrata.runner.sql;

import io.migrata.schema.ColumnDef;
import io.migrata.schema.QualifiedName;
import io.migrata.schema.op.CommentTarget;

import java.util.Locale;

/** {@code COMMENT ON … IS}. */
final class CommentSql {

    private CommentSql() {
    }

    /** {@code COMMENT ON COLUMN public.users.phone IS 'Mobile'}, or {@code … IS NULL} to remove it. */
    static String set(CommentTarget target, String comment) {
        String object = target.kind() == CommentTarget.Kind.COLUMN
                ? target.object() + "." + SqlText.name(target.member())
                : target.objectSql();
        return "COMMENT ON " + target.kind().sql().toUpperCase(Locale.ROOT) + " " + object + " IS "
                + SqlText.literal(comment);
    }

    /** The statement that gives a newly created object its comment, or null when it has none. */
    static String onCreate(CommentTarget target, String comment) {
        return comment == null ? null : set(target, comment);
    }

    static String onNewColumn(QualifiedName table, ColumnDef column) {
        return onCreate(CommentTarget.column(table, column.name()), column.comment());
    }
}
