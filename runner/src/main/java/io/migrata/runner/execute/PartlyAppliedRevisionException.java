package io.migrata.runner.execute;

import io.migrata.runner.RunnerException;

/**
 * A revision is partly applied by an earlier attempt whose code differs from the revision's code
 * now, so the statements already committed cannot be matched with the statements to run.
 */
public final class PartlyAppliedRevisionException extends RunnerException {

    public PartlyAppliedRevisionException(String revision, int statementsDone, String progressTable) {
        super("revision " + revision + " is partly applied (statements 1 to " + statementsDone + ") by an earlier"
                + " version of its code: restore that code and run again to finish it, or finish it by hand, then"
                + " delete its row from " + progressTable + " and stamp it");
    }
}
