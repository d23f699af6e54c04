package io.migrata.cli;

import io.migrata.workflow.Migrata;
import io.migrata.workflow.config.Setting;
import picocli.CommandLine.Option;

/** Where the migrations are and where their version tables live; each flag overrides its setting. */
final class MigrationOptions {

    @Option(names = "--versions-dir", paramLabel = "DIR",
            description = "The migration sources (default: migrata.versions.directory, else migrations/versions).")
    String versionsDirectory;

    @Option(names = "--version-schema", paramLabel = "SCHEMA",
            description = "The schema of migrata_version and migrata_history (default: migrata.version-table.schema, else public).")
    String versionSchema;

    @Option(names = "--lock-timeout", paramLabel = "DURATION",
            description = "How long to wait for another migration's lock: 300, 30s, 5m (default: migrata.lock-timeout, else 300s).")
    String lockTimeout;

    void applyTo(Migrata.Builder workflow) {
        workflow.set(Setting.VERSIONS_DIRECTORY, versionsDirectory)
                .set(Setting.VERSION_TABLE_SCHEMA, versionSchema)
                .set(Setting.LOCK_TIMEOUT, lockTimeout);
    }
}
