package io.migrata.schema.op;

import io.migrata.schema.AggregateDef;
import io.migrata.schema.ColumnRef;
import io.migrata.schema.FunctionDef;
import io.migrata.schema.Identifiers;
import io.migrata.schema.QualifiedName;
import io.migrata.schema.TriggerDef;

import java.util.Locale;
import java.util.Objects;

/**
 * What a {@link SetComment} is on: a table, view, materialized view, type, sequence or domain named by
 * {@code object}, the column or trigger {@code member} of the table {@code object} (set only for
 * {@link Kind#COLUMN} and {@link Kind#TRIGGER}), or the function, procedure or aggregate {@code object}
 * with the {@code arguments} that tell its overloads apart (set only for those kinds, {@link Kind#isRoutine()}).
 */
public record CommentTarget(Kind kind, QualifiedName object, String member, String arguments) {

    /** The object kinds a comment can sit on, as {@code COMMENT ON} spells them. */
    public enum Kind {
        TABLE, COLUMN, VIEW, MATERIALIZED_VIEW, TYPE, SEQUENCE, DOMAIN, FUNCTION, PROCEDURE, AGGREGATE, TRIGGER;

        /** Whether the kind is a part of a table, known by the table and its own name. */
        public boolean isMember() {
            return this == COLUMN || this == TRIGGER;
        }

        /** Whether the kind is known by name and arguments. */
        public boolean isRoutine() {
            return this == FUNCTION || this == PROCEDURE || this == AGGREGATE;
        }

        /** {@code materialized view} for {@code MATERIALIZED_VIEW}: the words SQL uses. */
        public String sql() {
            return name().toLowerCase(Locale.ROOT).replace('_', ' ');
        }
    }

    public CommentTarget {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(object, "object");
        if (kind.isMember() != (member != null)) {
            throw new IllegalArgumentException("a comment target names a member exactly when it is on a column or trigger");
        }
        if (kind.isRoutine() != (arguments != null)) {
            throw new IllegalArgumentException("a comment target names arguments exactly when it is on a function, procedure or aggregate");
        }
    }

    public CommentTarget(Kind kind, QualifiedName object, String member) {
        this(kind, object, member, null);
    }

    public static CommentTarget table(QualifiedName table) {
        return new CommentTarget(Kind.TABLE, table, null);
    }

    public static CommentTarget column(QualifiedName table, String column) {
        return new CommentTarget(Kind.COLUMN, table, column);
    }

    public static CommentTarget view(QualifiedName view, boolean materialized) {
        return new CommentTarget(materialized ? Kind.MATERIALIZED_VIEW : Kind.VIEW, view, null);
    }

    public static CommentTarget type(QualifiedName type) {
        return new CommentTarget(Kind.TYPE, type, null);
    }

    public static CommentTarget sequence(QualifiedName sequence) {
        return new CommentTarget(Kind.SEQUENCE, sequence, null);
    }

    public static CommentTarget domain(QualifiedName domain) {
        return new CommentTarget(Kind.DOMAIN, domain, null);
    }

    public static CommentTarget function(FunctionDef function) {
        return new CommentTarget(function.procedure() ? Kind.PROCEDURE : Kind.FUNCTION, function.name(), null, function.argumentTypes());
    }

    public static CommentTarget aggregate(AggregateDef aggregate) {
        return new CommentTarget(Kind.AGGREGATE, aggregate.name(), null, aggregate.argumentTypes());
    }

    public static CommentTarget trigger(TriggerDef trigger) {
        return new CommentTarget(Kind.TRIGGER, trigger.table(), trigger.name());
    }

    /**
     * {@code public.add(integer, integer)} for a routine, {@code public.users.phone} for a column,
     * {@code users_touch ON public.users} for a trigger, the object's name for anything else.
     */
    public String objectSql() {
        return switch (kind) {
            case COLUMN -> new ColumnRef(object, member).toString();
            case TRIGGER -> Identifiers.quote(member) + " ON " + object;
            case FUNCTION, PROCEDURE, AGGREGATE -> object + "(" + arguments + ")";
            default -> object.toString();
        };
    }

    /** {@code column public.users.phone}, {@code table public.users}, … */
    @Override
    public String toString() {
        return kind.sql() + " " + objectSql();
    }
}
