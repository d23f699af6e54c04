package io.migrata.workflow;

import java.util.List;
import java.util.Objects;

/**
 * What a stamp did to the version table, without running any migration.
 *
 * @param before  the revisions the database was at
 * @param after   the revisions it is at now
 * @param entering the revisions that became applied, in order
 * @param leaving  the revisions that stopped being applied, newest first
 * @param purged  whether every version row was deleted first
 */
public record Stamp(String database, List<String> before, List<String> after, List<String> entering,
                   List<String> leaving, boolean purged) {

    public Stamp {
        Objects.requireNonNull(database, "database");
        before = List.copyOf(before);
        after = List.copyOf(after);
        entering = List.copyOf(entering);
        leaving = List.copyOf(leaving);
    }

    public boolean changesNothing() {
        return before.equals(after);
    }
}
