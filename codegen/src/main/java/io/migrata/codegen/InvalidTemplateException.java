package io.migrata.codegen;

/** The {@link MigrationTemplate} asks for a package or class name Java does not accept. */
public class InvalidTemplateException extends MigrationWriteException {

    InvalidTemplateException(String message) {
        super(message);
    }
}
