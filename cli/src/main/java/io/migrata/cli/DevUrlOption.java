package io.migrata.cli;

import io.migrata.workflow.Migrata;
import io.migrata.workflow.config.Setting;
import picocli.CommandLine.Option;

/** The {@code --dev-url} option of the commands that replay migrations on a scratch database. */
final class DevUrlOption {

    @Option(names = "--dev-url", paramLabel = "URL",
            description = "A server where migrata may create and drop scratch databases (default: MIGRATA_DEV_URL,"
                    + " then migrata.dev-url, then the embedded PostgreSQL).")
    String url;

    void applyTo(Migrata.Builder workflow) {
        workflow.set(Setting.DEV_URL, url);
    }
}
