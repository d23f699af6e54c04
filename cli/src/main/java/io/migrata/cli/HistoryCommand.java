package io.migrata.cli;

import io.migrata.cli.connect.DatabaseTarget;
import io.migrata.cli.connect.Databases;
import io.migrata.cli.output.JsonWriter;
import io.migrata.cli.output.OutputFormat;
import io.migrata.cli.output.RevisionJson;
import io.migrata.cli.output.Style;
import io.migrata.runner.Migrator;
import io.migrata.runner.RevisionStatus;
import io.migrata.runner.graph.RevisionGraph;
import io.migrata.runner.graph.RevisionNode;
import java.io.PrintWriter;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code migrata history}: every revision, newest first, with what the database says about it. */
@Command(name = "history", mixinStandardHelpOptions = true,
        description = "List the revisions, newest first, marking heads, branch and merge points, the current revisions,"
                + " those not applied yet and applied ones edited since.")
final class HistoryCommand implements Callable<Integer> {

    @ParentCommand
    MigrataCommand migrata;

    @Spec
    CommandSpec spec;

    @Option(names = {"-v", "--verbose-revisions"}, description = "Print each revision's parents, message, creation time, file and when it was applied.")
    boolean verbose;

    @Option(names = {"-r", "--rev-range"}, paramLabel = "[FROM]:[TO]",
            description = "Only revisions from FROM to TO, both included: revisions, head, heads, base, current (e.g. current:, 001:head).")
    String range;

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
            List<RevisionStatus> history = migrator.history();
            RevisionGraph graph = migrator.graph();
            List<String> current = history.stream().filter(RevisionStatus::current).map(s -> s.revision().id()).toList();
            Set<String> shown = RevisionRange.parse(range).select(graph, current);
            List<RevisionStatus> selected = history.stream().filter(s -> shown.contains(s.revision().id())).toList();
            PrintWriter out = spec.commandLine().getOut();
            if (format == OutputFormat.json) json(database, selected, out);
            else text(selected, migrata.style(), out);
            out.flush();
            if (graph.isEmpty()) migrata.notice("there are no revisions yet: create one with migrata revision -m MESSAGE");
        }
        return ExitCode.OK;
    }

    private void text(List<RevisionStatus> history, Style style, PrintWriter out) {
        List<RevisionStatus> newestFirst = new ArrayList<>(history);
        Collections.reverse(newestFirst);
        for (RevisionStatus status : newestFirst) {
            RevisionNode revision = status.revision();
            String parents = revision.parents().isEmpty() ? "<base>" : String.join(", ", revision.parents());
            String line = parents + " -> " + revision.id() + markers(status) + (revision.message().isEmpty() ? "" : ", " + revision.message());
            out.println(status.edited() ? style.red(line) : status.current() ? style.green(line) : status.applied() ? line : style.dim(line));
            if (verbose) {
                RevisionText.details(revision, migrata::relativeFile, out);
                if (status.appliedAt() != null) out.println("  applied:  " + status.appliedAt());
            }
        }
    }

    /** {@code (head) (current)}: Alembic's markers, plus whether it is applied and unedited. */
    static String markers(RevisionStatus status) {
        StringBuilder markers = new StringBuilder();
        if (status.head()) markers.append(" (head)");
        if (status.branchPoint()) markers.append(" (branchpoint)");
        if (status.mergePoint()) markers.append(" (mergepoint)");
        if (status.current()) markers.append(" (current)");
        if (!status.applied()) markers.append(" (pending)");
        if (status.edited()) markers.append(" (edited since applied)");
        return markers.toString();
    }

    private void json(DatabaseTarget database, List<RevisionStatus> history, PrintWriter out) {
        JsonWriter json = new JsonWriter(out);
        json.beginObject();
        json.name("formatVersion").value(1);
        json.name("database").value(database.label());
        json.name("revisions").beginArray();
        for (RevisionStatus status : history) {
            json.beginObject();
            RevisionJson.members(json, status.revision(), migrata::relativeFile);
            json.name("head").value(status.head());
            json.name("branchPoint").value(status.branchPoint());
            json.name("mergePoint").value(status.mergePoint());
            json.name("current").value(status.current());
            json.name("applied").value(status.applied());
            json.name("appliedAt").value(status.appliedAt() == null ? null : status.appliedAt().toString());
            json.name("edited").value(status.edited());
            json.endObject();
        }
        json.endArray();
        json.endObject().finish();
    }
}
