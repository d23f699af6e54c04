package io.migrata.cli;

import io.migrata.cli.output.DiffJson;
import io.migrata.cli.output.DiffText;
import io.migrata.cli.output.OutputFormat;
import io.migrata.cli.output.SqlScript;
import io.migrata.workflow.Comparison;
import io.migrata.workflow.DiffRequest;
import io.migrata.workflow.JavaPreview;
import io.migrata.workflow.Migrata;
import io.migrata.workflow.config.Setting;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code migrata diff}: compares two schemas and prints the operations that turn one into the other. */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = {"Compare two schemas and print the operations that turn the first into the second.",
                "Each side is a database URL, 'database' (the configured one), 'entities', 'head' or a revision."},
        footer = {"", "Exit status: 0 when they are equal, 1 when they differ, 2 or more on errors."})
final class DiffCommand implements Callable<Integer> {

    @ParentCommand
    MigrataCommand migrata;

    @Spec
    CommandSpec spec;

    @Option(names = "--from", required = true, paramLabel = "SOURCE", description = "The schema as it is.")
    String from;

    @Option(names = "--to", required = true, paramLabel = "SOURCE", description = "The schema as it should be.")
    String to;

    @ArgGroup(exclusive = true)
    Output output = new Output();

    static final class Output {
        @Option(names = "--sql", description = "Print the operations as a SQL script.")
        boolean sql;

        @Option(names = "--java", description = "Print the operations as the migration class revision --autogenerate would write.")
        boolean java;
    }

    @Option(names = "--rename", paramLabel = "OLD=NEW",
            description = "Rename instead of dropping and creating: users.phone=mobile (a column), 'table users=members',"
                    + " \"enum bill_status 'void'='cancelled'\"; repeatable.")
    List<String> renames = new ArrayList<>();

    @Option(names = "--schema", paramLabel = "SCHEMA",
            description = "Compare this schema; repeatable (default: migrata.schemas, else the entities' schemas, else all).")
    List<String> schemas = new ArrayList<>();

    @Option(names = "--concurrent-indexes", description = "Create and drop indexes of existing tables CONCURRENTLY.")
    boolean concurrentIndexes;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Mixin
    ConnectionOption connection;

    @Mixin
    DevUrlOption devUrl;

    @Mixin
    EntityOptions entities;

    @Mixin
    MigrationOptions migrationOptions;

    @Override
    public Integer call() {
        DiffRequest request = DiffRequest.between(from, to).withRenames(renames).withConcurrentIndexes(concurrentIndexes)
                .withSql(output.sql);
        try (Migrata workflow = migrata.workflow(this::flags)) {
            PrintWriter out = spec.commandLine().getOut();
            boolean java = output.java && format != OutputFormat.json;
            JavaPreview preview = java ? workflow.diffAsJava(request) : null;
            Comparison comparison = java ? preview.comparison() : workflow.diff(request);
            if (java) {
                if (preview.source() != null) out.print(preview.source());
            } else if (format == OutputFormat.json) {
                DiffJson.write(comparison, out);
            } else if (output.sql) {
                List<String> header = new ArrayList<>(List.of("migrata diff --from " + comparison.from() + " --to " + comparison.to()));
                if (!comparison.notCompared().isEmpty()) header.add("not compared, so not in this script: " + comparison.notComparedSummary());
                SqlScript.write(header, comparison, out);
            } else {
                DiffText.write(comparison, migrata.style(), out);
            }
            out.flush();
            migrata.notice(comparison.verdict());
            return comparison.equal() ? ExitCode.OK : ExitCode.DIFFERENCES;
        }
    }

    private void flags(Migrata.Builder workflow) {
        connection.applyTo(workflow);
        devUrl.applyTo(workflow);
        entities.applyTo(workflow);
        migrationOptions.applyTo(workflow);
        workflow.set(Setting.SCHEMAS, schemas);
    }
}
