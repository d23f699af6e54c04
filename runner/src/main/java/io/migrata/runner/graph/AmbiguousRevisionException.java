package io.migrata.runner.graph;

import io.migrata.runner.RunnerException;

import java.util.List;

/** A target matches more than one revision: a prefix shared by several ids, or a step into a branch point. */
public final class AmbiguousRevisionException extends RunnerException {

    private final String target;
    private final List<String> candidates;

    public AmbiguousRevisionException(String target, String why, List<String> candidates) {
        super("target " + target + " is ambiguous: " + why + " " + String.join(", ", candidates)
                + " (name one of them)");
        this.target = target;
        this.candidates = List.copyOf(candidates);
    }

    public String target() {
        return target;
    }

    public List<String> candidates() {
        return candidates;
    }
}
