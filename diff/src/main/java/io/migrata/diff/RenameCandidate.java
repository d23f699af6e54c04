package io.migrata.diff;

import io.migrata.schema.ColumnRef;
import io.migrata.schema.Identifiers;
import io.migrata.schema.QualifiedName;

import java.util.Objects;

/**
 * A drop and a create that look like one rename: a dropped and an added column of the same type in
 * one table, or a dropped and a created table in one schema with the same columns. The diff never
 * acts on it; a caller asks the user (and refuses where nobody can answer, as in CI), then diffs
 * again with {@link #hint()} in the {@link DiffOptions}.
 *
 * @param kind  {@link RenameHint.Kind#COLUMN} or {@link RenameHint.Kind#TABLE}
 * @param table the table holding the column, or the dropped table
 * @param from  the dropped column's or table's name
 * @param to    the added column's or table's name
 */
public record RenameCandidate(RenameHint.Kind kind, QualifiedName table, String from, String to) {

    public RenameCandidate {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (kind == RenameHint.Kind.ENUM_LABEL) throw new IllegalArgumentException("enum labels are not rename candidates");
    }

    public static RenameCandidate column(QualifiedName table, String from, String to) {
        return new RenameCandidate(RenameHint.Kind.COLUMN, table, from, to);
    }

    public static RenameCandidate table(QualifiedName table, String to) {
        return new RenameCandidate(RenameHint.Kind.TABLE, table, table.name(), to);
    }

    /** The hint that makes the diff rename instead of dropping and creating. */
    public RenameHint hint() {
        return kind == RenameHint.Kind.TABLE ? RenameHint.table(table, to) : RenameHint.column(table, from, to);
    }

    /** {@code column public.users.phone may have been renamed to phone_number}. */
    public String describe() {
        String what = kind == RenameHint.Kind.TABLE ? "table " + table : "column " + new ColumnRef(table, from);
        return what + " may have been renamed to " + Identifiers.quote(to);
    }
}
