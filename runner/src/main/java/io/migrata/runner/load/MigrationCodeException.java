package io.migrata.runner.load;

import io.migrata.runner.graph.RevisionNode;

/**
 * A migration's own code threw: its static initializer, its constructor, {@code upgrade()} or
 * {@code downgrade()}, with an exception or an {@link Error} ({@code StackOverflowError},
 * {@code NoClassDefFoundError}, {@code ExceptionInInitializerError}). No statement of the
 * revision has run; the message names the revision, its file and what was thrown.
 */
public final class MigrationCodeException extends InvalidMigrationException {

    /** @param where what threw: "upgrade()", "its constructor", ... */
    public MigrationCodeException(RevisionNode revision, String where, Throwable thrown, String context) {
        super(revision, where + " threw " + describe(thrown) + context
                + (where.endsWith("()") ? " (fix the migration: its methods only record operations)" : " (fix the migration)"),
                thrown);
    }

    /** The class path name of a migration class that could not be loaded or initialized. */
    public MigrationCodeException(String origin, String where, Throwable thrown) {
        super(origin, where + " threw " + describe(thrown) + " (fix the migration, or the class path it needs)", thrown);
    }

    /**
     * What was thrown, on one line: its simple name and message, and for a wrapper such as
     * {@code ExceptionInInitializerError} the cause that tells what actually failed.
     */
    public static String describe(Throwable thrown) {
        StringBuilder text = new StringBuilder(thrown.getClass().getSimpleName());
        if (thrown.getMessage() != null) text.append(": ").append(thrown.getMessage());
        Throwable cause = thrown.getCause();
        if (cause != null && cause != thrown && (thrown.getMessage() == null || thrown instanceof ExceptionInInitializerError)) {
            text.append(", caused by ").append(cause.getClass().getSimpleName());
            if (cause.getMessage() != null) text.append(": ").append(cause.getMessage());
        }
        return text.toString().strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
