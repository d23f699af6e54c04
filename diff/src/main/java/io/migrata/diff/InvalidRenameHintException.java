package io.migrata.diff;

/** A rename hint that cannot be read, or that does not describe a rename between the two models. */
public class InvalidRenameHintException extends IllegalArgumentException {

    public InvalidRenameHintException(String message) {
        super(message);
    }

    public InvalidRenameHintException(String message, Throwable cause) {
        super(message, cause);
    }
}
