package io.migrata.schema.migration;

import io.migrata.schema.op.CommentTarget;

/**
 * What a comment is on: {@code onTable("users")}, {@code onColumn("users", "phone")},
 * {@code onView(…)}, {@code onMaterializedView(…)}, {@code onType(…)}, {@code onSequence(…)},
 * {@code onDomain(…)}, {@code onFunction("add", "integer, integer")}, {@code onProcedure(…)},
 * {@code onAggregate("group_concat", "text")}.
 */
public final class CommentOn {

    private final CommentTarget.Kind kind;
    private final String object;
    private final String column;
    private final String arguments;

    CommentOn(CommentTarget.Kind kind, String object, String column) {
        this(kind, object, column, null);
    }

    CommentOn(CommentTarget.Kind kind, String object, String column, String arguments) {
        this.kind = kind;
        this.object = Require.text(object, objectKind() + " name");
        this.column = kind == CommentTarget.Kind.COLUMN ? Require.text(column, "column name") : null;
        this.arguments = kind.isRoutine() ? Require.present(arguments, "argument types") : null;
    }

    private String objectKind() {
        return kind == CommentTarget.Kind.COLUMN ? "table" : kind.sql();
    }

    public CommentTarget resolve(ObjectNames names) {
        return new CommentTarget(kind, names.parse(object, objectKind()), column, arguments);
    }
}
