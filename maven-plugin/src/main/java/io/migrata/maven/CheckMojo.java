package io.migrata.maven;

import io.migrata.workflow.Migrata;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code mvn migrata:check}: the migrations' head replayed on a scratch database and compared with the
 * entities; a difference (a migration is missing) fails the build and is printed. Bound to
 * {@code verify} when listed as an execution without a phase.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY,
        requiresDependencyResolution = ResolutionScope.COMPILE_PLUS_RUNTIME, threadSafe = true)
public class CheckMojo extends ComparisonMojo {

    @Override
    void run(Migrata migrata) throws MojoFailureException {
        judge(migrata.check());
    }
}
