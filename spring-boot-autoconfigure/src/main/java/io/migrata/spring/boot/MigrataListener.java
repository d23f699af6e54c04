package io.migrata.spring.boot;

import io.migrata.workflow.WorkflowListener;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/** The workflows' notices in the application's log, under {@code io.migrata}. */
final class MigrataListener implements WorkflowListener {

    private static final Log LOG = LogFactory.getLog("io.migrata");

    @Override
    public void notice(String line) {
        LOG.info(line);
    }
}
