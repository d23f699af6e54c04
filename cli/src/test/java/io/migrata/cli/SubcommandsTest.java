package io.migrata.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine;

class SubcommandsTest {

    private static final CommandSpec ROOT = MigrataCommand.commandLine(Map.of()).getCommandSpec();

    @Test
    void everySubcommandIsNamedAsItsAnnotationNamesItInUsageOrder() {
        Map<String, CommandLine> subcommands = MigrataCommand.commandLine(Map.of()).getSubcommands();
        assertEquals(List.of("init", "ping", "inspect", "diff", "revision", "baseline", "upgrade", "downgrade", "stamp", "current",
                "history", "heads", "branches", "merge", "squash", "show", "check", "drift", "verify", "lint", "completion", "help"),
                List.copyOf(subcommands.keySet()));
        subcommands.forEach((name, subcommand) ->
                assertEquals(name, subcommand.getCommand().getClass().getAnnotation(Command.class).name()));
    }

    @Test
    void aRunThatNamesItsCommandGetsThatOneOnly() {
        assertEquals(List.of("inspect"),
                List.copyOf(MigrataCommand.commandLine(Map.of(), "-q", "inspect", "--help").getSubcommands().keySet()));
    }

    @Test
    void usageHelpCompletionAndUnknownCommandsGetThemAll() {
        int all = MigrataCommand.commandLine(Map.of()).getSubcommands().size();
        for (String[] args : List.of(new String[] {}, new String[] {"--help"}, new String[] {"help", "inspect"},
                new String[] {"completion"}, new String[] {"inspct"})) {
            assertEquals(all, MigrataCommand.commandLine(Map.of(), args).getSubcommands().size(), String.join(" ", args));
        }
        CliRun usage = CliRun.run("--help");
        assertEquals(ExitCode.OK, usage.exitCode());
        assertTrue(usage.out().contains("  inspect ") && usage.out().contains("  help "), usage.out());
    }

    @Test
    void findsTheCommandAfterTheTopLevelOptionsAndTheirValues() {
        assertEquals("inspect", Subcommands.commandName(ROOT, "inspect", "--format", "json"));
        assertEquals("inspect", Subcommands.commandName(ROOT, "--verbose", "-q", "-C", "inspect", "inspect", "help"));
        assertEquals("inspect", Subcommands.commandName(ROOT, "-C=dir", "--quiet", "inspect"));
    }

    @Test
    void findsNoneWhereItCannotBeSure() {
        assertNull(Subcommands.commandName(ROOT));
        assertNull(Subcommands.commandName(ROOT, "help", "inspect"));
        assertNull(Subcommands.commandName(ROOT, "completion"));
        assertNull(Subcommands.commandName(ROOT, "--help", "inspect"));
        assertNull(Subcommands.commandName(ROOT, "-V"));
        assertNull(Subcommands.commandName(ROOT, "inspct"));
        assertNull(Subcommands.commandName(ROOT, "-Cdir", "inspect"));
        assertNull(Subcommands.commandName(ROOT, "-qC", "dir", "inspect"));
        assertNull(Subcommands.commandName(ROOT, "--verbose=true", "inspect"));
        assertNull(Subcommands.commandName(ROOT, "--", "inspect"));
        assertNull(Subcommands.commandName(ROOT, "-C"));
    }
}
