package io.migrata.cli;

import io.migrata.cli.output.JsonWriter;
import io.migrata.cli.output.RevisionJson;
import io.migrata.workflow.Migrata;
import io.migrata.workflow.Revisions;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code migrata heads}: the revisions no other revision follows. Reads the migrations only. */
@Command(name = "heads", mixinStandardHelpOptions = true,
        description = "Print the heads of the revision history (more than one means branches to merge). No database is used.")
final class HeadsCommand implements Callable<Integer> {

    @ParentCommand
    MigrataCommand migrata;

    @Option(names = {"-v", "--verbose-revisions"}, description = "Also print each head's parents, message, creation time and file.")
    boolean verbose;

    @Mixin
    FormatOption output;

    @Mixin
    MigrationOptions migrationOptions;

    @Override
    public Integer call() {
        Revisions revisions;
        try (Migrata workflow = migrata.workflow(migrationOptions::applyTo)) {
            revisions = workflow.revisions();
        }
        output.print(out -> text(revisions, out), out -> json(revisions, out));
        if (revisions.isEmpty()) migrata.notice("there are no revisions yet: create one with migrata revision -m MESSAGE");
        return ExitCode.OK;
    }

    private void text(Revisions revisions, PrintWriter out) {
        for (String head : revisions.heads()) {
            out.println(head + " (head)");
            if (verbose) RevisionText.details(revisions.get(head), migrata::relativeFile, out);
        }
    }

    private void json(Revisions revisions, PrintWriter out) {
        JsonWriter json = new JsonWriter(out);
        json.beginObject().name("formatVersion").value(1).name("heads").beginArray();
        for (String head : revisions.heads()) {
            json.beginObject();
            RevisionJson.members(json, revisions.get(head), migrata::relativeFile);
            json.endObject();
        }
        json.endArray().endObject().finish();
    }
}
