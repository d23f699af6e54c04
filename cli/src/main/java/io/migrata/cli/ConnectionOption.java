package io.migrata.cli;

import io.migrata.workflow.Migrata;
import io.migrata.workflow.config.Setting;
import picocli.CommandLine.Option;

/** The {@code --url} option of every command that works on a database. */
final class ConnectionOption {

    @Option(names = "--url", paramLabel = "URL",
            description = "The database, as postgresql://user:password@host:5432/db or jdbc:postgresql://…"
                    + " (default: DATABASE_URL, then .env, then migrata.properties, then an embedded PostgreSQL).")
    String url;

    void applyTo(Migrata.Builder workflow) {
        workflow.set(Setting.URL, url);
    }
}
