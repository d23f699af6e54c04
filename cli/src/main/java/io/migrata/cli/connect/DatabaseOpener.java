package io.migrata.cli.connect;

import io.migrata.cli.config.ConfiguredUrl;
import io.migrata.cli.config.ConnectionConfig;
import io.migrata.cli.config.ConnectionSettings;
import io.migrata.cli.embedded.EmbeddedDatabase;
import io.migrata.cli.error.Redactor;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Opens the database a command works on: the configured one (see {@link ConnectionConfig}), or
 * the project's embedded server when none is configured. Every password it reads is handed to the
 * {@link Redactor} before anything can fail, so no error report can show it.
 */
public final class DatabaseOpener {

    private final ConnectionConfig config;
    private final Path projectDir;
    private final Redactor redactor;
    private final Consumer<String> notices;

    /** @param notices where one-line notices for the user go (stderr, unless quiet) */
    public DatabaseOpener(Path projectDir, Map<String, String> environment, Redactor redactor, Consumer<String> notices) {
        this.config = new ConnectionConfig(projectDir, environment);
        this.projectDir = projectDir;
        this.redactor = redactor;
        this.notices = notices;
    }

    public DatabaseSession open(String urlFlag) {
        Optional<ConfiguredUrl> configured = config.resolve(urlFlag);
        if (configured.isEmpty()) {
            notices.accept("using embedded PostgreSQL in " + EmbeddedDatabase.DATA_DIRECTORY
                    + " (set DATABASE_URL to use your own database)");
            return DatabaseSession.embedded(projectDir);
        }
        ConfiguredUrl url = configured.get();
        redactor.addSecretsOf(url.url());
        ConnectionSettings settings = config.settings(url);
        redactor.addSecret(settings.password());
        return DatabaseSession.connect(settings, url.origin());
    }
}
