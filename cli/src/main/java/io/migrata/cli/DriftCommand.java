package io.migrata.cli;

import io.migrata.cli.config.ProjectSettings;
import io.migrata.cli.config.Setting;
import io.migrata.cli.connect.DatabaseSession;
import io.migrata.cli.connect.DatabaseTarget;
import io.migrata.cli.connect.Databases;
import io.migrata.cli.model.LoadedModel;
import io.migrata.cli.model.ModelLoader;
import io.migrata.cli.model.SchemaScope;
import io.migrata.diff.DiffResult;
import io.migrata.diff.SchemaDiff;
import io.migrata.runner.Migrator;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code migrata drift}: changes made to a live database outside the migrations. */
@Command(name = "drift", mixinStandardHelpOptions = true,
        description = {"For CI and audits: the changes made to the database outside its migrations.",
                "The migrations are replayed on a scratch database up to the revision the database is at, and compared with it."},
        footer = {"", "Exit status: 0 no drift, 1 drift (the changes are printed), 2 or more on errors."})
final class DriftCommand implements Callable<Integer> {

    @ParentCommand
    MigrataCommand migrata;

    @Option(names = "--schema", paramLabel = "SCHEMA", description = "Compare this schema; repeatable (default: migrata.schemas, else all).")
    List<String> schemas = new ArrayList<>();

    @Mixin
    ComparisonOutput output;

    @Mixin
    ConnectionOption connection;

    @Mixin
    DevUrlOption devUrl;

    @Mixin
    MigrationOptions migrationOptions;

    @Override
    public Integer call() throws SQLException {
        ProjectSettings settings = migrata.settings();
        try (Databases databases = migrata.databases()) {
            Migrations migrations = new Migrations(settings, migrationOptions);
            DatabaseTarget target = databases.target(connection.url);
            Migrator live = migrations.migrator(target::open);
            List<String> current = live.current();
            List<String> heads = live.heads();
            if (!new HashSet<>(current).equals(new HashSet<>(heads))) {
                migrata.notice("note: " + target.label() + " is at " + names(current) + ", not at the head " + names(heads)
                        + "; comparing with the migrations up to " + names(current));
            }
            List<String> configured = settings.list(Setting.SCHEMAS, schemas);
            // The live database first: a schema it lacks fails before the slow replay.
            LoadedModel actual;
            try (DatabaseSession session = DatabaseSession.connect(target.settings(), target.origin())) {
                actual = ModelLoader.database(session, configured);
            }
            LoadedModel expected = new ScratchReplayer(databases, migrations, devUrl.url, migrata::notice).replay(current);
            SchemaScope.Comparison pair = SchemaScope.of(configured).prepare(expected, actual);
            DiffResult result = SchemaDiff.between(pair.from().model(), pair.to().model());
            output.print(migrata, pair, result, "no drift: " + actual.label() + " is what its migrations (" + expected.label() + ") build",
                    actual.label() + " has drifted from its migrations (" + expected.label() + "): the changes above were made outside them");
            return result.isEmpty() ? ExitCode.OK : ExitCode.DIFFERENCES;
        }
    }

    private static String names(List<String> revisions) {
        return revisions.isEmpty() ? "base" : String.join(", ", revisions);
    }
}
