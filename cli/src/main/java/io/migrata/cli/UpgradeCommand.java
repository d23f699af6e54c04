package io.migrata.cli;

import io.migrata.cli.output.MoveJson;
import io.migrata.workflow.Migrata;
import io.migrata.workflow.Move;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code migrata upgrade}: applies revisions up to a target. */
@Command(name = "upgrade", mixinStandardHelpOptions = true,
        description = {"Apply the revisions up to TARGET (default head): head, heads, a revision id or prefix, +N, REV+N.",
                "With --sql, print the SQL script instead, without connecting to a database."},
        footer = {"", "Exit status: 0 done, 2 a bad target or revision history, 3 cannot connect, 4 a migration failed."})
final class UpgradeCommand implements Callable<Integer> {

    @ParentCommand
    MigrataCommand migrata;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "TARGET", description = "Where to go (default: head).")
    String target;

    @Option(names = "--sql", arity = "0..1", fallbackValue = "", paramLabel = "[FROM:]TO",
            description = "Print the script from FROM (default base) to TO (default TARGET) instead of running it.")
    String sql;

    @Mixin
    ConnectionOption connection;

    @Mixin
    MigrationOptions migrationOptions;

    @Mixin
    FormatOption output;

    @Override
    public Integer call() {
        try (Migrata workflow = migrata.workflow(this::flags)) {
            if (sql != null) {
                spec.commandLine().getOut().print(workflow.upgradeSql(OfflineRange.of(sql, target, "head")));
                spec.commandLine().getOut().flush();
                return ExitCode.OK;
            }
            Move move = workflow.upgrade(target == null ? "head" : target);
            output.print(out -> { }, out -> MoveJson.write(move, out));
        }
        return ExitCode.OK;
    }

    private void flags(Migrata.Builder workflow) {
        connection.applyTo(workflow);
        migrationOptions.applyTo(workflow);
    }
}
