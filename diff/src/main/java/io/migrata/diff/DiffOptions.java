package io.migrata.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How {@link SchemaDiff} compares: the renames it must not guess ({@link RenameHint}), and whether
 * indexes on existing tables are created and dropped {@code CONCURRENTLY} (off by default, since
 * such an index cannot be built inside a transaction).
 *
 * <pre>{@code
 * DiffOptions options = DiffOptions.defaults()
 *         .withRename("users.phone -> phone_number")
 *         .withConcurrentIndexes(true);
 * }</pre>
 */
public record DiffOptions(List<RenameHint> renames, boolean concurrentIndexes) {

    public DiffOptions {
        renames = List.copyOf(renames);
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
        return new DiffOptions(more, concurrentIndexes);
    }

    public DiffOptions withConcurrentIndexes(boolean concurrently) {
        return new DiffOptions(renames, concurrently);
    }
}
