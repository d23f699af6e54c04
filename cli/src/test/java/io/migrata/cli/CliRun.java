package io.migrata.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.Map;
import picocli.CommandLine;

/** One run of the migrata command in this JVM, with its output captured. */
record CliRun(int exitCode, String out, String err) {

    static CliRun run(Map<String, String> environment, String... args) {
        return run(MigrataCommand.commandLine(environment, args), args);
    }

    /** A run as if stdin and stdout were a terminal: colors, and questions a person may answer. */
    static CliRun onTerminal(Map<String, String> environment, String... args) {
        return answering("", environment, args);
    }

    /** A run on a terminal where a person types {@code answers} (lines) to the questions asked. */
    static CliRun answering(String answers, Map<String, String> environment, String... args) {
        return run(MigrataCommand.commandLine(environment, true, new BufferedReader(new StringReader(answers)), args), args);
    }

    private static CliRun run(CommandLine cli, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int exitCode = cli.execute(args);
        return new CliRun(exitCode, out.toString(), err.toString());
    }

    static CliRun run(String... args) {
        return run(Map.of(), args);
    }

    /** Asserts a failure the way users must see it: the exit code, one line on stderr, nothing else. */
    CliRun assertFailure(int expectedExitCode, String expectedLine, String... secrets) {
        assertEquals(expectedLine + "\n", err, "stderr");
        assertEquals(expectedExitCode, exitCode, "exit code");
        assertEquals("", out, "stdout");
        assertFalse(err.contains("\tat ") || err.contains("Exception"), "no stack trace: " + err);
        assertNoSecrets(secrets);
        return this;
    }

    void assertNoSecrets(String... secrets) {
        for (String secret : secrets) {
            assertFalse(out.contains(secret), "stdout shows a secret");
            assertFalse(err.contains(secret), "stderr shows a secret");
        }
    }
}
