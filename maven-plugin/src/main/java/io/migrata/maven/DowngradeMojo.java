package io.migrata.maven;

import io.migrata.workflow.Migrata;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/** {@code mvn migrata:downgrade -Dmigrata.target=-1}: undoes applied revisions down to the target ({@code base}, a revision, {@code -N}). */
@Mojo(name = "downgrade", threadSafe = true)
public class DowngradeMojo extends MigrataMojo {

    @Parameter(property = "migrata.target", required = true)
    @CommandOption("TARGET")
    String target;

    @Override
    void run(Migrata migrata) {
        migrata.downgrade(target);
    }
}
