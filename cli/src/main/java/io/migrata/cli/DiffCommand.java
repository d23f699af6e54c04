package io.migrata.cli;

import io.migrata.cli.config.ProjectSettings;
import io.migrata.cli.config.Setting;
import io.migrata.cli.connect.Databases;
import io.migrata.cli.model.LoadedModel;
import io.migrata.cli.model.ModelLoader;
import io.migrata.cli.model.SchemaScope;
import io.migrata.cli.model.SchemaSource;
import io.migrata.cli.output.DiffJson;
import io.migrata.cli.output.DiffText;
import io.migrata.cli.output.OutputFormat;
import io.migrata.cli.output.RenameFlags;
import io.migrata.cli.output.SqlScript;
import io.migrata.codegen.AutogenerateRequest;
import io.migrata.codegen.Autogenerator;
import io.migrata.codegen.GeneratedMigration;
import io.migrata.diff.DiffOptions;
import io.migrata.diff.DiffResult;
import io.migrata.diff.SchemaDiff;
import io.migrata.runner.sql.PostgresSqlRenderer;
import io.migrata.runner.sql.RenderOptions;
import io.migrata.runner.sql.Statement;
import java.io.PrintWriter;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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

    private static final String JAVA_MESSAGE = "schema diff";

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
    public Integer call() throws SQLException {
        ProjectSettings settings = migrata.settings();
        SchemaSource fromSource = SchemaSource.parse(from, "--from");
        SchemaSource toSource = SchemaSource.parse(to, "--to");
        try (Databases databases = migrata.databases()) {
            List<String> configured = settings.list(Setting.SCHEMAS, schemas);
            ModelLoader loader = new ModelLoader(databases, settings, entities.config(), connection.url,
                    new ScratchReplayer(databases, new Migrations(settings, migrationOptions), devUrl.url, migrata::notice), configured);
            // Live databases first, so a wrong URL or schema fails before a slow replay; the entities last,
            // read for the server version they will be compared with.
            boolean toFirst = loadOrder(toSource) < loadOrder(fromSource);
            LoadedModel first = loader.load(toFirst ? toSource : fromSource, 0);
            LoadedModel second = loader.load(toFirst ? fromSource : toSource, first.serverMajor());
            LoadedModel fromModel = toFirst ? second : first;
            LoadedModel toModel = toFirst ? first : second;
            SchemaScope.Comparison pair = SchemaScope.of(configured).prepare(fromModel, toModel);
            DiffResult result = SchemaDiff.between(pair.from().model(), pair.to().model(), options());
            print(pair, result);
            return result.isEmpty() ? ExitCode.OK : ExitCode.DIFFERENCES;
        }
    }

    private static int loadOrder(SchemaSource source) {
        if (source instanceof SchemaSource.Database) return 0;
        return source instanceof SchemaSource.Revision ? 1 : 2;
    }

    private DiffOptions options() {
        DiffOptions options = DiffOptions.defaults().withConcurrentIndexes(concurrentIndexes);
        for (String rename : renames) options = options.withRename(RenameFlags.toHint(rename));
        return options;
    }

    private void print(SchemaScope.Comparison pair, DiffResult result) {
        PrintWriter out = spec.commandLine().getOut();
        String fromLabel = pair.from().label();
        String toLabel = pair.to().label();
        List<List<Statement>> statements = output.sql ? render(pair, result) : null;
        if (format == OutputFormat.json) {
            DiffJson.write(fromLabel, toLabel, result, statements, out);
        } else if (output.sql) {
            SqlScript.write(List.of("migrata diff --from " + fromLabel + " --to " + toLabel), result, statements, out);
        } else if (output.java) {
            javaPreview(pair).ifPresent(migration -> out.print(migration.source()));
        } else {
            DiffText.write(result, migrata.style(), out);
        }
        out.flush();
        migrata.notice(result.isEmpty() ? "no differences between " + fromLabel + " and " + toLabel
                : result.ops().size() + " operation" + (result.ops().size() == 1 ? "" : "s") + " from " + fromLabel + " to " + toLabel);
    }

    /** The migration class {@code revision --autogenerate} would write for the difference, without writing it. */
    private Optional<GeneratedMigration> javaPreview(SchemaScope.Comparison pair) {
        AutogenerateRequest request = AutogenerateRequest.of(pair.from().model(), pair.to().model(), List.of(), JAVA_MESSAGE)
                .withDiffOptions(options());
        return new Autogenerator(new Migrations(migrata.settings(), migrationOptions).template(null)).preview(request).migration();
    }

    /** The SQL of each op, for the server the script would run on: the {@code --from} database's, if it is one. */
    private static List<List<Statement>> render(SchemaScope.Comparison pair, DiffResult result) {
        int major = pair.from().serverMajor() > 0 ? pair.from().serverMajor() : pair.to().serverMajor();
        RenderOptions options = major >= RenderOptions.OLDEST_SUPPORTED_MAJOR ? RenderOptions.defaults().forServer(major)
                : RenderOptions.defaults();
        PostgresSqlRenderer renderer = new PostgresSqlRenderer(options);
        return result.ops().stream().map(renderer::render).toList();
    }
}
