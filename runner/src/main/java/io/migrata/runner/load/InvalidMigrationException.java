package io.migrata.runner.load;

import io.migrata.runner.RunnerException;
import io.migrata.runner.graph.RevisionNode;

/**
 * A migration class that cannot be used as it is: not a {@code Migration}, no no-argument
 * constructor, or (as {@link MigrationCodeException}) code of its own that throws.
 */
public class InvalidMigrationException extends RunnerException {

    public InvalidMigrationException(String what, String problem) {
        super(what + ": " + problem);
    }

    public InvalidMigrationException(String what, String problem, Throwable cause) {
        super(what + ": " + problem, cause);
    }

    /** @param problemAndFix what is wrong with the revision and what to do about it */
    public InvalidMigrationException(RevisionNode revision, String problemAndFix, Throwable cause) {
        super("revision " + revision.id() + (revision.origin() == null ? "" : " (" + revision.origin() + ")") + ": "
                + problemAndFix, cause);
    }
}
