package io.migrata.cli;

import io.migrata.cli.connect.DatabaseTarget;
import io.migrata.cli.connect.Databases;
import io.migrata.runner.Migrator;
import io.migrata.runner.graph.StampPlan;
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

/** {@code migrata stamp}: moves the version table without running migrations. */
@Command(name = "stamp", mixinStandardHelpOptions = true,
        description = {"Mark the database as being at TARGET without running any migration.",
                "--repair REV records the checksum an applied revision's code has now, after an edit the database already matches."},
        footer = {"", "Exit status: 0 done, 2 a bad target or revision history, 3 cannot connect."})
final class StampCommand implements Callable<Integer> {

    @ParentCommand
    MigrataCommand migrata;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "TARGET", description = "head, heads, base or a revision.")
    String target;

    @Option(names = "--repair", paramLabel = "REV", description = "Acknowledge the edit of this applied revision (or head, heads).")
    String repair;

    @Option(names = "--purge", description = "First delete every version row, also rows naming revisions no migration declares.")
    boolean purge;

    @Mixin
    ConnectionOption connection;

    @Mixin
    MigrationOptions migrationOptions;

    @Override
    public Integer call() throws SQLException {
        if ((target == null) == (repair == null)) {
            throw new ParameterException(spec.commandLine(), target == null
                    ? "Missing required parameter: 'TARGET' (or --repair REV)"
                    : "give either TARGET or --repair REV, not both");
        }
        if (repair != null && purge) throw new ParameterException(spec.commandLine(), "--purge goes with TARGET, not with --repair");
        Migrations migrations = new Migrations(migrata.settings(), migrationOptions);
        try (Databases databases = migrata.databases()) {
            DatabaseTarget database = databases.target(connection.url);
            Migrator migrator = migrations.migrator(database::open, new ProgressListener(migrata::notice));
            if (repair != null) {
                List<String> repaired = migrator.repair(repair);
                migrata.notice(repaired.isEmpty() ? "nothing to repair: the recorded checksums match the code"
                        : "recorded the new checksum of " + String.join(", ", repaired));
            } else {
                StampPlan plan = migrator.stamp(target, purge);
                migrata.notice(plan.changesNothing() && !purge ? database.label() + " is already at " + heads(plan.headsAfter())
                        : "stamped " + database.label() + ": " + heads(plan.headsBefore()) + " -> " + heads(plan.headsAfter()));
            }
        }
        return ExitCode.OK;
    }

    private static String heads(List<String> heads) {
        return heads.isEmpty() ? "base" : String.join(", ", heads);
    }
}
