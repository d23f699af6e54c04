package io.migrata.maven;

import io.migrata.workflow.Migrata;
import io.migrata.workflow.Stamp;
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

    @Override
    void run(Migrata migrata) {
        Stamp stamp = migrata.stamp(target, purge);
        String after = stamp.after().isEmpty() ? "base" : String.join(", ", stamp.after());
        getLog().info(stamp.changesNothing() ? "nothing to do: " + stamp.database() + " is at " + after
                : "stamped " + stamp.database() + " at " + after);
    }
}
