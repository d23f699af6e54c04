package io.migrata.schema;

import java.util.List;
import java.util.Objects;

/**
 * A view or materialized view; {@code definition} is the query as {@code pg_get_viewdef()} prints it.
 * Only a materialized view has indexes, and only it can be left unpopulated ({@code WITH NO DATA},
 * {@code withData} false); a plain view always has {@code withData} true and no indexes.
 */
public record ViewDef(QualifiedName name, String definition, boolean materialized, String comment, List<IndexDef> indexes,
                      boolean withData) {

    public ViewDef {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(definition, "definition");
        indexes = Names.sortedUnique(indexes, IndexDef::name, () -> "index on " + name);
        if (!materialized && !indexes.isEmpty()) throw new IllegalArgumentException("view " + name + " is not materialized and cannot have indexes");
        if (!materialized && !withData) throw new IllegalArgumentException("view " + name + " is not materialized and always has data");
    }

    /** A populated view without indexes. */
    public ViewDef(QualifiedName name, String definition, boolean materialized, String comment) {
        this(name, definition, materialized, comment, List.of(), true);
    }

    public ViewDef withIndexes(List<IndexDef> newIndexes) {
        return new ViewDef(name, definition, materialized, comment, newIndexes, withData);
    }

    public ViewDef withComment(String newComment) {
        return new ViewDef(name, definition, materialized, newComment, indexes, withData);
    }
}
