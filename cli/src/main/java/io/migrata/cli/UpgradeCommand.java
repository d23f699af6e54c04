package io.migrata.cli;

import io.migrata.cli.connect.DatabaseTarget;
import io.migrata.cli.connect.Databases;
import io.migrata.runner.Migrator;
import io.migrata.runner.execute.AppliedStep;
import java.sql.SQLException;
import java.util.List;
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

    @Override
    public Integer call() throws SQLException {
        Migrations migrations = new Migrations(migrata.settings(), migrationOptions);
        if (sql != null) {
            String range = OfflineRange.of(sql, target, "head");
            spec.commandLine().getOut().print(migrations.offline().upgradeSql(range));
            spec.commandLine().getOut().flush();
            return ExitCode.OK;
        }
        try (Databases databases = migrata.databases()) {
            DatabaseTarget database = databases.target(connection.url);
            Migrator migrator = migrations.migrator(database::open, new ProgressListener(migrata::notice));
            long start = System.nanoTime();
            List<AppliedStep> steps = migrator.upgrade(target == null ? "head" : target);
            migrata.notice(Summary.of("upgraded", steps, System.nanoTime() - start, migrator.current(), database.label()));
        }
        return ExitCode.OK;
    }
}
