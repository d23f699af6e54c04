package io.migrata.runner;

import io.migrata.runner.sql.RenderOptions;

/** The target database runs a PostgreSQL older than Migrata supports. */
public final class UnsupportedServerException extends RunnerException {

    public UnsupportedServerException(int majorVersion) {
        super("the database runs PostgreSQL " + majorVersion + ", and Migrata needs " + RenderOptions.OLDEST_SUPPORTED_MAJOR
                + " or later (upgrade the server, or write the SQL with --sql and adapt it by hand)");
    }
}
