package io.migrata.runner;

import io.migrata.runner.execute.AppliedStep;

import java.util.List;

/**
 * What an upgrade or downgrade did: the revisions it ran, in order, and the revisions the version
 * table names afterwards (known from the run itself, so nobody reads the table again).
 */
public record Moved(List<AppliedStep> steps, List<String> headsAfter) {

    public Moved {
        steps = List.copyOf(steps);
        headsAfter = List.copyOf(headsAfter);
    }
}
