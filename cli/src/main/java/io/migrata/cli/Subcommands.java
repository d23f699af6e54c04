package io.migrata.cli;

import java.util.List;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The subcommands of {@code migrata}, and which of them one command line needs. picocli reflects
 * over every subcommand it is given before it parses anything, several milliseconds each on a
 * fresh JVM, so a run that names its command is given that one only; the usage, {@code help},
 * {@code completion} and anything this cannot read for sure get them all.
 *
 * <pre>{@code
 * CommandLine cli = new CommandLine(new MigrataCommand(environment));
 * Subcommands.addTo(cli, args);
 * }</pre>
 */
final class Subcommands {

    /** Every subcommand, named as its {@code @Command} names it, in the order the usage lists them. */
    private static final List<String> NAMES = List.of("init", "ping", "inspect", "diff", "revision", "baseline", "upgrade",
            "downgrade", "stamp", "current", "history", "heads", "branches", "merge", "squash", "show", "check", "drift",
            "verify", "lint", "completion", "help");

    /** The subcommands that work on the whole command tree. */
    private static final Set<String> NEED_ALL = Set.of("completion", "help");

    private Subcommands() {
    }

    /** Adds to the top-level command the subcommands {@code args} can need. */
    static void addTo(CommandLine cli, String... args) {
        String named = commandName(cli.getCommandSpec(), args);
        for (String name : NAMES) {
            if (named == null || named.equals(name)) cli.addSubcommand(name, create(name));
        }
    }

    // A switch, not a list of constructor references: on JDK 17 a method reference to picocli's
    // HelpCommand (compiled for Java 5) stays out of the class-data archive and is spun at start-up.
    private static Object create(String name) {
        return switch (name) {
            case "init" -> new InitCommand();
            case "ping" -> new PingCommand();
            case "inspect" -> new InspectCommand();
            case "diff" -> new DiffCommand();
            case "revision" -> new RevisionCommand();
            case "baseline" -> new BaselineCommand();
            case "upgrade" -> new UpgradeCommand();
            case "downgrade" -> new DowngradeCommand();
            case "stamp" -> new StampCommand();
            case "current" -> new CurrentCommand();
            case "history" -> new HistoryCommand();
            case "heads" -> new HeadsCommand();
            case "branches" -> new BranchesCommand();
            case "merge" -> new MergeCommand();
            case "squash" -> new SquashCommand();
            case "show" -> new ShowCommand();
            case "check" -> new CheckCommand();
            case "drift" -> new DriftCommand();
            case "verify" -> new VerifyCommand();
            case "lint" -> new LintCommand();
            case "completion" -> new CompletionCommand();
            case "help" -> new HelpCommand();
            default -> throw new IllegalArgumentException("no subcommand named " + name);
        };
    }

    /**
     * The subcommand {@code args} run, unless it works on the whole tree; null when they run none,
     * ask for the usage or the version (which list every subcommand), or hold anything before the
     * command that is not exactly an option of {@code root} with its one value, if it takes one.
     */
    static String commandName(CommandSpec root, String... args) {
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("-")) return NAMES.contains(arg) && !NEED_ALL.contains(arg) ? arg : null;
            int equals = arg.indexOf('=');
            OptionSpec option = optionNamed(root, equals < 0 ? arg : arg.substring(0, equals));
            if (option == null || option.usageHelp() || option.versionHelp()) return null;
            int values = option.arity().max();
            if (option.arity().min() != values || values > 1 || values == 0 && equals >= 0) return null;
            if (values == 1 && equals < 0) i++;
        }
        return null;
    }

    private static OptionSpec optionNamed(CommandSpec root, String name) {
        for (OptionSpec option : root.options()) {
            if (List.of(option.names()).contains(name)) return option;
        }
        return null;
    }
}
