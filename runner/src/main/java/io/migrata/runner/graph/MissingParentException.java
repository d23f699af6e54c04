package io.migrata.runner.graph;

import io.migrata.runner.RunnerException;

/** A revision names a parent no migration declares. */
public final class MissingParentException extends RunnerException {

    private final String revision;
    private final String parent;

    public MissingParentException(RevisionNode revision, String parent) {
        super("revision " + revision.id() + (revision.origin() == null ? "" : " (" + revision.origin() + ")")
                + " names parent " + parent + ", which no migration declares"
                + " (fix the parents in its @Revision, or restore the missing migration)");
        this.revision = revision.id();
        this.parent = parent;
    }

    public String revision() {
        return revision;
    }

    public String parent() {
        return parent;
    }
}
