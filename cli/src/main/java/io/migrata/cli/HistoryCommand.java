package io.migrata.cli;

import io.migrata.cli.output.JsonWriter;
import io.migrata.cli.output.RevisionJson;
import io.migrata.cli.output.Style;
import io.migrata.workflow.History;
import io.migrata.workflow.Migrata;
import io.migrata.workflow.RevisionInfo;
import io.migrata.workflow.RevisionState;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code migrata history}: every revision, newest first, with what the database says about it. */
@Command(name = "history", mixinStandardHelpOptions = true,
        description = "List the revisions, newest first, marking heads, branch and merge points, the current revisions,"
                + " those not applied yet and applied ones edited since.")
final class HistoryCommand implements Callable<Integer> {

    @ParentCommand
    MigrataCommand migrata;

    @Option(names = {"-v", "--verbose-revisions"}, description = "Print each revision's parents, message, creation time, file and when it was applied.")
    boolean verbose;

    @Option(names = {"-r", "--rev-range"}, paramLabel = "[FROM]:[TO]",
            description = "Only revisions from FROM to TO, both included: revisions, head, heads, base, current (e.g. current:, 001:head).")
    String range;

    @Mixin
    FormatOption output;

    @Mixin
    ConnectionOption connection;

    @Mixin
    MigrationOptions migrationOptions;

    @Override
    public Integer call() {
        try (Migrata workflow = migrata.workflow(this::flags)) {
            History history = workflow.history(range);
            output.print(out -> text(history.revisions(), migrata.style(), out), out -> json(history, out));
        }
        return ExitCode.OK;
    }

    private void flags(Migrata.Builder workflow) {
        connection.applyTo(workflow);
        migrationOptions.applyTo(workflow);
    }

    private void text(List<RevisionState> history, Style style, PrintWriter out) {
        List<RevisionState> newestFirst = new ArrayList<>(history);
        Collections.reverse(newestFirst);
        for (RevisionState status : newestFirst) {
            RevisionInfo revision = status.revision();
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
    static String markers(RevisionState status) {
        StringBuilder markers = new StringBuilder();
        if (status.head()) markers.append(" (head)");
        if (status.branchPoint()) markers.append(" (branchpoint)");
        if (status.mergePoint()) markers.append(" (mergepoint)");
        if (status.current()) markers.append(" (current)");
        if (!status.applied()) markers.append(" (pending)");
        if (status.edited()) markers.append(" (edited since applied)");
        return markers.toString();
    }

    private void json(History history, PrintWriter out) {
        JsonWriter json = new JsonWriter(out);
        json.beginObject();
        json.name("formatVersion").value(1);
        json.name("database").value(history.database());
        json.name("revisions").beginArray();
        for (RevisionState status : history.revisions()) {
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
