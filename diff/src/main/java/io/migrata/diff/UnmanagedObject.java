package io.migrata.diff;

import io.migrata.schema.QualifiedName;

import java.util.Objects;

/**
 * An object the first model has and the second lacks that the comparison left alone, because it is
 * not Migrata's ({@link Ownership}): no revision created it, or only a baseline did.
 *
 * @param kind   {@code table}, {@code column}, {@code index}, {@code constraint}, {@code sequence},
 *               {@code view} or {@code enum type}
 * @param object the table, sequence, view or type, or the table a column, index or constraint is on
 * @param part   the column, index or constraint name, or {@code null} for a schema-level object
 */
public record UnmanagedObject(String kind, QualifiedName object, String part) {

    public UnmanagedObject {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(object, "object");
    }

    /** {@code table public.shedlock}, {@code index users_legacy_idx on public.users}. */
    public String describe() {
        if (part == null) return kind + " " + object;
        return kind + " " + part + (kind.equals("column") ? " of " : " on ") + object;
    }
}
