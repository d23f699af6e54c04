package io.migrata.maven;

import java.nio.file.Path;
import java.util.List;

/**
 * What a goal takes from Maven besides its parameters, so that it runs the same in Maven's JVM and
 * in a forked one: the project's source directory, its class path and whether Maven runs with {@code -e}.
 */
record GoalContext(Path sourceDirectory, List<String> classpath, boolean showErrors) {

    GoalContext {
        classpath = List.copyOf(classpath);
    }
}
