package io.migrata.maven;

import io.migrata.workflow.Move;
import org.apache.maven.plugin.logging.Log;

/** An upgrade or downgrade that had nothing to do; the workflow's own notices tell each step that ran. */
final class MoveLog {

    private MoveLog() {
    }

    static void write(Move move, Log log) {
        if (move.steps().isEmpty()) {
            log.info("nothing to do: " + move.database() + " is at "
                    + (move.current().isEmpty() ? "base" : String.join(", ", move.current())));
        }
    }
}
