package io.migrata.codegen;

/** The target directory cannot be created or written, or the migration's file exists already. */
public class TargetNotWritableException extends MigrationWriteException {

    TargetNotWritableException(String message, Throwable cause) {
        super(message, cause);
    }
}
