package io.migrata.runner.graph;

import java.util.List;

/**
 * A stamp: the version table's rows before and after, and the revisions that become applied
 * ({@code entering}, in order) or stop being applied ({@code leaving}, newest first) without
 * running anything.
 */
public record StampPlan(List<String> headsBefore, List<String> headsAfter, List<String> entering, List<String> leaving) {

    public StampPlan {
        headsBefore = List.copyOf(headsBefore);
        headsAfter = List.copyOf(headsAfter);
        entering = List.copyOf(entering);
        leaving = List.copyOf(leaving);
    }

    public boolean changesNothing() {
        return headsBefore.equals(headsAfter);
    }
}
