package io.migrata.workflow.embedded;

/** The embedded PostgreSQL could not be started or prepared; the message says why and what to do. */
public final class EmbeddedDatabaseException extends RuntimeException {

    public EmbeddedDatabaseException(String message, Throwable cause) {
        super(message, cause);
    }
}
