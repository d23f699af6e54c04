package io.migrata.runner;

import io.migrata.runner.execute.LockWaits;
import io.migrata.runner.load.MigrationSource;
import io.migrata.runner.sql.RenderOptions;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * Everything a {@link Migrator} needs.
 *
 * @param source         where the migrations are
 * @param connections    opens connections to the target database; {@code null} when only offline
 *                       scripts and the revision graph are wanted
 * @param cacheDirectory where compiled migration sources are kept ({@code .migrata}), or {@code null}
 *                       to compile every time
 * @param versionSchema  the schema of {@code migrata_version} and {@code migrata_history}
 * @param defaultSchema  the schema that object names without one mean in migrations ({@code "users"})
 * @param lockTimeout    how long to wait for another runner's migration lock
 * @param renderOptions  how operations become SQL; online, the server's major version replaces the
 *                       one given here
 * @param listener       hears about each revision as it runs
 * @param lockWaits      {@code lock_timeout} and retries for the statements of a migration's transactions
 */
public record MigratorConfig(MigrationSource source, ConnectionFactory connections, Path cacheDirectory,
                             String versionSchema, String defaultSchema, Duration lockTimeout,
                             RenderOptions renderOptions, MigrationListener listener, LockWaits lockWaits) {

    public static final String DEFAULT_VERSION_SCHEMA = "public";
    public static final String DEFAULT_SCHEMA = "public";
    public static final Duration DEFAULT_LOCK_TIMEOUT = Duration.ofMinutes(5);
    public static final Path DEFAULT_CACHE_DIRECTORY = Path.of(".migrata");

    public MigratorConfig {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(versionSchema, "versionSchema");
        Objects.requireNonNull(defaultSchema, "defaultSchema");
        Objects.requireNonNull(lockTimeout, "lockTimeout");
        Objects.requireNonNull(renderOptions, "renderOptions");
        Objects.requireNonNull(listener, "listener");
        Objects.requireNonNull(lockWaits, "lockWaits");
        if (versionSchema.isBlank()) throw new IllegalArgumentException("version schema is blank");
        if (defaultSchema.isBlank()) throw new IllegalArgumentException("default schema is blank");
        if (lockTimeout.isNegative()) throw new IllegalArgumentException("lock timeout is negative");
    }

    /**
     * The defaults: cache in {@code .migrata}, version tables and unqualified names in
     * {@code public}, a five-minute lock timeout.
     */
    public static MigratorConfig of(MigrationSource source, ConnectionFactory connections) {
        return new MigratorConfig(source, connections, DEFAULT_CACHE_DIRECTORY, DEFAULT_VERSION_SCHEMA, DEFAULT_SCHEMA,
                DEFAULT_LOCK_TIMEOUT, RenderOptions.defaults(), MigrationListener.NONE, LockWaits.defaults());
    }

    public MigratorConfig withConnections(ConnectionFactory newConnections) {
        return new MigratorConfig(source, newConnections, cacheDirectory, versionSchema, defaultSchema, lockTimeout,
                renderOptions, listener, lockWaits);
    }

    public MigratorConfig withCacheDirectory(Path newCacheDirectory) {
        return new MigratorConfig(source, connections, newCacheDirectory, versionSchema, defaultSchema, lockTimeout,
                renderOptions, listener, lockWaits);
    }

    public MigratorConfig withVersionSchema(String newVersionSchema) {
        return new MigratorConfig(source, connections, cacheDirectory, newVersionSchema, defaultSchema, lockTimeout,
                renderOptions, listener, lockWaits);
    }

    public MigratorConfig withDefaultSchema(String newDefaultSchema) {
        return new MigratorConfig(source, connections, cacheDirectory, versionSchema, newDefaultSchema, lockTimeout,
                renderOptions, listener, lockWaits);
    }

    public MigratorConfig withLockTimeout(Duration newLockTimeout) {
        return new MigratorConfig(source, connections, cacheDirectory, versionSchema, defaultSchema, newLockTimeout,
                renderOptions, listener, lockWaits);
    }

    public MigratorConfig withRenderOptions(RenderOptions newRenderOptions) {
        return new MigratorConfig(source, connections, cacheDirectory, versionSchema, defaultSchema, lockTimeout,
                newRenderOptions, listener, lockWaits);
    }

    public MigratorConfig withListener(MigrationListener newListener) {
        return new MigratorConfig(source, connections, cacheDirectory, versionSchema, defaultSchema, lockTimeout,
                renderOptions, newListener, lockWaits);
    }

    public MigratorConfig withLockWaits(LockWaits newLockWaits) {
        return new MigratorConfig(source, connections, cacheDirectory, versionSchema, defaultSchema, lockTimeout,
                renderOptions, listener, newLockWaits);
    }
}
