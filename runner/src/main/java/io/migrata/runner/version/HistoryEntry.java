package io.migrata.runner.version;

import java.time.Duration;
import java.time.Instant;

/**
 * A row of {@code migrata_history}.
 *
 * @param duration {@code null} for rows written by an offline script
 * @param error    why an attempt failed, {@code null} on success
 */
public record HistoryEntry(long id, String revision, HistoryAction action, String checksum, Instant startedAt,
                           Duration duration, String databaseUser, boolean success, String error) {
}
