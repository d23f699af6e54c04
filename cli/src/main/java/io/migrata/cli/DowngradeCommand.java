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
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code migrata downgrade}: undoes revisions down to a target. */
@Command(name = "downgrade", mixinStandardHelpOptions = true,
        description = {"Undo the applied revisions above TARGET, newest first: base, a revision id or prefix, -N, REV-N.",
                "With --sql FROM:TO, print the SQL script instead, without connecting to a database."},
        footer = {"", "Exit status: 0 done, 2 a bad target or revision history, 3 cannot connect, 4 a migration failed."})
final class DowngradeCommand implements Callable<Integer> {

    @ParentCommand
    MigrataCommand migrata;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "TARGET", description = "Where to go: base, a revision, -1.")
    String target;

    @Option(names = "--sql", arity = "0..1", fallbackValue = "", paramLabel = "FROM:TO",
            description = "Print the script from FROM to TO (e.g. head:base) instead of running it.")
    String sql;

    @Mixin
    ConnectionOption connection;

    @Mixin
    MigrationOptions migrationOptions;

    @Override
    public Integer call() throws SQLException {
        Migrations migrations = new Migrations(migrata.settings(), migrationOptions);
        if (sql != null) {
            String range = OfflineRange.of(sql, target, null);
            spec.commandLine().getOut().print(migrations.offline().downgradeSql(range));
            spec.commandLine().getOut().flush();
            return ExitCode.OK;
        }
        if (target == null) {
            throw new ParameterException(spec.commandLine(),
                    "Missing required parameter: 'TARGET' (base, a revision, or -1)");
        }
        try (Databases databases = migrata.databases()) {
            DatabaseTarget database = databases.target(connection.url);
            Migrator migrator = migrations.migrator(database::open, new ProgressListener(migrata::notice));
            long start = System.nanoTime();
            List<AppliedStep> steps = migrator.downgrade(target);
            migrata.notice(Summary.of("downgraded", steps, System.nanoTime() - start, migrator.current(), database.label()));
        }
        return ExitCode.OK;
    }
}
