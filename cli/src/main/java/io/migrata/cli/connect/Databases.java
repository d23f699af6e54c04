package io.migrata.cli.connect;

import io.migrata.cli.config.ConfiguredUrl;
import io.migrata.cli.config.ConnectionConfig;
import io.migrata.cli.config.ConnectionSettings;
import io.migrata.cli.config.ProjectSettings;
import io.migrata.cli.config.Setting;
import io.migrata.cli.config.UrlOrigin;
import io.migrata.cli.embedded.EmbeddedDatabase;
import io.migrata.cli.error.Redactor;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The databases one command works with: the configured database (or the project's embedded one),
 * other databases named by URL, and scratch databases on the development server (or, when none is
 * configured, the same embedded server). The embedded server is started at most once per command
 * and stopped when this closes. Every password it reads is handed to the {@link Redactor} before
 * anything can fail, so no error report can show it.
 *
 * <pre>{@code
 * try (Databases databases = new Databases(settings, redactor, notices);
 *      DatabaseSession live = databases.open(urlFlag);
 *      ScratchDatabase scratch = databases.scratch(devUrlFlag)) {
 *     ...
 * }
 * }</pre>
 */
public final class Databases implements AutoCloseable {

    private final ProjectSettings settings;
    private final ConnectionConfig config;
    private final Redactor redactor;
    private final Consumer<String> notices;
    private EmbeddedDatabase embedded;

    /** @param notices where one-line notices for the user go (stderr, unless quiet) */
    public Databases(ProjectSettings settings, Redactor redactor, Consumer<String> notices) {
        this.settings = settings;
        this.config = new ConnectionConfig(settings);
        this.redactor = redactor;
        this.notices = notices;
    }

    /** The database commands work on: the configured one, or the project's embedded database. */
    public DatabaseSession open(String urlFlag) {
        DatabaseTarget target = target(urlFlag);
        return DatabaseSession.connect(target.settings(), target.origin());
    }

    /** The database commands work on, to open connections to later (the embedded one is started now). */
    public DatabaseTarget target(String urlFlag) {
        Optional<ConfiguredUrl> configured = config.resolve(urlFlag);
        if (configured.isEmpty()) {
            EmbeddedDatabase server = embedded("(set DATABASE_URL to use your own database)");
            return new DatabaseTarget(server.settings(), UrlOrigin.EMBEDDED);
        }
        return new DatabaseTarget(parse(configured.get()), configured.get().origin());
    }

    /** The database a URL names, as given on the command line or in a setting. */
    public DatabaseSession open(ConfiguredUrl url) {
        return DatabaseSession.connect(parse(url), url.origin());
    }

    /** The settings a URL names, its secrets registered for masking. */
    public ConnectionSettings parse(ConfiguredUrl url) {
        redactor.addSecretsOf(url.url());
        ConnectionSettings parsed = config.settings(url);
        redactor.addSecret(parsed.password());
        return parsed;
    }

    /**
     * A new empty database on the development server ({@code --dev-url}, {@code MIGRATA_DEV_URL},
     * {@code migrata.dev-url}), else on the embedded server; dropped when the scratch database closes.
     */
    public ScratchDatabase scratch(String devUrlFlag) {
        Optional<ConfiguredUrl> devUrl = config.resolve(Setting.DEV_URL, devUrlFlag);
        if (devUrl.isPresent()) return ScratchDatabase.create(parse(devUrl.get()), devUrl.get().origin());
        EmbeddedDatabase server = embedded("for scratch databases (set MIGRATA_DEV_URL or --dev-url to use another server)");
        return ScratchDatabase.create(server.settings(EmbeddedDatabase.MAINTENANCE_DATABASE), UrlOrigin.EMBEDDED);
    }

    private EmbeddedDatabase embedded(String why) {
        if (embedded == null) {
            notices.accept("using embedded PostgreSQL in " + EmbeddedDatabase.DATA_DIRECTORY + " " + why);
            embedded = EmbeddedDatabase.start(settings.projectDir());
        }
        return embedded;
    }

    /** Stops the embedded server, if this started one. */
    @Override
    public void close() {
        if (embedded != null) {
            embedded.close();
            embedded = null;
        }
    }
}
