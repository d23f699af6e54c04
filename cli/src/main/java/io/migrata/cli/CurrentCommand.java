package io.migrata.cli;

import io.migrata.cli.output.JsonWriter;
import io.migrata.cli.output.RevisionJson;
import io.migrata.workflow.DatabaseRevisions;
import io.migrata.workflow.Migrata;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code migrata current}: the revisions the database's version table names. */
@Command(name = "current", mixinStandardHelpOptions = true,
        description = "Print the revision (one per branch) the database is at; nothing at base.")
final class CurrentCommand implements Callable<Integer> {

    @ParentCommand
    MigrataCommand migrata;

    @Option(names = {"-v", "--verbose-revisions"}, description = "Also print each revision's message, creation time and file.")
    boolean verbose;

    @Mixin
    FormatOption output;

    @Mixin
    ConnectionOption connection;

    @Mixin
    MigrationOptions migrationOptions;

    @Override
    public Integer call() {
        try (Migrata workflow = migrata.workflow(this::flags)) {
            DatabaseRevisions current = workflow.current();
            output.print(out -> text(current, out), out -> json(current, out));
        }
        return ExitCode.OK;
    }

    private void flags(Migrata.Builder workflow) {
        connection.applyTo(workflow);
        migrationOptions.applyTo(workflow);
    }

    private void text(DatabaseRevisions current, PrintWriter out) {
        for (DatabaseRevisions.Current revision : current.current()) {
            if (!revision.known()) {
                out.println(revision.id() + " (unknown: no migration declares it)");
                continue;
            }
            out.println(revision.id() + (revision.head() ? " (head)" : ""));
            if (verbose) RevisionText.details(revision.revision(), migrata::relativeFile, out);
        }
        current.partlyApplied().forEach(partly -> out.println("partly applied: " + partly));
    }

    private void json(DatabaseRevisions current, PrintWriter out) {
        JsonWriter json = new JsonWriter(out);
        json.beginObject();
        json.name("formatVersion").value(1);
        json.name("database").value(current.database());
        json.name("current").beginArray();
        for (DatabaseRevisions.Current revision : current.current()) {
            json.beginObject();
            if (revision.known()) RevisionJson.members(json, revision.revision(), migrata::relativeFile);
            else RevisionJson.unknown(json, revision.id());
            json.name("known").value(revision.known());
            json.name("head").value(revision.head());
            json.endObject();
        }
        json.endArray();
        json.name("partlyApplied").beginArray();
        current.partlyApplied().forEach(partly -> json.value(partly));
        json.endArray();
        json.endObject().finish();
    }
}
