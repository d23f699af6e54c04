package io.migrata.workflow;

import io.migrata.codegen.MigrationTemplate;
import io.migrata.runner.ConnectionFactory;
import io.migrata.runner.MigrationListener;
import io.migrata.runner.Migrator;
import io.migrata.runner.MigratorConfig;
import io.migrata.runner.execute.LockWaits;
import io.migrata.runner.load.MigrationSource;
import io.migrata.workflow.config.ConfigurationException;
import io.migrata.workflow.config.ConfiguredValue;
import io.migrata.workflow.config.ProjectSettings;
import io.migrata.workflow.config.Setting;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * The project's migrations as the runner and the code generator see them: the versions directory
 * (or compiled classes in the migrations package, for an application that ships them), the package
 * of new classes, the version tables' schema and the lock timeout, from the settings; compiled
 * sources cached in {@code .migrata/}.
 */
final class Migrations {

    /** Where compiled migration sources are cached, relative to the project directory; the embedded database lives here too. */
    static final String CACHE_DIRECTORY = ".migrata";

    private final ProjectSettings settings;
    private final ClassLoader compiledClasses;

    /** @param compiledClasses where compiled migrations are found in the migrations package; null to compile the sources */
    Migrations(ProjectSettings settings, ClassLoader compiledClasses) {
        this.settings = settings;
        this.compiledClasses = compiledClasses;
    }

    MigrationTemplate template() {
        return MigrationTemplate.defaults()
                .withDirectory(versionsDirectory())
                .withPackageName(settings.value(Setting.MIGRATIONS_PACKAGE));
    }

    /** The versions directory; one that is missing is the runner's to report, one that is a file is reported here. */
    private Path versionsDirectory() {
        Path directory = settings.path(Setting.VERSIONS_DIRECTORY);
        if (Files.exists(directory) && !Files.isDirectory(directory)) {
            String origin = settings.find(Setting.VERSIONS_DIRECTORY).map(ConfiguredValue::origin).orElse("");
            throw new ConfigurationException(origin + " names " + directory + ", which is a file, not a directory"
                    + " (name the directory that holds the migration sources)");
        }
        return directory;
    }

    /** The versions directory when the migrations are compiled from its sources; empty for compiled classes. */
    Optional<Path> versionsDirectoryIfSources() {
        return compiledClasses == null ? Optional.of(versionsDirectory()) : Optional.empty();
    }

    String versionSchema() {
        return settings.value(Setting.VERSION_TABLE_SCHEMA);
    }

    /** A migrator for a database ({@code null}: none, for the graph and offline scripts only). */
    Migrator migrator(ConnectionFactory connections, MigrationListener listener) {
        return migrator(source(), connections, listener);
    }

    /** A migrator for the revisions of another versions directory, with this project's other settings: a squash tried on a copy. */
    Migrator migratorOf(Path versions, ConnectionFactory connections) {
        return migrator(MigrationSource.directory(versions), connections, MigrationListener.NONE);
    }

    /** Whether the migrations are source files in the versions directory, which a workflow may rewrite. */
    boolean areSourceFiles() {
        return compiledClasses == null;
    }

    Path directory() {
        return versionsDirectory();
    }

    private Migrator migrator(MigrationSource source, ConnectionFactory connections, MigrationListener listener) {
        MigratorConfig config = MigratorConfig.of(source, connections)
                .withCacheDirectory(settings.projectDir().resolve(CACHE_DIRECTORY))
                .withVersionSchema(versionSchema())
                .withLockTimeout(settings.duration(Setting.LOCK_TIMEOUT))
                .withLockWaits(lockWaits())
                .withListener(listener);
        return new Migrator(config);
    }

    /**
     * {@code lock_timeout} and retries from the settings; with {@code migrata.online=false}, waits
     * as long as PostgreSQL does by default.
     */
    private LockWaits lockWaits() {
        if (!settings.bool(Setting.ONLINE)) return LockWaits.unbounded();
        return new LockWaits(settings.duration(Setting.STATEMENT_LOCK_TIMEOUT), settings.count(Setting.LOCK_RETRIES),
                Duration.ofSeconds(1));
    }

    /** A migrator for a database that reports nothing as it runs. */
    Migrator migrator(ConnectionFactory connections) {
        return migrator(connections, MigrationListener.NONE);
    }

    /** A migrator that only reads the migrations: the revision graph, offline scripts, recorded operations. */
    Migrator offline() {
        return migrator(null);
    }

    private MigrationSource source() {
        if (compiledClasses != null) {
            return new MigrationSource.ClassPathPackage(settings.value(Setting.MIGRATIONS_PACKAGE), compiledClasses);
        }
        return MigrationSource.directory(versionsDirectory());
    }
}
