package io.migrata.cli;

import io.migrata.cli.output.DiffText;
import io.migrata.workflow.Migrata;
import io.migrata.workflow.Squash;
import io.migrata.workflow.config.Setting;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code migrata squash FROM TO}: one revision in place of a range of them. */
@Command(name = "squash", mixinStandardHelpOptions = true,
        description = {"Replace the revisions from FROM to TO with one revision that does what they did, in order.",
                "It keeps FROM's parents and TO's children point at it; both histories are replayed on scratch databases first.",
                "A database at TO is stamped at the new revision (and any other one at TO goes on from it); one inside the range is refused."},
        footer = {"", "Exit status: 0 squashed, 1 the squashed history would not build the same schema (the differences are printed;",
                "nothing is written), 2 a usage or configuration error, a range that cannot be squashed, or the database is",
                "inside the range, 3 cannot connect."})
final class SquashCommand implements Callable<Integer> {

    @ParentCommand
    MigrataCommand migrata;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FROM", description = "The first revision to squash (an id or a unique prefix).")
    String from;

    @Parameters(index = "1", paramLabel = "TO", description = "The last revision to squash; it descends from FROM.")
    String to;

    @Option(names = {"-m", "--message"}, paramLabel = "MESSAGE", description = "What the squashed revision is (default: squash FROM to TO).")
    String message;

    @Option(names = "--package", paramLabel = "PACKAGE", description = "The Java package of the class (default: migrata.migrations.package).")
    String packageName;

    @Mixin
    ConnectionOption connection;

    @Mixin
    DevUrlOption devUrl;

    @Mixin
    MigrationOptions migrationOptions;

    @Override
    public Integer call() {
        try (Migrata workflow = migrata.workflow(this::flags)) {
            Squash squash = workflow.squash(from, to, message);
            PrintWriter out = spec.commandLine().getOut();
            if (!squash.done()) {
                DiffText.write(squash.replay(), migrata.style(), out);
                migrata.notice(squash.replay().verdict());
                return ExitCode.DIFFERENCES;
            }
            out.println("created " + migrata.relative(squash.written().file()) + " (revision " + squash.written().revisionId()
                    + ", replacing " + String.join(", ", squash.replaced()) + ")");
            for (Path file : squash.repointed()) out.println("repointed " + migrata.relative(file) + " at " + squash.written().revisionId());
            for (Path file : squash.removed()) out.println("removed " + migrata.relative(file));
            out.flush();
            migrata.notice(squash.replay().verdict());
            migrata.notice(squash.databaseOutcome());
            return ExitCode.OK;
        }
    }

    private void flags(Migrata.Builder workflow) {
        connection.applyTo(workflow);
        devUrl.applyTo(workflow);
        migrationOptions.applyTo(workflow);
        workflow.set(Setting.MIGRATIONS_PACKAGE, packageName);
    }
}
