package io.migrata.workflow.config;

/** A database URL that cannot be read. The message names the part at fault, never the password. */
public final class InvalidDatabaseUrlException extends ConfigurationException {

    private final String reason;

    public InvalidDatabaseUrlException(UrlOrigin origin, String reason) {
        super(origin.label() + " is not a valid PostgreSQL URL: " + reason
                + " (expected postgresql://user:password@host:5432/database)");
        this.reason = reason;
    }

    /** What is wrong, without the "where" and the "expected" parts. */
    public String reason() {
        return reason;
    }
}
