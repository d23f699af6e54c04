package io.migrata.cli;

import io.migrata.cli.config.ConfigurationException;
import io.migrata.cli.config.ProjectSettings;
import io.migrata.cli.config.Setting;
import io.migrata.cli.connect.Databases;
import io.migrata.cli.connect.ScratchDatabase;
import io.migrata.cli.output.JsonWriter;
import io.migrata.cli.output.OutputFormat;
import io.migrata.cli.output.Style;
import io.migrata.runner.Migrator;
import io.migrata.runner.graph.RevisionGraph;
import io.migrata.runner.graph.RevisionNode;
import io.migrata.schema.op.SchemaOp;
import java.io.PrintWriter;
import java.sql.SQLException;
import java.util.List;
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
    public Integer call() throws SQLException {
        if (revision != null && last != null) throw new ConfigurationException("give REV or -n N, not both");
        if (last != null && last < 1) throw new ConfigurationException("-n " + last + " must be 1 or more");
        ProjectSettings settings = migrata.settings();
        Migrations migrations = new Migrations(settings, migrationOptions);
        try (Databases databases = migrata.databases(); ScratchDatabase scratch = databases.scratch(devUrl.url)) {
            Migrator migrator = migrations.migrator(scratch::connect);
            List<RevisionNode> selected = select(migrator.graph());
            String versionSchema = settings.value(Setting.VERSION_TABLE_SCHEMA, migrationOptions.versionSchema);
            List<RevisionVerifier.Outcome> outcomes = new RevisionVerifier(scratch, migrator, versionSchema, migrata::notice)
                    .verify(selected);
            PrintWriter out = spec.commandLine().getOut();
            if (format == OutputFormat.json) json(outcomes, out);
            else text(outcomes, migrata.style(), out);
            out.flush();
            long failed = outcomes.stream().filter(o -> !o.ok()).count();
            String stopped = outcomes.size() < selected.size() ? "; stopped at the failure, "
                    + (selected.size() - outcomes.size()) + " more not verified" : "";
            migrata.notice(failed == 0 ? "verified " + outcomes.size() + " revision" + (outcomes.size() == 1 ? "" : "s")
                    : failed + " of " + outcomes.size() + " revisions do not downgrade cleanly" + stopped);
            return failed == 0 ? ExitCode.OK : ExitCode.DIFFERENCES;
        }
    }

    private List<RevisionNode> select(RevisionGraph graph) {
        List<RevisionNode> all = graph.revisions();
        if (revision != null) {
            List<String> named = graph.resolve(revision, List.of());
            return all.stream().filter(r -> named.contains(r.id())).toList();
        }
        if (last != null) return all.subList(Math.max(0, all.size() - last), all.size());
        return all;
    }

    private static void text(List<RevisionVerifier.Outcome> outcomes, Style style, PrintWriter out) {
        for (RevisionVerifier.Outcome outcome : outcomes) {
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

    private static void json(List<RevisionVerifier.Outcome> outcomes, PrintWriter out) {
        JsonWriter json = new JsonWriter(out);
        json.beginObject();
        json.name("formatVersion").value(1);
        json.name("ok").value(outcomes.stream().allMatch(RevisionVerifier.Outcome::ok));
        json.name("revisions").beginArray();
        for (RevisionVerifier.Outcome outcome : outcomes) {
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
