package io.migrata.cli;

import io.migrata.workflow.GeneratedRevision;
import io.migrata.workflow.Migrata;
import io.migrata.workflow.config.Setting;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code migrata merge}: writes a revision that joins branches of the history. */
@Command(name = "merge", mixinStandardHelpOptions = true,
        description = {"Write a revision whose parents are the given revisions (default: every head), joining the branches.",
                "It has no operations of its own; edit it if the branches need reconciling. No database is used."})
final class MergeCommand implements Callable<Integer> {

    @ParentCommand
    MigrataCommand migrata;

    @Spec
    CommandSpec spec;

    @Option(names = {"-m", "--message"}, paramLabel = "MESSAGE", description = "What the merge is (default: merge and the revisions' ids).")
    String message;

    @Parameters(paramLabel = "REV", arity = "0..*", description = "The revisions to join (default: heads).")
    List<String> revisions = new ArrayList<>();

    @Option(names = "--package", paramLabel = "PACKAGE", description = "The Java package of the class (default: migrata.migrations.package).")
    String packageName;

    @Mixin
    MigrationOptions migrationOptions;

    @Override
    public Integer call() {
        try (Migrata workflow = migrata.workflow(this::flags)) {
            GeneratedRevision written = workflow.merge(revisions, message);
            spec.commandLine().getOut().println("created " + migrata.relative(written.file()));
            spec.commandLine().getOut().flush();
        }
        return ExitCode.OK;
    }

    private void flags(Migrata.Builder workflow) {
        migrationOptions.applyTo(workflow);
        workflow.set(Setting.MIGRATIONS_PACKAGE, packageName);
    }
}
