package io.migrata.cli;

import io.migrata.cli.output.JsonWriter;
import io.migrata.cli.output.MoveJson;
import io.migrata.workflow.Migrata;
import io.migrata.workflow.Stamp;
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

    @Mixin
    FormatOption output;

    @Override
    public Integer call() {
        if ((target == null) == (repair == null)) {
            throw new ParameterException(spec.commandLine(), target == null
                    ? "Missing required parameter: 'TARGET' (or --repair REV)"
                    : "give either TARGET or --repair REV, not both");
        }
        if (repair != null && purge) throw new ParameterException(spec.commandLine(), "--purge goes with TARGET, not with --repair");
        try (Migrata workflow = migrata.workflow(this::flags)) {
            if (repair != null) {
                List<String> repaired = workflow.repair(repair);
                output.print(out -> { }, out -> {
                    JsonWriter json = new JsonWriter(out);
                    json.beginObject().name("formatVersion").value(1).name("repaired").value(repaired).endObject().finish();
                });
            } else {
                Stamp stamp = workflow.stamp(target, purge);
                output.print(out -> { }, out -> MoveJson.write(stamp, out));
            }
        }
        return ExitCode.OK;
    }

    private void flags(Migrata.Builder workflow) {
        connection.applyTo(workflow);
        migrationOptions.applyTo(workflow);
    }
}
