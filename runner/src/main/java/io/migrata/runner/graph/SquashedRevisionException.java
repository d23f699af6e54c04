package io.migrata.runner.graph;

import io.migrata.runner.RunnerException;

/**
 * A revision that {@code migrata squash} replaced is still in use: its file is still among the
 * migrations, or a database's version table names it while it is not the last of its range, so
 * the database stands inside the squashed range, where no revision any longer leads on.
 */
public final class SquashedRevisionException extends RunnerException {

    private SquashedRevisionException(String message) {
        super(message);
    }

    static SquashedRevisionException stillPresent(RevisionNode replaced, RevisionNode squashed) {
        return new SquashedRevisionException("revision " + replaced.id() + (replaced.origin() == null ? "" : " (" + replaced.origin() + ")")
                + " was squashed into " + squashed.id() + (squashed.origin() == null ? "" : " (" + squashed.origin() + ")")
                + " but is still among the migrations: delete it, or delete " + squashed.id() + " to undo the squash");
    }

    /** @param row the version row naming a replaced revision that is not the last of its range */
    public static SquashedRevisionException insideRange(String row, RevisionNode squashed, String versionTable) {
        String last = squashed.replaces().get(squashed.replaces().size() - 1);
        return new SquashedRevisionException("the database is at revision " + row + " (" + versionTable + "), inside the range "
                + squashed.replaces().get(0) + " .. " + last + " that " + squashed.id() + " replaced when it was squashed:"
                + " upgrade it to " + last + " with the migrations from before the squash (they are in version control),"
                + " then any command here takes it on from " + squashed.id());
    }
}
