package io.migrata.cli.error;

import io.migrata.cli.ExitCode;
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
        Failure failure = ErrorMapper.map(error);
        err.println("migrata: " + redactor.redact(failure.message()));
        if (verbose) {
            StringWriter trace = new StringWriter();
            error.printStackTrace(new PrintWriter(trace));
            err.print(redactor.redact(trace.toString()));
        }
        err.flush();
        return failure.exitCode();
    }

    /** A command-line mistake: the parser's message and where to read the usage. */
    public int reportUsage(String message, String commandName, PrintWriter err) {
        String firstLine = message.strip().lines().findFirst().orElse("invalid arguments");
        err.println("migrata: " + redactor.redact(firstLine) + " (see '" + commandName + " --help')");
        err.flush();
        return ExitCode.USAGE;
    }
}
