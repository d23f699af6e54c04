package io.migrata.maven;

import io.migrata.workflow.Migrata;
import io.migrata.workflow.Revisions;
import org.apache.maven.plugins.annotations.Mojo;

/** {@code mvn migrata:heads}: the revisions no other revision follows, read without a database. */
@Mojo(name = "heads", threadSafe = true)
public class HeadsMojo extends MigrataMojo {

    @Override
    void run(Migrata migrata) {
        Revisions revisions = migrata.revisions();
        if (revisions.isEmpty()) getLog().info("no revisions yet (write one with mvn migrata:revision)");
        for (String head : revisions.heads()) getLog().info(revisions.get(head).label() + " (head)");
    }
}
