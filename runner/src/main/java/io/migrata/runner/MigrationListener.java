package io.migrata.runner;

import io.migrata.runner.execute.AppliedStep;
import io.migrata.runner.graph.PlannedStep;
import io.migrata.runner.lock.LockHolder;
import java.time.Duration;

/**
 * Hears about each revision as an upgrade or downgrade runs, e.g. to print
 * {@code Running upgrade 001_initial_schema -> 002_add_user_phone} before a long migration.
 */
public interface MigrationListener {

    MigrationListener NONE = new MigrationListener() {
    };

    default void starting(PlannedStep step) {
    }

    default void finished(AppliedStep step) {
    }

    /**
     * The migration lock was still taken a second after the runner asked for it; it keeps waiting
     * up to {@code timeout}. Called at most once per lock.
     *
     * @param holder the session holding it, or null when it let go just then
     */
    default void waitingForLock(LockHolder holder, Duration timeout) {
    }
}
