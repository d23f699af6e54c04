package io.migrata.schema.migration;

/**
 * A short form names an object the live schema does not have (as it stands after the operations
 * recorded before it), or the live schema could no longer follow those operations.
 */
public class NotInLiveSchemaException extends IllegalStateException {

    NotInLiveSchemaException(String message) {
        super(message);
    }
}
