package io.migrata.entities.sql;

/** The expression uses SQL this normalizer does not model; callers keep the text as written. */
public final class UnsupportedExpressionException extends RuntimeException {

    public UnsupportedExpressionException(String message) {
        super(message);
    }
}
