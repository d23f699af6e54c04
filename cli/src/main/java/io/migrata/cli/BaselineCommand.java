package io.migrata.cli;

import io.migrata.cli.output.DiffText;
import io.migrata.workflow.Baseline;
import io.migrata.workflow.BaselineOptions;
import io.migrata.workflow.Migrata;
import io.migrata.workflow.config.Setting;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code migrata baseline}: the first revision of a project whose database already exists. */
@Command(name = "baseline", mixinStandardHelpOptions = true,
        description = {"Write the first revision from the existing database, check that it rebuilds the database, and stamp the database at it.",
                "When Flyway, Liquibase or Alembic migrated the database, their history must be complete; their tables are left alone."},
        footer = {"", "Exit status: 0 written and stamped, 1 the revision would not rebuild the database (the differences are printed;",
                "nothing is written), 2 a usage or configuration error, revisions exist already, or another tool's history is",
                "not finished, 3 cannot connect."})
final class BaselineCommand implements Callable<Integer> {

    @ParentCommand
    MigrataCommand migrata;

    @Spec
    CommandSpec spec;

    @Option(names = {"-m", "--message"}, paramLabel = "MESSAGE", defaultValue = "baseline",
            description = "What the revision is; it names the revision (default: ${DEFAULT-VALUE}).")
    String message;

    @Option(names = "--schema", paramLabel = "SCHEMA", description = "Take this schema; repeatable (default: migrata.schemas, else every user schema).")
    List<String> schemas = new ArrayList<>();

    @Option(names = "--package", paramLabel = "PACKAGE", description = "The Java package of the class (default: migrata.migrations.package).")
    String packageName;

    @Option(names = "--flyway-locations", paramLabel = "DIR", description = "Where Flyway's SQL migrations are (default: src/main/resources/db/migration); repeatable.")
    List<Path> flywayLocations = new ArrayList<>();

    @Option(names = "--liquibase-changelog", paramLabel = "FILE", description = "Liquibase's master change log (default: src/main/resources/db/changelog/db.changelog-master.*).")
    Path liquibaseChangelog;

    @Option(names = "--alembic-versions", paramLabel = "DIR", description = "Alembic's versions directory (default: from alembic.ini, else alembic/versions).")
    Path alembicVersions;

    @Mixin
    ConnectionOption connection;

    @Mixin
    DevUrlOption devUrl;

    @Mixin
    MigrationOptions migrationOptions;

    @Override
    public Integer call() {
        BaselineOptions options = BaselineOptions.message(message).withFlywayLocations(flywayLocations)
                .withLiquibaseChangelog(liquibaseChangelog).withAlembicVersions(alembicVersions);
        try (Migrata workflow = migrata.workflow(this::flags)) {
            Baseline baseline = workflow.baseline(options);
            PrintWriter out = spec.commandLine().getOut();
            if (!baseline.done()) {
                DiffText.write(baseline.replay(), migrata.style(), out);
                migrata.notice(baseline.replay().verdict());
                return ExitCode.DIFFERENCES;
            }
            out.println("created " + migrata.relative(baseline.written().file()) + " (revision " + baseline.written().revisionId()
                    + ", baseline)");
            out.flush();
            migrata.notice(baseline.replay().verdict() + ": " + baseline.objects());
            return ExitCode.OK;
        }
    }

    private void flags(Migrata.Builder workflow) {
        connection.applyTo(workflow);
        devUrl.applyTo(workflow);
        migrationOptions.applyTo(workflow);
        workflow.set(Setting.SCHEMAS, schemas);
        workflow.set(Setting.MIGRATIONS_PACKAGE, packageName);
    }
}
