package io.migrata.maven;

import io.migrata.workflow.Migrata;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/** {@code mvn migrata:upgrade}: applies the migrations up to {@code -Dmigrata.target} ({@code head} by default). */
@Mojo(name = "upgrade", threadSafe = true)
public class UpgradeMojo extends MigrataMojo {

    @Parameter(property = "migrata.target", defaultValue = "head")
    @CommandOption("TARGET")
    String target;

    @Override
    void run(Migrata migrata) {
        migrata.upgrade(target);
    }
}
