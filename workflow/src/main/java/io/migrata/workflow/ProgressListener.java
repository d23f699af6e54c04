package io.migrata.workflow;

import io.migrata.runner.MigrationListener;
import io.migrata.runner.graph.PlannedStep;

/**
 * Hands each revision the runner starts to the workflow's listener, so a long upgrade shows what it
 * is doing: {@code running upgrade 001_customers -> 002_invoices (invoices)}.
 */
final class ProgressListener implements MigrationListener {

    private final WorkflowListener listener;

    ProgressListener(WorkflowListener listener) {
        this.listener = listener;
    }

    @Override
    public void starting(PlannedStep step) {
        listener.revisionStarting(step.describe(), step.revision().message());
    }
}
