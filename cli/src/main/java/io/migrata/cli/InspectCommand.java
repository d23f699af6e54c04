package io.migrata.cli;

import io.migrata.cli.connect.DatabaseSession;
import io.migrata.cli.connect.Databases;
import io.migrata.cli.demo.DemoSchema;
import io.migrata.cli.output.OutputFormat;
import io.migrata.cli.output.SchemaJson;
import io.migrata.cli.output.SchemaText;
import io.migrata.introspect.IntrospectionOptions;
import io.migrata.introspect.PostgresIntrospector;
import io.migrata.schema.SchemaModel;
import java.io.PrintWriter;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code migrata inspect}: prints the schema of a live database. */
@Command(name = "inspect", mixinStandardHelpOptions = true,
        description = "Print the schema of a live database: tables, columns, constraints, indexes, enum types, sequences and views.")
final class InspectCommand implements Callable<Integer> {

    @ParentCommand
    MigrataCommand migrata;

    @Spec
    CommandSpec spec;

    @Mixin
    ConnectionOption connection;

    @Option(names = "--schema", paramLabel = "SCHEMA",
            description = "A schema to read; repeat for more (default: every user schema). Names are case-sensitive.")
    List<String> schemas = new ArrayList<>();

    @Option(names = "--exclude", paramLabel = "GLOB",
            description = "Leave out tables and views matching the pattern (* and ?; with a dot it matches schema.name); repeatable.")
    List<String> excludes = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text or json (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Option(names = "--demo", description = "First create a small demo schema, if the database has no tables.")
    boolean demo;

    @Override
    public Integer call() throws SQLException {
        try (Databases databases = migrata.databases(); DatabaseSession session = databases.open(connection.url)) {
            if (demo && DemoSchema.createIfEmpty(session.connection())) {
                migrata.notice("created the demo schema (" + DemoSchema.TABLE_COUNT + " tables) in " + session.settings().target());
            }
            SchemaModel model = new PostgresIntrospector(session.connection()).read(options());
            print(model, spec.commandLine().getOut());
        }
        return ExitCode.OK;
    }

    private IntrospectionOptions options() {
        return new IntrospectionOptions(schemas, excludes, false);
    }

    private void print(SchemaModel model, PrintWriter out) {
        switch (format) {
            case json -> SchemaJson.write(model, out);
            case text -> SchemaText.write(model, out);
        }
        out.flush();
    }
}
