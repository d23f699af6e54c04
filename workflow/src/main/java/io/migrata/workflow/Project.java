package io.migrata.workflow;

import io.migrata.runner.MigrationListener;
import io.migrata.runner.Migrator;
import io.migrata.workflow.config.ProjectSettings;
import io.migrata.workflow.connect.DatabaseTarget;
import io.migrata.workflow.connect.Databases;
import io.migrata.workflow.error.Redactor;
import java.sql.Connection;
import javax.sql.DataSource;

/**
 * What every workflow of one {@link Migrata} shares: the project's settings, its databases (the
 * embedded server started at most once), its migrations, and the listener.
 */
final class Project implements AutoCloseable {

    private final ProjectSettings settings;
    private final Databases databases;
    private final Migrations migrations;
    private final WorkflowListener listener;

    Project(ProjectSettings settings, DataSource dataSource, Connection connection, ClassLoader compiledMigrations,
            WorkflowListener listener, Redactor redactor) {
        this.settings = settings;
        this.listener = listener;
        this.databases = new Databases(settings, dataSource, connection, redactor, listener::notice);
        this.migrations = new Migrations(settings, compiledMigrations);
    }

    ProjectSettings settings() {
        return settings;
    }

    Databases databases() {
        return databases;
    }

    Migrations migrations() {
        return migrations;
    }

    WorkflowListener listener() {
        return listener;
    }

    void notice(String line) {
        listener.notice(line);
    }

    /** A migrator on a database, telling the listener as each revision starts. */
    Migrator migratorWithProgress(DatabaseTarget target) {
        return migrations.migrator(target::open, new ProgressListener(listener));
    }

    /** A migrator on a database that reports nothing as it runs. */
    Migrator migrator(DatabaseTarget target) {
        return migrations.migrator(target::open, MigrationListener.NONE);
    }

    @Override
    public void close() {
        databases.close();
    }
}
