package io.migrata.runner.graph;

import io.migrata.runner.RunnerException;

/** A target that cannot be reached: a step past the last or below the first revision, or the wrong direction. */
public final class InvalidTargetException extends RunnerException {

    private final String target;

    public InvalidTargetException(String target, String problem) {
        super("target " + target + ": " + problem);
        this.target = target;
    }

    public String target() {
        return target;
    }
}
