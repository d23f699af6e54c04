package io.migrata.runner.graph;

import io.migrata.runner.RunnerException;

import java.util.List;

/** Following parents from some revision leads back to it. */
public final class RevisionCycleException extends RunnerException {

    private final List<String> cycle;

    /** @param cycle the revisions along the cycle, child before parent, the first repeated at the end */
    public RevisionCycleException(List<String> cycle) {
        super("the revisions form a cycle: " + String.join(" -> ", cycle)
                + " (each arrow points from a revision to a parent; a revision cannot be its own ancestor,"
                + " fix the parents in their @Revision)");
        this.cycle = List.copyOf(cycle);
    }

    public List<String> cycle() {
        return cycle;
    }
}
