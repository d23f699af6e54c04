package io.migrata.cli.connect;

import io.migrata.cli.config.ConnectionSettings;
import io.migrata.cli.config.UrlOrigin;
import java.sql.SQLException;

/**
 * Opening a connection failed. It keeps the settings (whose {@code toString()} masks the password)
 * and where they came from, so the error report can name the server and the place to fix.
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
