package io.migrata.runner.graph;

import io.migrata.runner.RunnerException;

/** A target or database row names a revision that no migration declares. */
public final class UnknownRevisionException extends RunnerException {

    private final String revision;

    public UnknownRevisionException(String revision, String fix) {
        super("no revision " + revision + " (" + fix + ")");
        this.revision = revision;
    }

    public String revision() {
        return revision;
    }
}
