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

    @Mixin
    ObjectOptions objects;

    @Override
    public Integer call() {
        try (Migrata workflow = migrata.workflow(this::flags)) {
            return output.print(migrata, workflow.check());
        }
    }

    private void flags(Migrata.Builder workflow) {
        devUrl.applyTo(workflow);
        entities.applyTo(workflow);
        migrationOptions.applyTo(workflow);
        objects.applyTo(workflow);
        workflow.set(Setting.SCHEMAS, schemas);
    }
}
