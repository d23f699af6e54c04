package io.migrata.maven;

import io.migrata.schema.op.SchemaOp;
import io.migrata.workflow.Migrata;
import io.migrata.workflow.Verification;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/** {@code mvn migrata:verify}: on a scratch database, each revision upgrades, downgrades and upgrades again to the same schema. */
@Mojo(name = "verify", threadSafe = true)
public class VerifyMojo extends MigrataMojo {

    /** Only this revision. */
    @Parameter(property = "migrata.revision")
    @CommandOption("REV")
    String revision;

    /** Only the last this many revisions. */
    @Parameter(property = "migrata.last")
    @CommandOption("-n")
    Integer last;

    @Override
    void run(Migrata migrata) throws MojoFailureException {
        Verification verification = migrata.verify(revision, last);
        for (Verification.Outcome outcome : verification.outcomes()) {
            String label = outcome.revision().label();
            if (outcome.ok()) {
                getLog().info("ok " + label);
                continue;
            }
            getLog().error(MavenWording.of("FAILED " + label + (outcome.failure() == null ? "" : ": " + outcome.failure())));
            for (SchemaOp op : outcome.leftByDowngrade()) getLog().error("  the downgrade leaves: " + op.describe());
            for (SchemaOp op : outcome.changedByRedo()) getLog().error("  upgrading again differs: " + op.describe());
        }
        if (!verification.ok()) {
            throw new MojoFailureException(verification.failed() + " of " + verification.selected()
                    + " revisions do not downgrade to the schema they started from (see the lines above)");
        }
        int checked = verification.outcomes().size();
        getLog().info(checked + (checked == 1 ? " revision upgrades, downgrades and upgrades" : " revisions upgrade, downgrade and upgrade")
                + " again to the same schema");
    }
}
