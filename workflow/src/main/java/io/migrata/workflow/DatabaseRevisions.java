package io.migrata.workflow;

import java.util.List;
import java.util.Objects;

/**
 * Where a database is: the revisions its version table names (one per branch; none at base).
 *
 * @param database     how output names the database, {@code host:port/database}
 * @param partlyApplied revisions a failed run left part way, each as {@code id (upgrade): statements 1
 *                      to 3 of 5 applied}; running the command again resumes them
 */
public record DatabaseRevisions(String database, List<Current> current, List<String> partlyApplied) {

    public DatabaseRevisions {
        Objects.requireNonNull(database, "database");
        current = List.copyOf(current);
        partlyApplied = List.copyOf(partlyApplied);
    }

    /** The ids alone. */
    public List<String> ids() {
        return current.stream().map(Current::id).toList();
    }

    /**
     * One revision the version table names.
     *
     * @param revision the migration that declares it, or null when none does (the code is behind the database)
     * @param head     no revision follows it
     */
    public record Current(String id, RevisionInfo revision, boolean head) {

        public boolean known() {
            return revision != null;
        }
    }
}
