package io.migrata.workflow;

import io.migrata.runner.MigrationListener;
import io.migrata.runner.graph.PlannedStep;
import io.migrata.runner.lock.LockHolder;
import java.time.Duration;
import java.util.Locale;

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

    @Override
    public void waitingForLock(LockHolder holder, Duration timeout) {
        listener.notice("waiting for the migration lock, held by " + (holder == null ? "a session that just let it go"
                : holder.describe()) + " (giving up after " + timeout.toString().substring(2).toLowerCase(Locale.ROOT) + ")");
    }
}
