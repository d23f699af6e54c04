package io.migrata.maven;

import io.migrata.workflow.Comparison;
import io.migrata.workflow.DiffRequest;
import io.migrata.workflow.Migrata;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code mvn migrata:diff -Dmigrata.from=database -Dmigrata.to=entities}: the operations that turn one
 * schema into another; each side is {@code database}, {@code entities}, {@code head}, a revision or a URL.
 * Differences are reported, not a failure (that is {@code check}).
 */
@Mojo(name = "diff", requiresDependencyResolution = ResolutionScope.COMPILE_PLUS_RUNTIME, threadSafe = true)
public class DiffMojo extends MigrataMojo {

    @Parameter(property = "migrata.from", defaultValue = "database")
    @CommandOption("--from")
    String from;

    @Parameter(property = "migrata.to", defaultValue = "entities")
    @CommandOption("--to")
    String to;

    @Parameter(property = "migrata.renames")
    @CommandOption("--rename")
    String renames;

    /** Create and drop indexes of existing tables {@code CONCURRENTLY}. */
    @Parameter(property = "migrata.concurrentIndexes", defaultValue = "false")
    @CommandOption("--concurrent-indexes")
    boolean concurrentIndexes;

    @Override
    void run(Migrata migrata) {
        Comparison comparison = migrata.diff(DiffRequest.between(from, to).withRenames(items(renames)).withConcurrentIndexes(concurrentIndexes));
        ComparisonLog.write(comparison, getLog());
        getLog().info(comparison.equal() ? comparison.from() + " and " + comparison.to() + " are the same"
                : comparison.ops().size() + " operations turn " + comparison.from() + " into " + comparison.to());
    }
}
