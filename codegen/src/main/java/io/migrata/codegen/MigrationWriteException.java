package io.migrata.codegen;

/** A migration file could not be written; the message is one line naming the problem and the fix. */
public class MigrationWriteException extends RuntimeException {

    MigrationWriteException(String message) {
        super(message);
    }

    MigrationWriteException(String message, Throwable cause) {
        super(message, cause);
    }
}
