package io.migrata.maven;

import io.migrata.workflow.Comparison;
import org.apache.maven.plugin.MojoFailureException;

/** A goal that compares two schemas and fails the build, naming the differences, when they differ. */
abstract class ComparisonMojo extends MigrataMojo {

    void judge(Comparison comparison) throws MojoFailureException {
        ComparisonLog.write(comparison, getLog());
        if (!comparison.equal()) {
            String differences = comparison.ops().size() == 1 ? comparison.ops().get(0).describe()
                    : comparison.ops().size() + " differences, first " + comparison.ops().get(0).describe();
            throw new MojoFailureException(MavenWording.of(comparison.verdict() + ": " + differences));
        }
        getLog().info(MavenWording.of(comparison.verdict()));
    }
}
