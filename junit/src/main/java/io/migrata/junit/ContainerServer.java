package io.migrata.junit;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * One PostgreSQL container for every check in the test run, stopped when the JVM exits. Loaded only
 * once {@link ScratchServers} has found Testcontainers on the class path.
 */
final class ContainerServer {

    private static final String IMAGE = "postgres:16-alpine";
    private static String url;

    private ContainerServer() {
    }

    /** A JDBC URL with credentials of the container's server, or null when no Docker engine answers. */
    static synchronized String urlIfDockerAnswers() {
        if (url != null) return url;
        boolean docker;
        try {
            docker = DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            docker = false;
        }
        if (!docker) return null;
        PostgreSQLContainer container = new PostgreSQLContainer(IMAGE);
        container.start();
        Runtime.getRuntime().addShutdownHook(new Thread(container::stop, "migrata-junit-container-stop"));
        url = container.getJdbcUrl() + (container.getJdbcUrl().contains("?") ? "&" : "?")
                + "user=" + container.getUsername() + "&password=" + container.getPassword();
        return url;
    }
}
