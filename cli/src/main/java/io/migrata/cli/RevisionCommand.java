package io.migrata.cli;

import io.migrata.cli.config.ConfigurationException;
import io.migrata.cli.config.ProjectSettings;
import io.migrata.cli.config.Setting;
import io.migrata.cli.connect.DatabaseSession;
import io.migrata.cli.connect.DatabaseTarget;
import io.migrata.cli.connect.Databases;
import io.migrata.cli.model.LoadedModel;
import io.migrata.cli.model.ModelLoader;
import io.migrata.cli.model.SchemaScope;
import io.migrata.cli.output.DiffText;
import io.migrata.cli.output.RenameFlags;
import io.migrata.codegen.AutogenerateRequest;
import io.migrata.codegen.AutogenerateResult;
import io.migrata.codegen.Autogenerator;
import io.migrata.codegen.GeneratedMigration;
import io.migrata.codegen.MigrationTemplate;
import io.migrata.codegen.MigrationWriter;
import io.migrata.codegen.NewRevision;
import io.migrata.diff.DiffOptions;
import io.migrata.runner.Migrator;
import io.migrata.runner.graph.RevisionGraph;
import java.io.PrintWriter;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code migrata revision}: writes a new migration, empty or generated from the entities. */
@Command(name = "revision", mixinStandardHelpOptions = true,
        description = {"Write a new revision after the head, empty or generated from the entities.",
                "With --autogenerate, its operations turn the database (or, with --against head, the migrations' head)",
                "into the entities."},
        footer = {"", "Exit status: 0 written (or no changes), 2 a usage, configuration or history error, or an undecided rename,",
                "3 cannot connect."})
final class RevisionCommand implements Callable<Integer> {

    enum Against { db, head }

    @ParentCommand
    MigrataCommand migrata;

    @Spec
    CommandSpec spec;

    @Option(names = {"-m", "--message"}, paramLabel = "MESSAGE", description = "What the revision does; it names the revision.")
    String message;

    @Option(names = "--autogenerate", description = "Fill in the operations from a comparison with the entities.")
    boolean autogenerate;

    @Option(names = "--against", paramLabel = "db|head", defaultValue = "db",
            description = "What the entities are compared with: the configured database, which must be at head (default),"
                    + " or the migrations' head replayed on a scratch database.")
    Against against;

    @Option(names = "--rename", paramLabel = "OLD=NEW", description = "A rename, instead of a drop and an add; repeatable (see diff --help).")
    List<String> renames = new ArrayList<>();

    @Option(names = "--no-renames", description = "Write every likely rename as a drop and an add, without asking.")
    boolean noRenames;

    @Option(names = "--empty", description = "With --autogenerate, write the revision even when nothing changed.")
    boolean empty;

    @Option(names = "--schema", paramLabel = "SCHEMA", description = "Compare this schema; repeatable (default: migrata.schemas, else the entities' schemas).")
    List<String> schemas = new ArrayList<>();

    @Option(names = "--package", paramLabel = "PACKAGE", description = "The Java package of the class (default: migrata.migrations.package).")
    String packageName;

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
        if (message == null || message.isBlank()) {
            throw new ConfigurationException("a revision needs a message saying what it does: -m \"add user phone\"");
        }
        ProjectSettings settings = migrata.settings();
        Migrations migrations = new Migrations(settings, migrationOptions);
        MigrationTemplate template = migrations.template(packageName);
        // Rendered once without writing, so a message or template that cannot name a class fails
        // before any database work, whatever the comparison would find.
        new MigrationWriter(template).render(NewRevision.empty(message, List.of(), Instant.now()));
        if (!autogenerate) {
            RevisionGraph graph = migrations.offline().graph();
            List<String> parents = graph.isEmpty() ? List.of() : List.of(graph.head());
            GeneratedMigration written = new MigrationWriter(template)
                    .write(NewRevision.empty(message, parents, Instant.now()));
            printCreated(written);
            return ExitCode.OK;
        }
        try (Databases databases = migrata.databases()) {
            List<String> parents = new ArrayList<>();
            List<String> configured = settings.list(Setting.SCHEMAS, schemas);
            LoadedModel current = against == Against.db ? database(databases, migrations, parents, configured)
                    : replayedHead(databases, migrations, parents);
            LoadedModel wanted = ModelLoader.entities(settings, entities.config(), current.serverMajor());
            SchemaScope.Comparison pair = SchemaScope.of(configured).prepare(current, wanted);
            DiffOptions options = DiffOptions.defaults();
            for (String rename : renames) options = options.withRename(RenameFlags.toHint(rename));
            options = new RenameDecisions(migrata::ask, noRenames).decide(pair.from().model(), pair.to().model(), options);
            AutogenerateResult result = new Autogenerator(template).generate(
                    AutogenerateRequest.of(pair.from().model(), pair.to().model(), parents, message)
                            .withDiffOptions(options).withWriteWhenEmpty(empty));
            PrintWriter out = spec.commandLine().getOut();
            DiffText.write(result.diff(), migrata.style(), out);
            if (result.noChanges()) migrata.notice("no changes in schema detected between " + current.label() + " and the entities");
            result.migration().ifPresent(this::printCreated);
        }
        return ExitCode.OK;
    }

    /** The configured database, which must be at the head and have these schemas; {@code parents} gets the heads. */
    private LoadedModel database(Databases databases, Migrations migrations, List<String> parents, List<String> schemas)
            throws SQLException {
        DatabaseTarget target = databases.target(connection.url);
        Migrator migrator = migrations.migrator(target::open);
        List<String> heads = migrator.heads();
        List<String> current = migrator.current();
        if (!new HashSet<>(heads).equals(new HashSet<>(current))) throw new DatabaseNotAtHeadException(target.label(), current, heads);
        // One head, or MultipleHeadsException: a new revision follows exactly one.
        if (!heads.isEmpty()) parents.add(migrator.graph().head());
        try (DatabaseSession session = DatabaseSession.connect(target.settings(), target.origin())) {
            return ModelLoader.database(session, schemas);
        }
    }

    /** The migrations' head replayed on a scratch database; {@code parents} gets the head. */
    private LoadedModel replayedHead(Databases databases, Migrations migrations, List<String> parents) throws SQLException {
        RevisionGraph graph = migrations.offline().graph();
        if (!graph.isEmpty()) parents.add(graph.head());
        return new ScratchReplayer(databases, migrations, devUrl.url, migrata::notice).replay("head");
    }

    private void printCreated(GeneratedMigration written) {
        spec.commandLine().getOut().println("created " + migrata.relative(written.file()) + " (revision " + written.revisionId() + ")");
        spec.commandLine().getOut().flush();
    }
}
