package io.migrata.codegen;

/** The revision message is empty or has nothing to name the revision by. */
public class InvalidMessageException extends MigrationWriteException {

    InvalidMessageException(String message) {
        super(message);
    }
}
