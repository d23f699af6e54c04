package io.migrata.runner.lock;

import io.migrata.runner.RunnerException;

import java.time.Duration;
import java.util.Optional;

/** Another session held the migration lock for longer than the lock timeout. */
public final class LockTimeoutException extends RunnerException {

    private final LockHolder holder;

    public LockTimeoutException(String lockName, Duration waited, LockHolder holder) {
        super(message(lockName, waited, holder));
        this.holder = holder;
    }

    public Optional<LockHolder> holder() {
        return Optional.ofNullable(holder);
    }

    private static String message(String lockName, Duration waited, LockHolder holder) {
        String who = holder == null
                ? "another session held it (it has released it since, so run the command again)"
                : "it is held by " + holder.describe() + "; wait for that migration to finish and run the command again,"
                + " or, if that process is gone or stuck, end its session with SELECT pg_terminate_backend(" + holder.pid() + ")";
        return "could not take the migration lock for " + lockName + " within " + seconds(waited) + ": " + who
                + " (a longer lock timeout makes runners wait longer)";
    }

    private static String seconds(Duration waited) {
        return waited.toMillis() % 1000 == 0 ? waited.toSeconds() + " s" : waited.toMillis() / 1000.0 + " s";
    }
}
