package io.migrata.cli;

import io.migrata.cli.output.JsonWriter;
import io.migrata.cli.output.OutputFormat;
import io.migrata.cli.output.Style;
import io.migrata.schema.op.SchemaOp;
import io.migrata.workflow.Migrata;
import io.migrata.workflow.Verification;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code migrata verify}: upgrade, downgrade and upgrade again each revision on a scratch database. */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"For CI: whether each revision's downgrade undoes its upgrade.",
                "On a scratch database each revision is upgraded, downgraded and upgraded again: after the downgrade the",
                "schema must be what it was before the upgrade, and the second upgrade must give what the first gave."},
        footer = {"", "Exit status: 0 every revision passed, 1 some did not (they are printed), 4 a migration failed, 2 or more on other errors."})
final class VerifyCommand implements Callable<Integer> {

    @ParentCommand
    MigrataCommand migrata;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "REV", description = "Verify this revision only (its ancestors are applied first).")
    String revision;

    @Option(names = "-n", paramLabel = "N", description = "Verify the last N revisions only.")
    Integer last;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Mixin
    DevUrlOption devUrl;

    @Mixin
    MigrationOptions migrationOptions;

    @Override
    public Integer call() {
        Verification verification;
        try (Migrata workflow = migrata.workflow(this::flags)) {
            verification = workflow.verify(revision, last);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format == OutputFormat.json) json(verification, out);
        else text(verification, migrata.style(), out);
        out.flush();
        return verification.ok() ? ExitCode.OK : ExitCode.DIFFERENCES;
    }

    private void flags(Migrata.Builder workflow) {
        devUrl.applyTo(workflow);
        migrationOptions.applyTo(workflow);
    }

    private static void text(Verification verification, Style style, PrintWriter out) {
        for (Verification.Outcome outcome : verification.outcomes()) {
            if (outcome.ok()) {
                out.println(style.green("ok      ") + outcome.revision().label());
                continue;
            }
            out.println(style.red("FAILED  ") + outcome.revision().label());
            if (!outcome.leftByDowngrade().isEmpty()) {
                out.println("  its downgrade does not restore the schema; after it, the schema still differs by:");
                for (SchemaOp op : outcome.leftByDowngrade()) out.println("    " + op.describe());
            }
            if (!outcome.changedByRedo().isEmpty()) {
                out.println("  upgrading again gives another schema than the first upgrade; it differs by:");
                for (SchemaOp op : outcome.changedByRedo()) out.println("    " + op.describe());
            }
            if (outcome.failure() != null) out.println("  " + outcome.failure());
        }
    }

    private static void json(Verification verification, PrintWriter out) {
        JsonWriter json = new JsonWriter(out);
        json.beginObject();
        json.name("formatVersion").value(1);
        json.name("ok").value(verification.outcomes().stream().allMatch(Verification.Outcome::ok));
        json.name("revisions").beginArray();
        for (Verification.Outcome outcome : verification.outcomes()) {
            json.beginObject();
            json.name("id").value(outcome.revision().id());
            json.name("ok").value(outcome.ok());
            json.name("leftByDowngrade").value(outcome.leftByDowngrade().stream().map(SchemaOp::describe).toList());
            json.name("changedByRedo").value(outcome.changedByRedo().stream().map(SchemaOp::describe).toList());
            json.name("failure").value(outcome.failure());
            json.endObject();
        }
        json.endArray();
        json.endObject().finish();
    }
}
