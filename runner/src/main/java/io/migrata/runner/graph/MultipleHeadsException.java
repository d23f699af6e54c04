package io.migrata.runner.graph;

import io.migrata.runner.RunnerException;

import java.util.List;

/**
 * One revision was needed where there are several heads: {@code head} in a history with branches,
 * or a relative step from a database at more than one head.
 */
public final class MultipleHeadsException extends RunnerException {

    private final List<String> heads;

    public MultipleHeadsException(String what, List<String> heads, String fix) {
        super(what + " has " + heads.size() + " heads: " + String.join(", ", heads) + " (" + fix + ")");
        this.heads = List.copyOf(heads);
    }

    public List<String> heads() {
        return heads;
    }
}
