package io.migrata.cli;

import io.migrata.cli.output.JsonWriter;
import io.migrata.cli.output.OutputFormat;
import io.migrata.cli.output.RevisionJson;
import io.migrata.runner.graph.RevisionGraph;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code migrata heads}: the revisions no other revision follows. Reads the migrations only. */
@Command(name = "heads", mixinStandardHelpOptions = true,
        description = "Print the heads of the revision history (more than one means branches to merge). No database is used.")
final class HeadsCommand implements Callable<Integer> {

    @ParentCommand
    MigrataCommand migrata;

    @Spec
    CommandSpec spec;

    @Option(names = {"-v", "--verbose-revisions"}, description = "Also print each head's parents, message, creation time and file.")
    boolean verbose;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Mixin
    MigrationOptions migrationOptions;

    @Override
    public Integer call() {
        RevisionGraph graph = new Migrations(migrata.settings(), migrationOptions).offline().graph();
        PrintWriter out = spec.commandLine().getOut();
        if (format == OutputFormat.json) {
            JsonWriter json = new JsonWriter(out);
            json.beginObject().name("formatVersion").value(1).name("heads").beginArray();
            for (String head : graph.heads()) {
                json.beginObject();
                RevisionJson.members(json, graph.get(head), migrata::relativeFile);
                json.endObject();
            }
            json.endArray().endObject().finish();
        } else {
            for (String head : graph.heads()) {
                out.println(head + " (head)");
                if (verbose) RevisionText.details(graph.get(head), migrata::relativeFile, out);
            }
        }
        out.flush();
        if (graph.isEmpty()) migrata.notice("there are no revisions yet: create one with migrata revision -m MESSAGE");
        return ExitCode.OK;
    }
}
