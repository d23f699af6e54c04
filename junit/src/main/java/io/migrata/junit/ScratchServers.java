package io.migrata.junit;

import io.migrata.workflow.Migrata;
import io.migrata.workflow.config.ProjectSettings;
import io.migrata.workflow.config.Setting;
import java.nio.file.Path;
import java.util.Map;

/**
 * Chooses the server for scratch databases when the project names none: a Testcontainers
 * PostgreSQL, started once per test run, when Testcontainers is on the class path and Docker
 * answers; otherwise nothing is set and the workflow starts its embedded PostgreSQL.
 */
final class ScratchServers {

    private static final String TESTCONTAINERS_CLASS = "org.testcontainers.DockerClientFactory";

    private ScratchServers() {
    }

    static void devUrlUnlessConfigured(Migrata.Builder builder, Map<Setting, String> explicit, Path projectDirectory) {
        if (explicit.containsKey(Setting.DEV_URL)) return;
        if (new ProjectSettings(projectDirectory, System.getenv()).find(Setting.DEV_URL).isPresent()) return;
        if (!testcontainersPresent()) return;
        String url = ContainerServer.urlIfDockerAnswers();
        if (url != null) builder.set(Setting.DEV_URL, url);
    }

    private static boolean testcontainersPresent() {
        try {
            Class.forName(TESTCONTAINERS_CLASS, false, ScratchServers.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
