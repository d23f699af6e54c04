package io.migrata.spring.boot;

import io.migrata.workflow.MigrataException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns a Migrata failure at start into Spring Boot's "APPLICATION FAILED TO START" report: the
 * workflow's one line as the description, what to do as the action, and no stack trace.
 */
class MigrataFailureAnalyzer extends AbstractFailureAnalyzer<MigrataException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, MigrataException cause) {
        return new FailureAnalysis("Migrata could not migrate the database: " + cause.getMessage(), action(cause), cause);
    }

    private static String action(MigrataException failure) {
        return switch (failure.kind()) {
            case USAGE -> "Fix the migrations or the migrata.* properties as the message says (an edit the database already"
                    + " matches is accepted with migrata.on-edited-revision=repair), then start again.";
            case CANNOT_CONNECT -> "Check the DataSource (or migrata.url, migrata.user, migrata.password) and that the database is up.";
            case MIGRATION_FAILED -> "The database is at the last revision that completed; fix the failing revision"
                    + " (or wait for the instance holding the migration lock) and start again.";
            case INTERNAL -> "Start with --debug for the full stack trace.";
        };
    }
}
