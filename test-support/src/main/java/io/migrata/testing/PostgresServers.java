package io.migrata.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * Finds the PostgreSQL server tests run against, once per JVM, from the first that works:
 * <ol>
 *   <li>the JDBC URL in {@code MIGRATA_TEST_DATABASE_URL} (CI sets it to the machine's server);</li>
 *   <li>a Testcontainers PostgreSQL when a Docker engine answers;</li>
 *   <li>an embedded PostgreSQL (zonky), whose server binaries come from Maven Central.</li>
 * </ol>
 * {@code MIGRATA_TEST_DATABASE=embedded|testcontainers|url} forces one provider.
 */
public final class PostgresServers {

    public static final String URL_VARIABLE = "MIGRATA_TEST_DATABASE_URL";
    public static final String PROVIDER_VARIABLE = "MIGRATA_TEST_DATABASE";
    static final String CONTAINER_IMAGE = "postgres:15-alpine";

    private static PostgresServer shared;

    private PostgresServers() {
    }

    /** The server for this test run, started on first use and stopped when the JVM exits. */
    public static synchronized PostgresServer shared() {
        if (shared == null) shared = resolve();
        return shared;
    }

    private static PostgresServer resolve() {
        String forced = System.getenv(PROVIDER_VARIABLE);
        String url = System.getenv(URL_VARIABLE);
        if (forced != null && !forced.isBlank()) {
            return switch (forced.trim()) {
                case "url" -> fromUrl(url);
                case "testcontainers" -> testcontainers();
                case "embedded" -> embedded();
                default -> throw new IllegalStateException(PROVIDER_VARIABLE + "=" + forced
                        + " is not one of url, testcontainers, embedded");
            };
        }
        if (url != null && !url.isBlank()) return fromUrl(url);
        if (dockerAvailable()) return testcontainers();
        return embedded();
    }

    private static PostgresServer fromUrl(String url) {
        if (url == null || url.isBlank()) {
            throw new IllegalStateException(URL_VARIABLE + " is not set (e.g. jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres)");
        }
        return PostgresServer.fromJdbcUrl(url.trim(), "url");
    }

    static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError noDocker) {
            return false;
        }
    }

    /** A throwaway PostgreSQL container; needs a Docker engine. */
    public static PostgresServer testcontainers() {
        PostgreSQLContainer container = new PostgreSQLContainer(CONTAINER_IMAGE);
        container.start();
        Runtime.getRuntime().addShutdownHook(new Thread(container::stop, "migrata-testcontainers-stop"));
        return new PostgresServer("jdbc:postgresql://" + container.getHost() + ":" + container.getFirstMappedPort(), "",
                container.getUsername(), container.getPassword(), "testcontainers");
    }

    /** A private embedded PostgreSQL in a temporary directory; needs nothing but the JVM. */
    public static PostgresServer embedded() {
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException ignored) {
                    // The JVM is exiting; the temporary data directory is removed with the process tree.
                }
            }, "migrata-embedded-stop"));
            return new PostgresServer("jdbc:postgresql://localhost:" + postgres.getPort(), "", "postgres", null,
                    "embedded");
        } catch (IOException e) {
            throw new UncheckedIOException("could not start an embedded PostgreSQL: " + e.getMessage(), e);
        }
    }
}
