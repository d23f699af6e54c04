package io.migrata.runner.graph;

import io.migrata.runner.RunnerException;

/** Two migrations declare the same revision id. */
public final class DuplicateRevisionException extends RunnerException {

    private final String id;

    public DuplicateRevisionException(RevisionNode first, RevisionNode second) {
        super("revision id " + first.id() + " is declared twice" + origins(first, second)
                + " (give one of them a new id, and point its children's parents at it)");
        this.id = first.id();
    }

    public String id() {
        return id;
    }

    private static String origins(RevisionNode first, RevisionNode second) {
        if (first.origin() == null || second.origin() == null) return "";
        return ": in " + first.origin() + " and in " + second.origin();
    }
}
