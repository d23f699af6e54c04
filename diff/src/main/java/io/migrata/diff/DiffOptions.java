package io.migrata.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How {@link SchemaDiff} compares: the renames it must not guess ({@link RenameHint}), whether
 * indexes on existing tables are created and dropped {@code CONCURRENTLY} (off by default, since
 * such an index cannot be built inside a transaction), which objects it covers ({@link ObjectFilter},
 * everything by default) and which of those are Migrata's to drop ({@link Ownership}, everything by
 * default).
 *
 * <pre>{@code
 * DiffOptions options = DiffOptions.defaults()
 *         .withRename("users.phone -> phone_number")
 *         .withConcurrentIndexes(true)
 *         .withFilter(ObjectFilter.everything().excluding("shedlock"));
 * }</pre>
 */
public record DiffOptions(List<RenameHint> renames, boolean concurrentIndexes, ObjectFilter filter, Ownership ownership) {

    public DiffOptions {
        renames = List.copyOf(renames);
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(ownership, "ownership");
    }

    /** Every object compared, and every one Migrata's. */
    public DiffOptions(List<RenameHint> renames, boolean concurrentIndexes) {
        this(renames, concurrentIndexes, ObjectFilter.everything(), Ownership.everything());
    }

    public static DiffOptions defaults() {
        return new DiffOptions(List.of(), false);
    }

    /** These options plus a hint in {@link RenameHint#parse(String) text form}. */
    public DiffOptions withRename(String hint) {
        return withRename(RenameHint.parse(hint));
    }

    public DiffOptions withRename(RenameHint hint) {
        Objects.requireNonNull(hint, "hint");
        List<RenameHint> more = new ArrayList<>(renames);
        more.add(hint);
        return new DiffOptions(more, concurrentIndexes, filter, ownership);
    }

    public DiffOptions withConcurrentIndexes(boolean concurrently) {
        return new DiffOptions(renames, concurrently, filter, ownership);
    }

    public DiffOptions withFilter(ObjectFilter newFilter) {
        return new DiffOptions(renames, concurrentIndexes, newFilter, ownership);
    }

    public DiffOptions withOwnership(Ownership newOwnership) {
        return new DiffOptions(renames, concurrentIndexes, filter, newOwnership);
    }
}
