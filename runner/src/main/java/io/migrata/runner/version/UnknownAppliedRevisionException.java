package io.migrata.runner.version;

import io.migrata.runner.RunnerException;

import java.util.List;

/** The version table names revisions that none of the migrations declares. */
public final class UnknownAppliedRevisionException extends RunnerException {

    private final List<String> revisions;

    public UnknownAppliedRevisionException(List<String> revisions, String tableName, String source) {
        super("the database is at " + (revisions.size() == 1 ? "revision " : "revisions ") + String.join(", ", revisions)
                + " (" + tableName + "), which no migration in " + source + " declares: check out the code that has "
                + (revisions.size() == 1 ? "it" : "them") + ", or, if the database really is at another revision,"
                + " set it with stamp --purge <revision>");
        this.revisions = List.copyOf(revisions);
    }

    public List<String> revisions() {
        return revisions;
    }
}
