package io.migrata.maven;

import io.migrata.workflow.Migrata;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;

/** {@code mvn migrata:drift}: the changes made to the database outside its migrations; any fails the build. */
@Mojo(name = "drift", threadSafe = true)
public class DriftMojo extends ComparisonMojo {

    @Override
    void run(Migrata migrata) throws MojoFailureException {
        judge(migrata.drift());
    }
}
