package io.migrata.maven;

import io.migrata.workflow.Migrata;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * {@code mvn migrata:stamp -Dmigrata.target=head}: marks the database as at the target without running
 * any migration. {@code -Dmigrata.repair=REV} instead records the checksum an applied revision's code
 * has now, after an edit the database already matches (what Flyway's {@code repair} does for one).
 */
@Mojo(name = "stamp", threadSafe = true)
public class StampMojo extends MigrataMojo {

    @Parameter(property = "migrata.target")
    @CommandOption("TARGET")
    String target;

    /** First delete every version row, also rows naming revisions no migration declares. */
    @Parameter(property = "migrata.purge", defaultValue = "false")
    @CommandOption("--purge")
    boolean purge;

    /** The applied revision whose edit to acknowledge (or {@code head}, {@code heads}), instead of a target. */
    @Parameter(property = "migrata.repair")
    @CommandOption("--repair")
    String repair;

    /** The workflow's notice says what the stamp or the repair did; the goal adds nothing to it. */
    @Override
    void run(Migrata migrata) throws MojoFailureException {
        boolean toTarget = target != null && !target.isBlank();
        boolean repairing = repair != null && !repair.isBlank();
        if (toTarget == repairing) {
            throw new MojoFailureException(toTarget ? "give either -Dmigrata.target or -Dmigrata.repair, not both"
                    : "stamp needs -Dmigrata.target=TARGET (head, base or a revision) or -Dmigrata.repair=REV");
        }
        if (repairing && purge) throw new MojoFailureException("-Dmigrata.purge goes with -Dmigrata.target, not with -Dmigrata.repair");
        if (repairing) migrata.repair(repair.strip());
        else migrata.stamp(target.strip(), purge);
    }
}
