package io.migrata.cli;

import io.migrata.cli.config.ProjectSettings;
import io.migrata.cli.config.Setting;
import io.migrata.codegen.MigrationTemplate;
import io.migrata.runner.ConnectionFactory;
import io.migrata.runner.MigrationListener;
import io.migrata.runner.Migrator;
import io.migrata.runner.MigratorConfig;
import io.migrata.runner.load.MigrationSource;

/**
 * The project's migrations as the runner and the code generator see them: the versions directory,
 * the package of new classes, the version tables' schema and the lock timeout, from the settings;
 * compiled classes cached in {@code .migrata/}.
 */
final class Migrations {

    /** Where compiled migration sources are cached, relative to the project directory; the embedded database lives here too. */
    static final String CACHE_DIRECTORY = ".migrata";

    private final ProjectSettings settings;
    private final MigrationOptions options;

    Migrations(ProjectSettings settings, MigrationOptions options) {
        this.settings = settings;
        this.options = options == null ? new MigrationOptions() : options;
    }

    MigrationTemplate template(String packageFlag) {
        return MigrationTemplate.defaults()
                .withDirectory(settings.path(Setting.VERSIONS_DIRECTORY, options.versionsDirectory))
                .withPackageName(settings.value(Setting.MIGRATIONS_PACKAGE, packageFlag));
    }

    /** A migrator for a database ({@code null}: none, for the graph and offline scripts only). */
    Migrator migrator(ConnectionFactory connections, MigrationListener listener) {
        MigratorConfig config = MigratorConfig.of(
                        MigrationSource.directory(settings.path(Setting.VERSIONS_DIRECTORY, options.versionsDirectory)), connections)
                .withCacheDirectory(settings.projectDir().resolve(CACHE_DIRECTORY))
                .withVersionSchema(settings.value(Setting.VERSION_TABLE_SCHEMA, options.versionSchema))
                .withLockTimeout(settings.duration(Setting.LOCK_TIMEOUT, options.lockTimeout))
                .withListener(listener);
        return new Migrator(config);
    }

    /** A migrator for a database that reports nothing as it runs. */
    Migrator migrator(ConnectionFactory connections) {
        return migrator(connections, MigrationListener.NONE);
    }

    /** A migrator that only reads the sources: the revision graph, offline scripts, recorded operations. */
    Migrator offline() {
        return migrator(null);
    }
}
