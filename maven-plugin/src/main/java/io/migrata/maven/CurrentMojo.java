package io.migrata.maven;

import io.migrata.workflow.DatabaseRevisions;
import io.migrata.workflow.Migrata;
import org.apache.maven.plugins.annotations.Mojo;

/** {@code mvn migrata:current}: the revisions the database is at. */
@Mojo(name = "current", threadSafe = true)
public class CurrentMojo extends MigrataMojo {

    @Override
    void run(Migrata migrata) {
        DatabaseRevisions current = migrata.current();
        for (DatabaseRevisions.Current revision : current.current()) {
            String label = revision.known() ? revision.revision().label() : revision.id() + " (unknown to these migrations)";
            getLog().info(label + (revision.head() ? " (head)" : ""));
        }
    }
}
