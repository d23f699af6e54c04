package io.migrata.entities.sql;

/** The expression uses SQL this printer does not model, so it cannot tell how PostgreSQL stores it; reading stops, naming where. */
public final class UnsupportedExpressionException extends RuntimeException {

    public UnsupportedExpressionException(String message) {
        super(message);
    }
}
