package io.migrata.cli;

import io.migrata.workflow.Migrata;
import io.migrata.workflow.config.Setting;
import java.util.ArrayList;
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

    @Mixin
    ObjectOptions objects;

    @Override
    public Integer call() {
        try (Migrata workflow = migrata.workflow(this::flags)) {
            return output.print(migrata, workflow.drift());
        }
    }

    private void flags(Migrata.Builder workflow) {
        connection.applyTo(workflow);
        devUrl.applyTo(workflow);
        migrationOptions.applyTo(workflow);
        objects.applyTo(workflow);
        workflow.set(Setting.SCHEMAS, schemas);
    }
}
