package io.migrata.cli;

import io.migrata.cli.error.ErrorReporter;
import io.migrata.cli.output.Style;
import io.migrata.workflow.Migrata;
import io.migrata.workflow.WorkflowListener;
import io.migrata.workflow.config.ConfigurationException;
import io.migrata.workflow.error.Redactor;
import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The {@code migrata} command: global options, and the subcommands. Each subcommand is a small
 * class that parses its options, calls one library method and prints the result; everything they
 * share (the project directory, the database, notices) they reach through this class. A new
 * subcommand is listed in {@link Subcommands}, not in this annotation, so that a run builds only
 * the one it needs.
 *
 * <pre>{@code
 * String[] args = {"inspect", "--format", "json"};
 * int status = MigrataCommand.commandLine(System.getenv(), args).execute(args);
 * }</pre>
 */
@Command(
        name = "migrata",
        mixinStandardHelpOptions = true,
        versionProvider = MigrataCommand.Version.class,
        description = "Schema migrations for JPA applications on PostgreSQL.",
        synopsisSubcommandLabel = "COMMAND",
        footer = {"", "Run 'migrata help COMMAND' for a command's options. Exit codes: see docs/exit-codes.md."})
public final class MigrataCommand implements Callable<Integer> {

    @Option(names = "--verbose", scope = ScopeType.INHERIT,
            description = "Print the stack trace of an error (passwords are masked).")
    boolean verbose;

    @Option(names = {"-q", "--quiet"}, scope = ScopeType.INHERIT,
            description = "Print no notices on stderr; errors still print.")
    boolean quiet;

    @Option(names = "-C", paramLabel = "DIR", scope = ScopeType.INHERIT,
            description = "Run as if started in DIR: the project directory that holds .env, migrata.properties and .migrata/.")
    Path directory;

    @Spec
    CommandSpec spec;

    private final Map<String, String> environment;
    private final boolean terminal;
    private final BufferedReader answers;
    private final Redactor redactor = new Redactor();

    MigrataCommand(Map<String, String> environment, boolean terminal, BufferedReader answers) {
        this.environment = Map.copyOf(environment);
        this.terminal = terminal;
        this.answers = answers;
    }

    public static void main(String[] args) {
        boolean terminal = System.console() != null;
        CommandLine cli = commandLine(System.getenv(), terminal,
                terminal ? new BufferedReader(System.console().reader()) : null, args);
        // Buffered as bytes: the encoder hands on 8 KB at a time, and System.out makes each piece
        // a system call of its own (the JSON of a large schema is megabytes).
        cli.setOut(new PrintWriter(new OutputStreamWriter(new BufferedOutputStream(System.out, 1 << 16), StandardCharsets.UTF_8)));
        cli.setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
        int status = cli.execute(args);
        cli.getOut().flush();
        cli.getErr().flush();
        System.exit(status);
    }

    /**
     * The command line with migrata's error handling, reading configuration from {@code environment},
     * ready to run {@code args}: it holds the subcommands they can need (all of them when none is given).
     */
    public static CommandLine commandLine(Map<String, String> environment, String... args) {
        return commandLine(environment, false, null, args);
    }

    /**
     * @param terminal whether stdin and stdout are a terminal: colors (unless {@code NO_COLOR}) and questions
     * @param answers  where a person's answers to questions come from, on a terminal
     */
    static CommandLine commandLine(Map<String, String> environment, boolean terminal, BufferedReader answers,
                                   String... args) {
        MigrataCommand migrata = new MigrataCommand(environment, terminal, answers);
        ErrorReporter reporter = new ErrorReporter(migrata.redactor);
        CommandLine cli = new CommandLine(migrata);
        Subcommands.addTo(cli, args);
        // Classes, not lambdas: on JDK 17 a lambda for one of picocli's interfaces (compiled for
        // Java 5) keeps the interface, and picocli's own handlers, out of the class-data archive.
        cli.setExecutionExceptionHandler(new CommandLine.IExecutionExceptionHandler() {
            @Override
            public int handleExecutionException(Exception error, CommandLine command, CommandLine.ParseResult parsed) {
                return reporter.report(error, command.getErr(), migrata.verbose);
            }
        });
        cli.setParameterExceptionHandler(new CommandLine.IParameterExceptionHandler() {
            @Override
            public int handleParseException(CommandLine.ParameterException error, String[] args) {
                return reporter.reportUsage(error.getMessage(), error.getCommandLine().getCommandSpec().qualifiedName(),
                        error.getCommandLine().getErr());
            }
        });
        return cli;
    }

    /** With no command: the usage on stderr, as a usage error. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCode.USAGE;
    }

    /** The project directory: {@code -C DIR}, else the working directory. */
    Path projectDir() {
        Path dir = (directory == null ? Path.of("") : directory).toAbsolutePath().normalize();
        if (!Files.isDirectory(dir)) throw new ConfigurationException("-C " + directory + ": no such directory");
        return dir;
    }

    /**
     * The workflows of one command run, configured from the project directory and the environment,
     * with the command's flags set by {@code flags}; closing it stops the embedded server if one was started.
     */
    Migrata workflow(Consumer<Migrata.Builder> flags) {
        Migrata.Builder builder = Migrata.configure()
                .projectDirectory(projectDir())
                .environment(environment)
                .redactor(redactor)
                .listener(new WorkflowListener() {
                    @Override
                    public void notice(String line) {
                        MigrataCommand.this.notice(line);
                    }

                    @Override
                    public Optional<Boolean> ask(String question) {
                        return MigrataCommand.this.ask(question);
                    }
                });
        flags.accept(builder);
        return builder.load();
    }

    /** Colors for text on stdout: only on a terminal, and never with {@code NO_COLOR} set. */
    Style style() {
        String noColor = environment.get("NO_COLOR");
        return Style.of(terminal && (noColor == null || noColor.isEmpty()) && !"dumb".equals(environment.get("TERM")));
    }

    /**
     * Asks a person a yes-or-no question on stderr; empty when nobody can answer (not a terminal).
     * Anything but y or yes is no.
     */
    Optional<Boolean> ask(String question) {
        if (!terminal || answers == null) return Optional.empty();
        PrintWriter err = spec.commandLine().getErr();
        err.print(question + " [y/N] ");
        err.flush();
        try {
            String answer = answers.readLine();
            return Optional.of(answer != null && List.of("y", "yes").contains(answer.strip().toLowerCase(Locale.ROOT)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A migration's file as output shows it: relative to the project directory when inside it. */
    String relativeFile(String file) {
        return file == null ? null : relative(Path.of(file));
    }

    /** A path as output shows it: relative to the project directory when inside it. */
    String relative(Path path) {
        Path project = projectDir();
        Path absolute = path.toAbsolutePath().normalize();
        return absolute.startsWith(project) ? project.relativize(absolute).toString() : absolute.toString();
    }

    /** A one-line notice on stderr, unless {@code --quiet}. */
    void notice(String line) {
        if (!quiet) spec.commandLine().getErr().println(line);
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() throws IOException {
            Properties properties = new Properties();
            try (InputStream in = MigrataCommand.class.getResourceAsStream("version.properties")) {
                if (in != null) properties.load(in);
            }
            return new String[] {"migrata " + properties.getProperty("version", "unknown")};
        }
    }
}
