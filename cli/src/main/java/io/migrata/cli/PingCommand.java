package io.migrata.cli;

import io.migrata.workflow.Migrata;
import io.migrata.workflow.config.Setting;
import io.migrata.workflow.connect.ConnectionProbe;
import io.migrata.workflow.connect.ConnectionReport;
import io.migrata.cli.output.JsonWriter;
import io.migrata.cli.output.OutputFormat;
import io.migrata.cli.output.Style;
import io.migrata.schema.Identifiers;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code migrata ping}: tests the connection to the configured database. */
@Command(name = "ping", mixinStandardHelpOptions = true,
        description = {"Test the connection to the database.",
                "Prints the server version, whether SSL is in use, the round-trip latency, the user and database, and whether",
                "the user may create tables in the schemas migrations write to."},
        footer = {"", "Exit status: 0 when connected, 3 when the database cannot be reached or refuses the login."})
final class PingCommand implements Callable<Integer> {

    @ParentCommand
    MigrataCommand migrata;

    @Spec
    CommandSpec spec;

    @Mixin
    ConnectionOption connection;

    @Option(names = "--schema", paramLabel = "SCHEMA",
            description = "A schema to check besides the current one; repeatable (default: migrata.schemas).")
    List<String> schemas = new ArrayList<>();

    @Option(names = "--version-schema", paramLabel = "SCHEMA",
            description = "The schema of the version tables (default: migrata.version-table.schema, else public).")
    String versionSchema;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Override
    public Integer call() {
        try (Migrata workflow = migrata.workflow(this::flags)) {
            ConnectionReport report = workflow.ping();
            PrintWriter out = spec.commandLine().getOut();
            if (format == OutputFormat.json) json(report, out);
            else text(report, migrata.style(), out);
            out.flush();
        }
        return ExitCode.OK;
    }

    private void flags(Migrata.Builder workflow) {
        connection.applyTo(workflow);
        workflow.set(Setting.SCHEMAS, schemas).set(Setting.VERSION_TABLE_SCHEMA, versionSchema);
    }

    private static void text(ConnectionReport report, Style style, PrintWriter out) {
        out.println(style.green("connected to " + report.target()));
        out.println("  server    PostgreSQL " + report.serverVersion());
        out.println("  ssl       " + (report.ssl() ? "yes (" + report.sslVersion() + ", " + report.sslCipher() + ")" : "no"));
        out.println("  latency   " + String.format(Locale.ROOT, "%.2f ms", report.latencyMicros() / 1000.0)
                + " (median of " + ConnectionProbe.ROUND_TRIPS + " round trips)");
        out.println("  user      " + report.user());
        out.println("  database  " + report.database());
        for (ConnectionReport.SchemaAccess schema : report.schemas()) {
            String name = Identifiers.quote(schema.name());
            String line;
            if (!schema.exists()) {
                line = "schema " + name + " does not exist; " + report.user() + (report.canCreateSchema() ? " may" : " may not")
                        + " create it";
                out.println("  " + (report.canCreateSchema() ? line : style.red(line)));
            } else if (schema.canCreate()) {
                out.println("  may create tables in schema " + name);
            } else {
                out.println("  " + style.red("may not create tables in schema " + name
                        + " (GRANT CREATE ON SCHEMA " + name + " TO " + Identifiers.quote(report.user()) + ")"));
            }
        }
    }

    private static void json(ConnectionReport report, PrintWriter out) {
        JsonWriter json = new JsonWriter(out);
        json.beginObject();
        json.name("formatVersion").value(1);
        json.name("target").value(report.target());
        json.name("serverVersion").value(report.serverVersion());
        json.name("serverVersionNumber").value(report.serverVersionNumber());
        json.name("ssl").value(report.ssl());
        json.name("sslVersion").value(report.sslVersion());
        json.name("sslCipher").value(report.sslCipher());
        json.name("latencyMicros").value(report.latencyMicros());
        json.name("user").value(report.user());
        json.name("database").value(report.database());
        json.name("canCreateSchema").value(report.canCreateSchema());
        json.name("schemas").beginArray();
        for (ConnectionReport.SchemaAccess schema : report.schemas()) {
            json.beginObject().name("name").value(schema.name()).name("exists").value(schema.exists())
                    .name("canCreateTables").value(schema.canCreate()).endObject();
        }
        json.endArray();
        json.endObject().finish();
    }
}
