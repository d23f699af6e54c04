package io.migrata.cli.error;

import java.util.Objects;

/** How a failed command ends: its exit status and the one line it prints on stderr. */
public record Failure(int exitCode, String message) {

    public Failure {
        Objects.requireNonNull(message, "message");
        if (message.contains("\n")) throw new IllegalArgumentException("a failure message is one line");
    }
}
