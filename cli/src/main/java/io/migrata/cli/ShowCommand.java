package io.migrata.cli;

import io.migrata.cli.output.JsonWriter;
import io.migrata.cli.output.RevisionJson;
import io.migrata.workflow.Migrata;
import io.migrata.workflow.RevisionDetail;
import io.migrata.schema.op.SchemaOp;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code migrata show}: one revision, with the operations its upgrade and downgrade record. */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = "Print a revision: its place in the history, file, and the operations its upgrade and downgrade"
                + " record. No database is used.")
final class ShowCommand implements Callable<Integer> {

    @ParentCommand
    MigrataCommand migrata;

    @Parameters(index = "0", paramLabel = "REV", description = "A revision id or unique prefix, head, head-1, …")
    String revision;

    @Mixin
    FormatOption output;

    @Mixin
    MigrationOptions migrationOptions;

    @Override
    public Integer call() {
        RevisionDetail detail;
        try (Migrata workflow = migrata.workflow(migrationOptions::applyTo)) {
            detail = workflow.show(revision);
        }
        output.print(out -> text(detail, out), out -> json(detail, out));
        return ExitCode.OK;
    }

    private void text(RevisionDetail detail, PrintWriter out) {
        out.println("revision " + detail.revision().id() + (detail.head() ? " (head)" : ""));
        RevisionText.details(detail.revision(), migrata::relativeFile, out);
        out.println("  children: " + (detail.children().isEmpty() ? "(none)" : String.join(", ", detail.children())));
        out.println("  runs:     " + (!detail.transactional() ? "outside a transaction, statement by statement"
                : detail.outsideTransaction().isEmpty() ? "in one transaction"
                : "in one transaction, except " + detail.outsideTransaction().size() + " statement"
                + (detail.outsideTransaction().size() == 1 ? "" : "s") + " PostgreSQL runs only outside one, so it is not"
                + " atomic: what comes before each commits first, and a failure after it leaves that applied"));
        for (String statement : detail.outsideTransaction()) out.println("            outside: " + statement);
        section("upgrade", detail.upgrade(), out);
        section("downgrade", detail.downgrade(), out);
    }

    private static void section(String name, RevisionDetail.Recording recording, PrintWriter out) {
        out.println();
        out.println(name + ":");
        if (recording.error() != null) {
            out.println("  cannot be recorded: " + recording.error());
            return;
        }
        if (recording.ops().isEmpty()) out.println("  (no operations)");
        for (SchemaOp op : recording.ops()) out.println("  " + op.describe());
    }

    private void json(RevisionDetail detail, PrintWriter out) {
        JsonWriter json = new JsonWriter(out);
        json.beginObject();
        json.name("formatVersion").value(1);
        RevisionJson.members(json, detail.revision(), migrata::relativeFile);
        json.name("children").value(detail.children());
        json.name("head").value(detail.head());
        json.name("transactional").value(detail.transactional());
        json.name("outsideTransaction").beginArray();
        for (String statement : detail.outsideTransaction()) json.value(statement);
        json.endArray();
        recording(json, "upgrade", detail.upgrade());
        recording(json, "downgrade", detail.downgrade());
        json.endObject().finish();
    }

    private static void recording(JsonWriter json, String name, RevisionDetail.Recording recording) {
        json.name(name).beginObject();
        json.name("operations").value(recording.ops().stream().map(SchemaOp::describe).toList());
        json.name("error").value(recording.error());
        json.endObject();
    }
}
