package io.migrata.runner;

import io.migrata.runner.execute.AppliedStep;
import io.migrata.runner.graph.PlannedStep;

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
}
