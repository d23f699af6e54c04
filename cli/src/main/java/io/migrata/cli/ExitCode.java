package io.migrata.cli;

/** The exit statuses of the {@code migrata} command, documented in docs/exit-codes.md. */
public final class ExitCode {

    public static final int OK = 0;
    /** A comparison found differences (check, diff, drift). */
    public static final int DIFFERENCES = 1;
    /** The command line or the configuration is wrong: a bad flag, URL or schema name. */
    public static final int USAGE = 2;
    /** The database cannot be reached, or refuses the login. */
    public static final int CANNOT_CONNECT = 3;
    /** A migration failed while it ran. */
    public static final int MIGRATION_FAILED = 4;
    /** Anything else: an unexpected database error, or a bug in migrata. */
    public static final int INTERNAL_ERROR = 5;

    private ExitCode() {
    }
}
