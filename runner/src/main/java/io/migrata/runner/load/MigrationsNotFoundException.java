package io.migrata.runner.load;

import io.migrata.runner.RunnerException;

/** The configured place holds no migrations at all, or does not exist. */
public final class MigrationsNotFoundException extends RunnerException {

    public MigrationsNotFoundException(String problem) {
        super(problem);
    }
}
