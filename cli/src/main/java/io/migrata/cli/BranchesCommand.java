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

/** {@code migrata branches}: the revisions where the history splits, and the branches they start. */
@Command(name = "branches", mixinStandardHelpOptions = true,
        description = "Print the branch points of the revision history and the revisions that follow each. No database is used.")
final class BranchesCommand implements Callable<Integer> {

    @ParentCommand
    MigrataCommand migrata;

    @Spec
    CommandSpec spec;

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
            json.beginObject().name("formatVersion").value(1).name("branchPoints").beginArray();
            for (String id : graph.branchPoints()) {
                json.beginObject();
                RevisionJson.members(json, graph.get(id), migrata::relativeFile);
                json.name("children").value(graph.children(id));
                json.endObject();
            }
            json.endArray().endObject().finish();
        } else {
            for (String id : graph.branchPoints()) {
                out.println(id + " (branchpoint)" + message(graph, id));
                for (String child : graph.children(id)) {
                    out.println("  -> " + child + (graph.heads().contains(child) ? " (head)" : "") + message(graph, child));
                }
            }
        }
        out.flush();
        if (graph.branchPoints().isEmpty()) migrata.notice("the revision history has no branches");
        return ExitCode.OK;
    }

    private static String message(RevisionGraph graph, String id) {
        String message = graph.get(id).message();
        return message.isEmpty() ? "" : ", " + message;
    }
}
