package io.migrata.maven;

import io.migrata.workflow.Migrata;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/** {@code mvn migrata:stamp -Dmigrata.target=head}: marks the database as at the target without running any migration. */
@Mojo(name = "stamp", threadSafe = true)
public class StampMojo extends MigrataMojo {

    @Parameter(property = "migrata.target", required = true)
    String target;

    /** First delete every version row, also rows naming revisions no migration declares. */
    @Parameter(property = "migrata.purge", defaultValue = "false")
    boolean purge;

    /** The workflow's notice says what the stamp did; the goal adds nothing to it. */
    @Override
    void run(Migrata migrata) {
        migrata.stamp(target, purge);
    }
}
