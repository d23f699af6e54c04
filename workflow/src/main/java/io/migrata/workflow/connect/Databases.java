package io.migrata.workflow.connect;

import io.migrata.workflow.config.ConfiguredUrl;
import io.migrata.workflow.config.ConnectionConfig;
import io.migrata.workflow.config.ConnectionSettings;
import io.migrata.workflow.config.ProjectSettings;
import io.migrata.workflow.config.Setting;
import io.migrata.workflow.config.UrlOrigin;
import io.migrata.workflow.embedded.EmbeddedDatabase;
import io.migrata.workflow.error.Redactor;
import java.util.Optional;
import java.util.function.Consumer;
import javax.sql.DataSource;

/**
 * The databases a workflow works with: the configured database (the caller's data source, a URL,
 * or the project's embedded one), other databases named by URL, and scratch databases on the
 * development server (or, when none is configured, the same embedded server). The embedded server
 * is started at most once and stopped when this closes. Every password it reads is handed to the
 * {@link Redactor} before anything can fail, so no error report can show it.
 *
 * <pre>{@code
 * try (Databases databases = new Databases(settings, null, redactor, notices);
 *      DatabaseSession live = databases.target().session();
 *      ScratchDatabase scratch = databases.scratch()) {
 *     ...
 * }
 * }</pre>
 */
public final class Databases implements AutoCloseable {

    private final ProjectSettings settings;
    private final ConnectionConfig config;
    private final DataSource dataSource;
    private final Redactor redactor;
    private final Consumer<String> notices;
    private DatabaseTarget dataSourceTarget;
    private EmbeddedDatabase embedded;

    /**
     * @param dataSource the caller's database, which then replaces the configured URL; null for none
     * @param notices    where one-line notices for the user go
     */
    public Databases(ProjectSettings settings, DataSource dataSource, Redactor redactor, Consumer<String> notices) {
        this.settings = settings;
        this.config = new ConnectionConfig(settings);
        this.dataSource = dataSource;
        this.redactor = redactor;
        this.notices = notices;
    }

    /**
     * The database workflows work on: the caller's data source, else the configured URL, else the
     * project's embedded database (started now).
     */
    public synchronized DatabaseTarget target() {
        if (dataSource != null) {
            if (dataSourceTarget == null) dataSourceTarget = DatabaseTarget.of(dataSource, DatabaseTarget.labelOf(dataSource));
            return dataSourceTarget;
        }
        Optional<ConfiguredUrl> configured = config.resolve(Setting.URL);
        if (configured.isEmpty()) {
            EmbeddedDatabase server = embedded("(set DATABASE_URL to use your own database)");
            return DatabaseTarget.of(server.settings(), UrlOrigin.EMBEDDED);
        }
        return DatabaseTarget.of(parse(configured.get()), configured.get().origin());
    }

    /** The database a URL names, as given on the command line or in a setting. */
    public DatabaseTarget target(ConfiguredUrl url) {
        return DatabaseTarget.of(parse(url), url.origin());
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
    public synchronized ScratchDatabase scratch() {
        Optional<ConfiguredUrl> devUrl = config.resolve(Setting.DEV_URL);
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
    public synchronized void close() {
        if (embedded != null) {
            embedded.close();
            embedded = null;
        }
    }
}
