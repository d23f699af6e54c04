package io.migrata.workflow;

import java.util.List;
import java.util.Objects;

/**
 * Every revision (or those a range selects), oldest first, with what the database says about each.
 *
 * @param database     how output names the database
 * @param hasRevisions whether the project has any revision at all (the range may select none)
 */
public record History(String database, List<RevisionState> revisions, boolean hasRevisions) {

    public History {
        Objects.requireNonNull(database, "database");
        revisions = List.copyOf(revisions);
    }
}
