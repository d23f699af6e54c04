package io.migrata.cli;

import io.migrata.cli.config.ProjectSettings;
import io.migrata.cli.config.Setting;
import io.migrata.cli.connect.Databases;
import io.migrata.cli.model.LoadedModel;
import io.migrata.cli.model.ModelLoader;
import io.migrata.cli.model.SchemaScope;
import io.migrata.diff.DiffResult;
import io.migrata.diff.SchemaDiff;
import io.migrata.entities.EntitySource;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code migrata check}: for CI, whether the migrations build what the entities describe. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"For CI: whether the migrations build what the entities describe.",
                "The migrations' head is replayed on a scratch database and compared with the entities; a difference",
                "means a migration is missing."},
        footer = {"", "Exit status: 0 they match, 1 they differ (the differences are printed), 2 or more on errors."})
final class CheckCommand implements Callable<Integer> {

    @ParentCommand
    MigrataCommand migrata;

    @Option(names = "--schema", paramLabel = "SCHEMA", description = "Compare this schema; repeatable (default: migrata.schemas, else the entities' schemas).")
    List<String> schemas = new ArrayList<>();

    @Mixin
    ComparisonOutput output;

    @Mixin
    DevUrlOption devUrl;

    @Mixin
    EntityOptions entities;

    @Mixin
    MigrationOptions migrationOptions;

    @Override
    public Integer call() throws SQLException {
        ProjectSettings settings = migrata.settings();
        try (Databases databases = migrata.databases()) {
            Migrations migrations = new Migrations(settings, migrationOptions);
            // The entities first, so a configuration problem fails alone, before the slow replay: read for the
            // default server version, and again only when the scratch server turns out to be another.
            LoadedModel wanted = ModelLoader.entities(settings, entities.config(), 0);
            LoadedModel head = new ScratchReplayer(databases, migrations, devUrl.url, migrata::notice).replay("head");
            if (head.serverMajor() != EntitySource.DEFAULT_POSTGRES_MAJOR_VERSION) {
                wanted = ModelLoader.entities(settings, entities.config(), head.serverMajor());
            }
            SchemaScope.Comparison pair = SchemaScope.of(settings.list(Setting.SCHEMAS, schemas)).prepare(head, wanted);
            DiffResult result = SchemaDiff.between(pair.from().model(), pair.to().model());
            output.print(migrata, pair, result, "the entities match the migrations' " + head.label(),
                    "the entities differ from the migrations' " + head.label() + ": a migration is missing"
                            + " (write it with migrata revision --autogenerate -m MESSAGE)");
            return result.isEmpty() ? ExitCode.OK : ExitCode.DIFFERENCES;
        }
    }
}
