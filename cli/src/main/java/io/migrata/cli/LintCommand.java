package io.migrata.cli;

import io.migrata.cli.output.JsonWriter;
import io.migrata.workflow.LintReport;
import io.migrata.workflow.Migrata;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code migrata lint}: the blocking statements in the revisions' upgrades, hand-written
 * {@code execute(...)} SQL and migration-API calls alike, each with the safe alternative. Exit 1
 * when it finds one, for CI. No database is used (a scratch one only when a new column's default
 * calls a function, to ask PostgreSQL whether it is volatile).
 */
@Command(name = "lint", mixinStandardHelpOptions = true,
        description = "Report blocking statements in the migrations (CREATE INDEX without CONCURRENTLY, constraints validated"
                + " as added, SET NOT NULL, table rewrites, ...) with the safe alternative. No database is used.",
        footer = {"", "Exit status: 0 nothing blocking, 1 blocking statements found, 2 a usage or history error,"
                + " 4 a migration's code threw."})
final class LintCommand implements Callable<Integer> {

    @ParentCommand
    MigrataCommand migrata;

    @Option(names = {"-r", "--rev-range"}, paramLabel = "[FROM]:[TO]",
            description = "Only the revisions from FROM to TO, both included (e.g. -r 004_add_index:head); default every revision.")
    String range;

    @Mixin
    FormatOption output;

    @Mixin
    MigrationOptions migrationOptions;

    @Override
    public Integer call() {
        LintReport report;
        try (Migrata workflow = migrata.workflow(migrationOptions::applyTo)) {
            report = workflow.lint(range);
        }
        output.print(out -> text(report, out), out -> json(report, out));
        return report.clean() ? ExitCode.OK : ExitCode.DIFFERENCES;
    }

    private static void text(LintReport report, PrintWriter out) {
        for (LintReport.Finding finding : report.findings()) out.println(finding.describe());
        int found = report.findings().size();
        out.println(found == 0 ? "no blocking statements in " + revisions(report.revisions())
                : found + " blocking statement" + (found == 1 ? "" : "s") + " in " + revisions(report.revisions()));
    }

    private static String revisions(int count) {
        return count + " revision" + (count == 1 ? "" : "s");
    }

    private static void json(LintReport report, PrintWriter out) {
        JsonWriter json = new JsonWriter(out);
        json.beginObject().name("formatVersion").value(1).name("revisions").value(report.revisions())
                .name("findings").beginArray();
        for (LintReport.Finding finding : report.findings()) {
            json.beginObject()
                    .name("revision").value(finding.revision())
                    .name("rule").value(finding.finding().rule())
                    .name("statement").value(finding.finding().statement())
                    .name("problem").value(finding.finding().problem())
                    .name("instead").value(finding.finding().instead())
                    .endObject();
        }
        json.endArray().endObject().finish();
    }
}
