package io.migrata.workflow;

import java.util.Objects;

/**
 * Why a workflow failed, in the one line a person reads (what went wrong and what to do about it,
 * with no password in it), and of which kind, so a front end can choose its exit status or
 * build result. The exception that caused it, when there is one, is the cause.
 *
 * <pre>{@code
 * try {
 *     migrata.upgrade("head");
 * } catch (MigrataException e) {
 *     System.err.println("migrata: " + e.getMessage());
 *     System.exit(e.kind() == MigrataException.Kind.MIGRATION_FAILED ? 4 : 2);
 * }
 * }</pre>
 */
public final class MigrataException extends RuntimeException {

    /** What kind of failure it is; docs/exit-codes.md gives each the command's exit status. */
    public enum Kind {
        /** The configuration, the arguments or the revision history are wrong: fix them and run again. */
        USAGE,
        /** The database cannot be reached, refuses the login, or the connection was lost. */
        CANNOT_CONNECT,
        /** A migration failed while it ran, or could not take the migration lock. */
        MIGRATION_FAILED,
        /** An unexpected database error, or a bug in Migrata. */
        INTERNAL
    }

    private final Kind kind;

    public MigrataException(Kind kind, String message, Throwable cause) {
        super(oneLine(message), cause);
        this.kind = Objects.requireNonNull(kind, "kind");
    }

    public Kind kind() {
        return kind;
    }

    private static String oneLine(String message) {
        return Objects.requireNonNull(message, "message").strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
