package io.migrata.runner.version;

import io.migrata.runner.RunnerException;

/**
 * The version table holds a revision together with one of its descendants. A database is at the
 * later one or at the earlier one, never at both, so nothing can be planned from those rows; written
 * by hand or by a tool that does not know the graph.
 */
public final class InconsistentVersionRowsException extends RunnerException {

    public InconsistentVersionRowsException(String ancestor, String descendant, String tableName) {
        super("the version table " + tableName + " holds revision " + ancestor + " and " + descendant
                + ", which comes after it: a database is at one of them, not both (set where it is with"
                + " stamp --purge <revision>)");
    }
}
