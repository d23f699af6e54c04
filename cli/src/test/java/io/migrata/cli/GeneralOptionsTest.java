package io.migrata.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migrata.testing.PostgresExtension;
import io.migrata.testing.TestDatabase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** What every command shares: the version, the completion script, colors, quiet. */
@ExtendWith(PostgresExtension.class)
class GeneralOptionsTest {

    @TempDir
    Path project;

    @Test
    void versionPrintsTheProjectVersion() {
        CliRun run = CliRun.run("--version");
        assertEquals(ExitCode.OK, run.exitCode());
        assertTrue(run.out().matches("migrata \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\n"), run.out());
    }

    @Test
    void theCompletionScriptCompletesCommandsAndOptionsInBash() throws IOException, InterruptedException {
        CliRun run = CliRun.run("completion");
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        Path script = project.resolve("migrata-completion.bash");
        Files.writeString(script, run.out());
        String completions = bash("source '" + script + "';"
                + " COMP_WORDS=(migrata pi); COMP_CWORD=1; _complete_migrata 2>/dev/null; echo \"${COMPREPLY[*]}\";"
                + " COMP_WORDS=(migrata diff --fr); COMP_CWORD=2; _complete_migrata 2>/dev/null; echo \"${COMPREPLY[*]}\"");
        assertEquals("ping\n--from\n", completions);
    }

    private static String bash(String commands) throws IOException, InterruptedException {
        Process bash = new ProcessBuilder("bash", "-c", commands).redirectErrorStream(true).start();
        bash.getOutputStream().close();
        String out = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(bash.waitFor(30, TimeUnit.SECONDS), "bash finished");
        return out;
    }

    @Test
    void colorsOnlyOnATerminalAndNeverWithNoColor(TestDatabase a, TestDatabase b) throws SQLException {
        a.execute("CREATE TABLE t (id int, gone text)");
        b.execute("CREATE TABLE t (id int)");
        String[] args = {"-C", project.toString(), "diff", "--from", a.urlWithCredentials(), "--to", b.urlWithCredentials()};
        CliRun terminal = CliRun.onTerminal(Map.of(), args);
        assertEquals("\u001b[31mdrop column public.t.gone\u001b[0m\n"
                + "  \u001b[31m! DATA_LOSS: drops column public.t.gone and every value in it\u001b[0m\n", terminal.out());
        assertFalse(terminal.err().contains("\u001b"), "stderr is not colored");

        assertFalse(CliRun.onTerminal(Map.of("NO_COLOR", "1"), args).out().contains("\u001b"));
        assertFalse(CliRun.run(args).out().contains("\u001b"));
        String[] json = {"-C", project.toString(), "diff", "--from", a.urlWithCredentials(), "--to", b.urlWithCredentials(),
            "--format", "json"};
        assertFalse(CliRun.onTerminal(Map.of(), json).out().contains("\u001b"));
    }

    @Test
    void quietLeavesOutNoticesButNotErrors(TestDatabase db) {
        CliRun quiet = CliRun.run("-C", project.toString(), "--quiet", "diff", "--from", db.urlWithCredentials(),
                "--to", db.urlWithCredentials());
        assertEquals(ExitCode.OK, quiet.exitCode());
        assertEquals("", quiet.err());
        CliRun failing = CliRun.run("-C", project.toString(), "-q", "diff", "--from", "postgresql://u@127.0.0.1:1/x", "--to", "entities");
        assertEquals(ExitCode.CANNOT_CONNECT, failing.exitCode());
        assertEquals(1, failing.err().lines().count(), failing.err());
    }
}
