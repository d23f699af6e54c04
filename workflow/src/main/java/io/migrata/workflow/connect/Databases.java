package io.migrata.workflow.connect;

import io.migrata.workflow.config.ConfiguredUrl;
import io.migrata.workflow.config.ConnectionConfig;
import io.migrata.workflow.config.ConnectionSettings;
import io.migrata.workflow.config.ProjectSettings;
import io.migrata.workflow.config.Setting;
import io.migrata.workflow.config.UrlOrigin;
import io.migrata.workflow.embedded.EmbeddedDatabase;
import io.migrata.workflow.error.Redactor;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javax.sql.DataSource;

/**
 * The databases a workflow works with: the configured database (the caller's connection or data
 * source, a URL, or the project's embedded one), other databases named by URL, and scratch databases on the
 * development server (or, when none is configured, the same embedded server). The embedded server
 * is started at most once and stopped when this closes. Every password it reads is handed to the
 * {@link Redactor} before anything can fail, so no error report can show it.
 *
 * <pre>{@code
 * try (Databases databases = new Databases(settings, null, null, redactor, notices);
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
    private final CallersConnection connection;
    private final Redactor redactor;
    private final Consumer<String> notices;
    private DatabaseTarget callersTarget;
    private volatile EmbeddedDatabase embedded;
    private final List<ScratchDatabase> scratches = Collections.synchronizedList(new ArrayList<>());
    private Thread shutdownHook;
    private int devServerMajor;

    /**
     * @param dataSource the caller's database, which then replaces the configured URL; null for none
     * @param connection the caller's own connection, which then replaces both; null for none
     * @param notices    where one-line notices for the user go
     */
    public Databases(ProjectSettings settings, DataSource dataSource, Connection connection, Redactor redactor,
                     Consumer<String> notices) {
        this.settings = settings;
        this.config = new ConnectionConfig(settings);
        this.dataSource = dataSource;
        this.connection = connection == null ? null : new CallersConnection(connection);
        this.redactor = redactor;
        this.notices = notices;
    }

    /**
     * The database workflows work on: the caller's connection or data source, else the configured
     * URL, else the project's embedded database (started now).
     */
    public synchronized DatabaseTarget target() {
        if (connection != null) {
            if (callersTarget == null) callersTarget = DatabaseTarget.of(connection);
            return callersTarget;
        }
        if (dataSource != null) {
            if (callersTarget == null) callersTarget = DatabaseTarget.of(dataSource, DatabaseTarget.labelOf(dataSource));
            return callersTarget;
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
     * The PostgreSQL major version of the server scratch databases are made on, found without
     * starting the embedded server (its data directory says); 0 when not known yet (an embedded
     * server never started).
     */
    public synchronized int scratchServerMajor() {
        Optional<ConfiguredUrl> devUrl = config.resolve(Setting.DEV_URL);
        if (devUrl.isPresent()) {
            // Asked once: a check looks up both the replayed schema and the lint with it.
            if (devServerMajor > 0) return devServerMajor;
            try (Connection connection = DatabaseSession.open(parse(devUrl.get()), devUrl.get().origin())) {
                devServerMajor = connection.getMetaData().getDatabaseMajorVersion();
                return devServerMajor;
            } catch (SQLException e) {
                return 0;
            }
        }
        if (embedded != null) return embedded.serverMajor();
        return EmbeddedDatabase.dataDirectoryMajor(settings.projectDir());
    }

    /**
     * A new empty database on the development server ({@code --dev-url}, {@code MIGRATA_DEV_URL},
     * {@code migrata.dev-url}), else on the embedded server; dropped when the scratch database closes.
     */
    public synchronized ScratchDatabase scratch() {
        ScratchServer on = scratchServer();
        sweep(on);
        return opened(ScratchDatabase.create(on.settings(), on.origin()));
    }

    /**
     * The templates kept on the server scratch databases are made on; empty when
     * {@code migrata.scratch-templates} is {@code false} or the role there may not create databases.
     */
    public synchronized Optional<ScratchTemplates> scratchTemplates() {
        if (!settings.bool(Setting.SCRATCH_TEMPLATES)) return Optional.empty();
        ScratchServer on = scratchServer();
        return ScratchTemplates.on(on.settings(), on.origin());
    }

    /** As {@link #scratch()}, a copy of {@code template}; empty when it cannot be copied. */
    public synchronized Optional<ScratchDatabase> scratch(ScratchTemplates templates, ScratchTemplates.Template template) {
        sweep(scratchServer());
        return templates.copy(template).map(this::opened);
    }

    private record ScratchServer(ConnectionSettings settings, UrlOrigin origin) {
    }

    private ScratchServer scratchServer() {
        Optional<ConfiguredUrl> devUrl = config.resolve(Setting.DEV_URL);
        if (devUrl.isPresent()) return new ScratchServer(parse(devUrl.get()), devUrl.get().origin());
        return new ScratchServer(embedded("for scratch databases (set MIGRATA_DEV_URL or --dev-url to use another server)")
                .settings(EmbeddedDatabase.MAINTENANCE_DATABASE), UrlOrigin.EMBEDDED);
    }

    private void sweep(ScratchServer on) {
        List<String> swept = ScratchDatabase.sweep(on.settings(), on.origin());
        if (!swept.isEmpty()) {
            notices.accept("dropped " + swept.size() + " scratch database" + (swept.size() == 1 ? "" : "s")
                    + " left by a command that was stopped: " + String.join(", ", swept));
        }
    }

    private ScratchDatabase opened(ScratchDatabase scratch) {
        scratches.add(scratch);
        stopWithTheProcess();
        return scratch;
    }

    /**
     * A command stopped by SIGTERM or SIGINT (a CI job cancelled, Ctrl-C) runs the shutdown hooks
     * only: this one drops the scratch databases still open, then stops the embedded server, in
     * that order, which separate hooks could not promise as the JVM runs them all at once.
     */
    private void stopWithTheProcess() {
        if (shutdownHook != null) return;
        shutdownHook = new Thread(this::stopOnShutdown, "migrata shutdown");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    private void stopOnShutdown() {
        synchronized (scratches) {
            for (ScratchDatabase scratch : scratches) {
                if (scratch.isOpen()) {
                    try {
                        scratch.close();
                        notices.accept("stopped before the end: dropped the scratch database " + scratch.name());
                    } catch (RuntimeException e) {
                        notices.accept("stopped before the end: " + redactor.redact(e.getMessage()));
                    }
                }
            }
        }
        EmbeddedDatabase server = embedded;
        if (server != null) server.close();
    }

    private EmbeddedDatabase embedded(String why) {
        if (embedded == null) {
            notices.accept("using embedded PostgreSQL in " + EmbeddedDatabase.DATA_DIRECTORY + " " + why);
            embedded = EmbeddedDatabase.start(settings.projectDir());
            stopWithTheProcess();
        }
        return embedded;
    }

    /** Stops the embedded server, if this started one. */
    @Override
    public synchronized void close() {
        if (shutdownHook != null) {
            try {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running or about to: it does the same
            }
            shutdownHook = null;
        }
        scratches.clear();
        if (embedded != null) {
            embedded.close();
            embedded = null;
        }
    }
}
