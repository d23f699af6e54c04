package io.migrata.entities;

/**
 * The entities could not be read: none found, a class that does not load, a mapping Hibernate
 * rejects, a dependency missing from the classpath. The message is one line naming the class and
 * the problem.
 */
public final class EntityModelException extends RuntimeException {

    public EntityModelException(String message) {
        super(message);
    }

    public EntityModelException(String message, Throwable cause) {
        super(message, cause);
    }
}
