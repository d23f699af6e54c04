package io.migrata.schema.migration;

import io.migrata.schema.op.CommentTarget;

/**
 * What a comment is on: {@code onTable("users")}, {@code onColumn("users", "phone")},
 * {@code onView(…)}, {@code onMaterializedView(…)}, {@code onType(…)}, {@code onSequence(…)},
 * {@code onDomain(…)}, {@code onFunction("add", "integer, integer")}, {@code onProcedure(…)},
 * {@code onAggregate("group_concat", "text")}, {@code onTrigger("users", "users_touch")}.
 */
public final class CommentOn {

    private final CommentTarget.Kind kind;
    private final String object;
    private final String member;
    private final String arguments;

    CommentOn(CommentTarget.Kind kind, String object, String member) {
        this(kind, object, member, null);
    }

    CommentOn(CommentTarget.Kind kind, String object, String member, String arguments) {
        this.kind = kind;
        this.object = Require.text(object, objectKind() + " name");
        this.member = kind.isMember() ? Require.text(member, kind.sql() + " name") : null;
        this.arguments = kind.isRoutine() ? Require.present(arguments, "argument types") : null;
    }

    private String objectKind() {
        return kind.isMember() ? "table" : kind.sql();
    }

    public CommentTarget resolve(ObjectNames names) {
        return new CommentTarget(kind, names.parse(object, objectKind()), member, arguments);
    }
}
