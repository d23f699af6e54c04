package io.migrata.runner.load;

import io.migrata.runner.RunnerException;
import io.migrata.runner.graph.RevisionNode;

/**
 * A migration class that cannot be used as it is: not a {@code Migration}, no no-argument
 * constructor, or an {@code upgrade()}/{@code downgrade()} that throws while recording.
 */
public final class InvalidMigrationException extends RunnerException {

    public InvalidMigrationException(String what, String problem) {
        super(what + ": " + problem);
    }

    /** @param problemAndFix what is wrong with the revision and what to do about it */
    public InvalidMigrationException(RevisionNode revision, String problemAndFix, Throwable cause) {
        super("revision " + revision.id() + (revision.origin() == null ? "" : " (" + revision.origin() + ")") + ": "
                + problemAndFix, cause);
    }
}
