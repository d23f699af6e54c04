package io.migrata.cli;

import io.migrata.runner.MigrationListener;
import io.migrata.runner.graph.PlannedStep;
import java.util.function.Consumer;

/**
 * One line on stderr as each revision starts, so a long upgrade shows what it is doing:
 * {@code running upgrade 001_customers -> 002_invoices (invoices)}.
 */
final class ProgressListener implements MigrationListener {

    private final Consumer<String> notices;

    ProgressListener(Consumer<String> notices) {
        this.notices = notices;
    }

    @Override
    public void starting(PlannedStep step) {
        String message = step.revision().message();
        notices.accept("running " + step.describe() + (message.isEmpty() ? "" : " (" + message + ")"));
    }
}
