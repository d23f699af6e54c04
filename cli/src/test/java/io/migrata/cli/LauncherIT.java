package io.migrata.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migrata.testing.PostgresExtension;
import io.migrata.testing.TestDatabase;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the real {@code ./migrata} launcher as a separate process. It runs after {@code package}
 * (as an integration test), when the jar and its class-path file exist, so the launcher starts
 * the CLI without building it.
 */
@ExtendWith(PostgresExtension.class)
class LauncherIT {

    private static final Path LAUNCHER = Path.of("..", "migrata").toAbsolutePath().normalize();
    private static final Path ARCHIVE = Path.of("target", "migrata-inspect.jsa").toAbsolutePath();
    private static final Path TRAINED = Path.of("target", "migrata.training.classlist").toAbsolutePath();
    private static final Path EXAMPLE_CLASSES = Path.of("..", "examples", "hedera-flow", "target", "classes").toAbsolutePath().normalize();

    private record Result(int exitCode, String out, String err) {
    }

    private static Result launch(String... args) throws IOException, InterruptedException {
        return launch(Map.of(), args);
    }

    private static Result launch(Map<String, String> environment, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(LAUNCHER.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().remove("DATABASE_URL");
        builder.environment().putAll(environment);
        Process process = builder.start();
        process.getOutputStream().close();
        // Output is small here; read both streams fully after the process ends.
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("./migrata did not finish in 120 s");
        }
        return new Result(process.exitValue(),
                new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8),
                new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    @Test
    void printsTheSchemaAndPassesTheExitStatusThrough(TestDatabase db) throws IOException, InterruptedException, SQLException {
        db.execute("CREATE TABLE launched (id bigint PRIMARY KEY, note text NOT NULL)");
        // Twice: the first run may record the class-data archive, the second then runs from it.
        for (int run = 1; run <= 2; run++) {
            Result result = launch("inspect", "--url", db.urlWithCredentials(), "--format", "json");
            assertEquals("", result.err(), "run " + run);
            assertEquals(0, result.exitCode(), "run " + run);
            assertTrue(Json.names(Json.parse(result.out()).get("tables")).contains("launched"), result.out());
        }
    }

    /**
     * A command's class-data archive also holds what an entity read loads: after a first {@code
     * inspect} of a database, which loads no Hibernate class, the JVM's class loading log of an
     * {@code inspect --entities} shows Hibernate's boot coming from the archive.
     */
    @Test
    void theArchiveHoldsHibernateAfterAFirstCommandWithoutIt(TestDatabase db, @TempDir Path project)
            throws IOException, InterruptedException {
        Files.deleteIfExists(ARCHIVE);
        Files.deleteIfExists(TRAINED);
        Result first = launch("inspect", "--url", db.urlWithCredentials(), "--format", "json");
        assertEquals(0, first.exitCode(), first.err());
        assertTrue(Files.isRegularFile(ARCHIVE), "the first command leaves an archive");

        Files.writeString(project.resolve("migrata.properties"), "migrata.entities.packages=io.migrata.examples.hedera\n"
                + "migrata.entities.classpath=" + EXAMPLE_CLASSES + "\nmigrata.entities.naming=spring-boot\n");
        Path log = project.resolve("classes.log");
        Result entities = launch(Map.of("MIGRATA_JAVA_OPTS", "-Xlog:class+load=info:file=" + log),
                "-C", project.toString(), "inspect", "--entities");
        assertEquals(0, entities.exitCode(), entities.err());
        List<String> hibernate = Files.readAllLines(log).stream().filter(line -> line.contains(" org.hibernate.")).toList();
        assertTrue(hibernate.size() > 500, "the entity read loads Hibernate: " + hibernate.size());
        List<String> fromJars = hibernate.stream().filter(line -> !line.contains("source: shared objects file")).toList();
        assertTrue(fromJars.size() * 20 < hibernate.size(), "nearly all of Hibernate comes from the archive; from jars: " + fromJars);
    }

    @Test
    void failsWithOneLineAndExitCodeThree() throws IOException, InterruptedException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        Result result = launch("inspect", "--url", "postgresql://bob:Secr%40t@127.0.0.1:" + closedPort + "/app");
        assertEquals(3, result.exitCode());
        assertEquals("migrata: cannot connect to 127.0.0.1:" + closedPort
                + ": connection refused (is PostgreSQL running? check --url)\n", result.err());
        assertEquals("", result.out());
        assertFalse(result.err().contains("Secr"));
    }

    @Test
    void aUsageErrorExitsWithTwo() throws IOException, InterruptedException {
        Result result = launch("inspect", "--format", "xml");
        assertEquals(2, result.exitCode());
        assertEquals(1, result.err().lines().count(), result.err());
    }
}
