package io.migrata.runner.version;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A row to add to {@code migrata_history}; the database user is the session's {@code current_user}.
 *
 * @param duration {@code null} when unknown (offline scripts)
 * @param error    the failure, for {@code success = false}
 */
public record HistoryRecord(String revision, HistoryAction action, String checksum, Instant startedAt, Duration duration,
                            boolean success, String error) {

    public HistoryRecord {
        Objects.requireNonNull(revision, "revision");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(startedAt, "startedAt");
    }
}
