package io.migrata.runner;

/**
 * A problem the user can fix: a bad target, a broken revision graph, a migration that does not
 * compile or fails while it runs, a lock held too long. The message is one clear statement of the
 * problem and its fix, so the CLI prints it as it is and keeps stack traces for {@code --verbose}.
 */
public abstract class RunnerException extends RuntimeException {

    protected RunnerException(String message) {
        super(message);
    }

    protected RunnerException(String message, Throwable cause) {
        super(message, cause);
    }
}
