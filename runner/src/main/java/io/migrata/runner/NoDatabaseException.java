package io.migrata.runner;

/** A command that needs the database was called on a {@link Migrator} configured without one. */
public final class NoDatabaseException extends RunnerException {

    public NoDatabaseException(String command) {
        super(command + " needs a database connection, and none is configured"
                + " (give MigratorConfig a ConnectionFactory, or use the offline --sql form)");
    }
}
