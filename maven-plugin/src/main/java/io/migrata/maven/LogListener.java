package io.migrata.maven;

import io.migrata.workflow.WorkflowListener;
import org.apache.maven.plugin.logging.Log;

/** The workflow's notices in the build log, in Maven's words ({@link MavenWording}); a build has nobody to answer a question, so none is answered. */
final class LogListener implements WorkflowListener {

    private final Log log;

    LogListener(Log log) {
        this.log = log;
    }

    @Override
    public void notice(String line) {
        log.info(MavenWording.of(line));
    }
}
