package io.migrata.workflow.connect;

/** A scratch database could not be created or dropped; the message names the server and the fix. */
public final class ScratchDatabaseException extends RuntimeException {

    public ScratchDatabaseException(String message, Throwable cause) {
        super(message, cause);
    }
}
