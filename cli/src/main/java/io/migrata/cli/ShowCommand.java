package io.migrata.cli;

import io.migrata.cli.config.ConfigurationException;
import io.migrata.cli.output.JsonWriter;
import io.migrata.cli.output.OutputFormat;
import io.migrata.cli.output.RevisionJson;
import io.migrata.runner.Migrator;
import io.migrata.runner.graph.RevisionGraph;
import io.migrata.runner.graph.RevisionNode;
import io.migrata.runner.load.HistoryReplay;
import io.migrata.schema.op.SchemaOp;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code migrata show}: one revision, with the operations its upgrade and downgrade record. */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = "Print a revision: its place in the history, file, and the operations its upgrade and downgrade"
                + " record. No database is used.")
final class ShowCommand implements Callable<Integer> {

    @ParentCommand
    MigrataCommand migrata;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "REV", description = "A revision id or unique prefix, head, head-1, …")
    String revision;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Mixin
    MigrationOptions migrationOptions;

    @Override
    public Integer call() {
        Migrator migrator = new Migrations(migrata.settings(), migrationOptions).offline();
        RevisionGraph graph = migrator.graph();
        List<String> named = graph.resolve(revision, List.of());
        if (named.size() != 1) {
            throw new ConfigurationException(revision + " names " + (named.isEmpty() ? "no revision" : named.size() + " revisions ("
                    + String.join(", ", named) + ")") + ": show takes one revision");
        }
        RevisionNode node = graph.get(named.get(0));
        HistoryReplay replay = migrator.replay();
        HistoryReplay.Recording upgrade = replay.upgrade(node.id());
        HistoryReplay.Recording downgrade = replay.downgrade(node.id());
        boolean transactional = replay.migrations().get(node.id()).transactional();
        PrintWriter out = spec.commandLine().getOut();
        if (format == OutputFormat.json) json(graph, node, transactional, upgrade, downgrade, out);
        else text(graph, node, transactional, upgrade, downgrade, out);
        out.flush();
        return ExitCode.OK;
    }

    private void text(RevisionGraph graph, RevisionNode node, boolean transactional, HistoryReplay.Recording upgrade,
                             HistoryReplay.Recording downgrade, PrintWriter out) {
        out.println("revision " + node.id() + (graph.heads().contains(node.id()) ? " (head)" : ""));
        RevisionText.details(node, migrata::relativeFile, out);
        List<String> children = graph.children(node.id());
        out.println("  children: " + (children.isEmpty() ? "(none)" : String.join(", ", children)));
        out.println("  runs:     " + (transactional ? "in one transaction" : "outside a transaction, statement by statement"));
        section("upgrade", upgrade, out);
        section("downgrade", downgrade, out);
    }

    private static void section(String name, HistoryReplay.Recording recording, PrintWriter out) {
        out.println();
        out.println(name + ":");
        if (recording.failure() != null) {
            out.println("  cannot be recorded: " + oneLine(recording.failure().getMessage()));
            return;
        }
        if (recording.ops().isEmpty()) out.println("  (no operations)");
        for (SchemaOp op : recording.ops()) out.println("  " + op.describe());
    }

    private void json(RevisionGraph graph, RevisionNode node, boolean transactional, HistoryReplay.Recording upgrade,
                             HistoryReplay.Recording downgrade, PrintWriter out) {
        JsonWriter json = new JsonWriter(out);
        json.beginObject();
        json.name("formatVersion").value(1);
        RevisionJson.members(json, node, migrata::relativeFile);
        json.name("children").value(graph.children(node.id()));
        json.name("head").value(graph.heads().contains(node.id()));
        json.name("transactional").value(transactional);
        recording(json, "upgrade", upgrade);
        recording(json, "downgrade", downgrade);
        json.endObject().finish();
    }

    private static void recording(JsonWriter json, String name, HistoryReplay.Recording recording) {
        json.name(name).beginObject();
        json.name("operations").value(recording.ops() == null ? List.of() : recording.ops().stream().map(SchemaOp::describe).toList());
        json.name("error").value(recording.failure() == null ? null : oneLine(recording.failure().getMessage()));
        json.endObject();
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
