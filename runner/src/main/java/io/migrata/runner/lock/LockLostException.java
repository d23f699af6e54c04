package io.migrata.runner.lock;

import io.migrata.runner.RunnerException;

import java.util.List;

/**
 * The session holding the migration lock ended while a command was running (terminated by an
 * administrator, a pooler or a network failure), so the runner stopped before the next revision
 * instead of going on without the lock.
 */
public final class LockLostException extends RunnerException {

    private final List<String> heads;

    /**
     * @param applied how many revisions this command had applied when it stopped
     * @param heads   what the version table names now
     */
    public LockLostException(String lockName, int applied, int planned, List<String> heads, Throwable cause) {
        super("lost the migration lock for " + lockName + " after " + applied + " of " + planned
                + " revisions: its session ended" + (cause == null ? "" : " (" + firstLine(cause) + ")")
                + "; stopped before the next revision, and the database is at " + describe(heads)
                + " (run the command again to go on)", cause);
        this.heads = List.copyOf(heads);
    }

    /** The version table's rows when the runner stopped. */
    public List<String> heads() {
        return heads;
    }

    private static String describe(List<String> heads) {
        return heads.isEmpty() ? "base" : String.join(", ", heads);
    }

    private static String firstLine(Throwable cause) {
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return message.strip().lines().findFirst().orElse(message);
    }
}
