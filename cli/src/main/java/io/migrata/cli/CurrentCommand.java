package io.migrata.cli;

import io.migrata.cli.connect.DatabaseTarget;
import io.migrata.cli.connect.Databases;
import io.migrata.cli.output.JsonWriter;
import io.migrata.cli.output.OutputFormat;
import io.migrata.cli.output.RevisionJson;
import io.migrata.runner.Migrator;
import io.migrata.runner.graph.RevisionGraph;
import java.io.PrintWriter;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code migrata current}: the revisions the database's version table names. */
@Command(name = "current", mixinStandardHelpOptions = true,
        description = "Print the revision (one per branch) the database is at; nothing at base.")
final class CurrentCommand implements Callable<Integer> {

    @ParentCommand
    MigrataCommand migrata;

    @Spec
    CommandSpec spec;

    @Option(names = {"-v", "--verbose-revisions"}, description = "Also print each revision's message, creation time and file.")
    boolean verbose;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Mixin
    ConnectionOption connection;

    @Mixin
    MigrationOptions migrationOptions;

    @Override
    public Integer call() throws SQLException {
        try (Databases databases = migrata.databases()) {
            DatabaseTarget database = databases.target(connection.url);
            Migrator migrator = new Migrations(migrata.settings(), migrationOptions).migrator(database::open);
            List<String> current = migrator.current();
            RevisionGraph graph = migrator.graph();
            PrintWriter out = spec.commandLine().getOut();
            if (format == OutputFormat.json) json(database, current, graph, out);
            else text(current, graph, out);
            out.flush();
            if (current.isEmpty()) migrata.notice(database.label() + " is at base: no revision is applied");
        }
        return ExitCode.OK;
    }

    private void text(List<String> current, RevisionGraph graph, PrintWriter out) {
        for (String id : current) {
            if (!graph.contains(id)) {
                out.println(id + " (unknown: no migration declares it)");
                continue;
            }
            boolean head = graph.heads().contains(id);
            out.println(id + (head ? " (head)" : ""));
            if (verbose) RevisionText.details(graph.get(id), migrata::relativeFile, out);
        }
    }

    private void json(DatabaseTarget database, List<String> current, RevisionGraph graph, PrintWriter out) {
        JsonWriter json = new JsonWriter(out);
        json.beginObject();
        json.name("formatVersion").value(1);
        json.name("database").value(database.label());
        json.name("current").beginArray();
        for (String id : current) {
            json.beginObject();
            boolean known = graph.contains(id);
            if (known) RevisionJson.members(json, graph.get(id), migrata::relativeFile);
            else RevisionJson.unknown(json, id);
            json.name("known").value(known);
            json.name("head").value(known && graph.heads().contains(id));
            json.endObject();
        }
        json.endArray();
        json.endObject().finish();
    }
}
