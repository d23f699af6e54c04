package io.migrata.schema.op;

import io.migrata.schema.ColumnRef;
import io.migrata.schema.QualifiedName;

import java.util.Locale;
import java.util.Objects;

/**
 * What a {@link SetComment} is on: a table, view, materialized view, type, sequence or domain named by
 * {@code object}, or the {@code column} of the table {@code object} (set only for {@link Kind#COLUMN}).
 */
public record CommentTarget(Kind kind, QualifiedName object, String column) {

    /** The object kinds a comment can sit on, as {@code COMMENT ON} spells them. */
    public enum Kind {
        TABLE, COLUMN, VIEW, MATERIALIZED_VIEW, TYPE, SEQUENCE, DOMAIN;

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

    /** {@code column public.users.phone}, {@code table public.users}, … */
    @Override
    public String toString() {
        return kind.sql() + " " + (kind == Kind.COLUMN ? new ColumnRef(object, column).toString() : object.toString());
    }
}
