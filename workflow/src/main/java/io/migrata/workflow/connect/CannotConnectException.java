package io.migrata.workflow.connect;

import io.migrata.workflow.config.ConnectionSettings;
import io.migrata.workflow.config.UrlOrigin;
import java.sql.SQLException;

/**
 * Opening a connection failed. It keeps the settings (whose {@code toString()} masks the password)
 * and where they came from, so the error report can name the server and the place to fix; for a
 * caller's own data source, only what it reaches.
 */
public final class CannotConnectException extends RuntimeException {

    // Transient: the settings hold the password, and exceptions are serializable.
    private final transient ConnectionSettings settings;
    private final UrlOrigin origin;

    public CannotConnectException(ConnectionSettings settings, UrlOrigin origin, SQLException cause) {
        super("cannot connect to " + settings.target(), cause);
        this.settings = settings;
        this.origin = origin;
    }

    /** @param target what the caller's data source reaches, as output names it */
    public CannotConnectException(String target, SQLException cause) {
        super("cannot connect to " + target, cause);
        this.settings = null;
        this.origin = null;
    }

    /** The settings that failed, or null when the caller's data source did. */
    public ConnectionSettings settings() {
        return settings;
    }

    public UrlOrigin origin() {
        return origin;
    }

    @Override
    public synchronized SQLException getCause() {
        return (SQLException) super.getCause();
    }
}
