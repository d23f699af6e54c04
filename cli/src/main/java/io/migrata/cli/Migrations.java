package io.migrata.cli;

import io.migrata.cli.config.ProjectSettings;
import io.migrata.cli.config.Setting;
import io.migrata.codegen.MigrationTemplate;

/** How the project's migrations are written: the versions directory and the package, from the settings. */
final class Migrations {

    private Migrations() {
    }

    static MigrationTemplate template(ProjectSettings settings) {
        return MigrationTemplate.defaults()
                .withDirectory(settings.path(Setting.VERSIONS_DIRECTORY, null))
                .withPackageName(settings.value(Setting.MIGRATIONS_PACKAGE, null));
    }
}
