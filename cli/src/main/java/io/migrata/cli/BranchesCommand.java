package io.migrata.cli;

import io.migrata.cli.output.JsonWriter;
import io.migrata.cli.output.RevisionJson;
import io.migrata.workflow.Migrata;
import io.migrata.workflow.Revisions;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/** {@code migrata branches}: the revisions where the history splits, and the branches they start. */
@Command(name = "branches", mixinStandardHelpOptions = true,
        description = "Print the branch points of the revision history and the revisions that follow each. No database is used.")
final class BranchesCommand implements Callable<Integer> {

    @ParentCommand
    MigrataCommand migrata;

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
        if (revisions.branchPoints().isEmpty()) migrata.notice("the revision history has no branches");
        return ExitCode.OK;
    }

    private static void text(Revisions revisions, PrintWriter out) {
        for (String id : revisions.branchPoints()) {
            out.println(id + " (branchpoint)" + message(revisions, id));
            for (String child : revisions.children(id)) {
                out.println("  -> " + child + (revisions.isHead(child) ? " (head)" : "") + message(revisions, child));
            }
        }
    }

    private void json(Revisions revisions, PrintWriter out) {
        JsonWriter json = new JsonWriter(out);
        json.beginObject().name("formatVersion").value(1).name("branchPoints").beginArray();
        for (String id : revisions.branchPoints()) {
            json.beginObject();
            RevisionJson.members(json, revisions.get(id), migrata::relativeFile);
            json.name("children").value(revisions.children(id));
            json.endObject();
        }
        json.endArray().endObject().finish();
    }

    private static String message(Revisions revisions, String id) {
        String message = revisions.get(id).message();
        return message.isEmpty() ? "" : ", " + message;
    }
}
