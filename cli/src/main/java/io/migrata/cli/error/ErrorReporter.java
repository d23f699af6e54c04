package io.migrata.cli.error;

import io.migrata.cli.ExitCode;
import io.migrata.workflow.MigrataException;
import io.migrata.workflow.error.Failures;
import io.migrata.workflow.error.Redactor;
import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * Prints a failed command's one line on stderr, the stack trace only when asked for, and every
 * character of both through the {@link Redactor}.
 */
public final class ErrorReporter {

    private final Redactor redactor;

    public ErrorReporter(Redactor redactor) {
        this.redactor = redactor;
    }

    /** @return the exit status for the error */
    public int report(Throwable error, PrintWriter err, boolean verbose) {
        MigrataException failure = Failures.classify(error);
        err.println("migrata: " + redactor.redact(failure.getMessage()));
        if (verbose) {
            StringWriter trace = new StringWriter();
            error.printStackTrace(new PrintWriter(trace));
            err.print(redactor.redact(trace.toString()));
        }
        err.flush();
        return exitCode(failure.kind());
    }

    /** A command-line mistake: the parser's message and where to read the usage. */
    public int reportUsage(String message, String commandName, PrintWriter err) {
        String firstLine = message.strip().lines().findFirst().orElse("invalid arguments");
        err.println("migrata: " + redactor.redact(firstLine) + " (see '" + commandName + " --help')");
        err.flush();
        return ExitCode.USAGE;
    }

    /** The exit status docs/exit-codes.md gives each kind of failure. */
    static int exitCode(MigrataException.Kind kind) {
        return switch (kind) {
            case USAGE -> ExitCode.USAGE;
            case CANNOT_CONNECT -> ExitCode.CANNOT_CONNECT;
            case MIGRATION_FAILED -> ExitCode.MIGRATION_FAILED;
            case INTERNAL -> ExitCode.INTERNAL_ERROR;
        };
    }
}
