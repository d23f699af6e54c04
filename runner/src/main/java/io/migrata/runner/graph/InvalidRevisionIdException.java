package io.migrata.runner.graph;

import io.migrata.runner.RunnerException;

/** A revision id that cannot be used, e.g. {@code head} or one with spaces. */
public final class InvalidRevisionIdException extends RunnerException {

    private final String id;

    public InvalidRevisionIdException(String id, String origin, String reason) {
        super("revision id \"" + id + "\"" + (origin == null ? "" : " in " + origin) + " is not valid: " + reason
                + " (use letters, digits and underscores, e.g. 002_add_user_phone)");
        this.id = id;
    }

    public String id() {
        return id;
    }
}
