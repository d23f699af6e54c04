package io.migrata.schema;

import java.util.List;
import java.util.Objects;

/**
 * A view or materialized view; {@code definition} is the query as {@code pg_get_viewdef()} prints it.
 * Only a materialized view has indexes, and only it can be {@code unpopulated}: created or
 * refreshed {@code WITH NO DATA}, as {@code relispopulated} tells. (The flag says what is not the
 * default, so a revision written before it existed keeps its checksum.)
 */
public record ViewDef(QualifiedName name, String definition, boolean materialized, String comment, List<IndexDef> indexes,
                      boolean unpopulated) {

    public ViewDef {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(definition, "definition");
        indexes = Names.sortedUnique(indexes, IndexDef::name, () -> "index on " + name);
        if (!materialized && !indexes.isEmpty()) throw new IllegalArgumentException("view " + name + " is not materialized and cannot have indexes");
        if (!materialized && unpopulated) throw new IllegalArgumentException("view " + name + " is not materialized and always has data");
    }

    /** A populated view without indexes. */
    public ViewDef(QualifiedName name, String definition, boolean materialized, String comment) {
        this(name, definition, materialized, comment, List.of(), false);
    }

    /** Whether it holds its query's rows: always for a plain view. */
    public boolean withData() {
        return !unpopulated;
    }

    public ViewDef withIndexes(List<IndexDef> newIndexes) {
        return new ViewDef(name, definition, materialized, comment, newIndexes, unpopulated);
    }

    public ViewDef withComment(String newComment) {
        return new ViewDef(name, definition, materialized, newComment, indexes, unpopulated);
    }
}
