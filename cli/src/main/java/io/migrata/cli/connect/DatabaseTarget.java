package io.migrata.cli.connect;

import io.migrata.cli.config.ConnectionSettings;
import io.migrata.cli.config.UrlOrigin;
import java.sql.Connection;
import java.util.Objects;

/**
 * A database to open connections to, as often as needed (the runner opens one for its lock and
 * one for the work), without holding one open in between.
 *
 * <pre>{@code
 * DatabaseTarget target = databases.target(urlFlag);
 * Migrator migrator = new Migrator(MigratorConfig.of(source, target::open));
 * }</pre>
 */
public record DatabaseTarget(ConnectionSettings settings, UrlOrigin origin) {

    public DatabaseTarget {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(origin, "origin");
    }

    /** A new connection; the caller closes it. @throws CannotConnectException when it cannot be opened */
    public Connection open() {
        return DatabaseSession.open(settings, origin);
    }

    /** {@code host:port/database}, as output names it. */
    public String label() {
        return settings.target();
    }
}
