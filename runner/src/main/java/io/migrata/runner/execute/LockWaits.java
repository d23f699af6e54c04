package io.migrata.runner.execute;

import java.time.Duration;
import java.util.Objects;

/**
 * How long a statement inside a migration's transaction may wait for a table lock, and how often
 * the transaction is tried again when it waited too long. A statement that queues for an ACCESS
 * EXCLUSIVE lock behind a long transaction makes every query on the table queue behind it; with
 * {@code lock_timeout} it gives up instead, the transaction rolls back, the traffic flows, and the
 * runner tries again after {@code backoff}, doubled each time (to at most a minute).
 *
 * <pre>{@code
 * LockWaits waits = new LockWaits(Duration.ofSeconds(3), 5, Duration.ofSeconds(1));
 * }</pre>
 *
 * @param timeout {@code lock_timeout} for statements that run inside a transaction; zero waits forever
 * @param retries how many times a transaction that timed out is tried again
 * @param backoff the wait before the first retry
 */
public record LockWaits(Duration timeout, int retries, Duration backoff) {

    private static final Duration LONGEST_BACKOFF = Duration.ofMinutes(1);

    public LockWaits {
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(backoff, "backoff");
        if (timeout.isNegative()) throw new IllegalArgumentException("lock timeout is negative");
        if (backoff.isNegative()) throw new IllegalArgumentException("backoff is negative");
        if (retries < 0) throw new IllegalArgumentException("retries is negative");
    }

    /** Three seconds, five retries, a second before the first. */
    public static LockWaits defaults() {
        return new LockWaits(Duration.ofSeconds(3), 5, Duration.ofSeconds(1));
    }

    /** Waits as long as it takes, as PostgreSQL does by default: for databases where blocking is fine. */
    public static LockWaits unbounded() {
        return new LockWaits(Duration.ZERO, 0, Duration.ZERO);
    }

    /** The wait before retry number {@code attempt} (1-based). */
    Duration backoffBefore(int attempt) {
        Duration wait = backoff;
        for (int i = 1; i < attempt && wait.compareTo(LONGEST_BACKOFF) < 0; i++) wait = wait.multipliedBy(2);
        return wait.compareTo(LONGEST_BACKOFF) > 0 ? LONGEST_BACKOFF : wait;
    }
}
