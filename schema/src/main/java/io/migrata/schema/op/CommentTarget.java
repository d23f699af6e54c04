package io.migrata.schema.op;

import io.migrata.schema.AggregateDef;
import io.migrata.schema.ColumnRef;
import io.migrata.schema.FunctionDef;
import io.migrata.schema.QualifiedName;

import java.util.Locale;
import java.util.Objects;

/**
 * What a {@link SetComment} is on: a table, view, materialized view, type, sequence or domain named by
 * {@code object}, the {@code column} of the table {@code object} (set only for {@link Kind#COLUMN}), or
 * the function, procedure or aggregate {@code object} with the {@code arguments} that tell its
 * overloads apart (set only for those kinds, {@link Kind#isRoutine()}).
 */
public record CommentTarget(Kind kind, QualifiedName object, String column, String arguments) {

    /** The object kinds a comment can sit on, as {@code COMMENT ON} spells them. */
    public enum Kind {
        TABLE, COLUMN, VIEW, MATERIALIZED_VIEW, TYPE, SEQUENCE, DOMAIN, FUNCTION, PROCEDURE, AGGREGATE;

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
        if ((kind == Kind.COLUMN) != (column != null)) {
            throw new IllegalArgumentException("a comment target names a column exactly when its kind is COLUMN");
        }
        if (kind.isRoutine() != (arguments != null)) {
            throw new IllegalArgumentException("a comment target names arguments exactly when it is on a function, procedure or aggregate");
        }
    }

    public CommentTarget(Kind kind, QualifiedName object, String column) {
        this(kind, object, column, null);
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

    /** {@code public.add(integer, integer)} for a routine, the object's name for anything else but a column. */
    public String objectSql() {
        if (kind == Kind.COLUMN) return new ColumnRef(object, column).toString();
        return kind.isRoutine() ? object + "(" + arguments + ")" : object.toString();
    }

    /** {@code column public.users.phone}, {@code table public.users}, … */
    @Override
    public String toString() {
        return kind.sql() + " " + objectSql();
    }
}
