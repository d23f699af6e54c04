package io.migrata.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migrata.testing.PostgresExtension;
import io.migrata.testing.TestDatabase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs {@code cli/target/migrata.jar} the way users without a checkout do: through
 * {@code bin/migrata}, copied with the jar into an install directory, and with {@code java -jar}.
 * An integration test, because the jar only exists after {@code package}.
 */
@ExtendWith(PostgresExtension.class)
class SelfContainedJarIT {

    private static final Path JAR = Path.of("target", "migrata.jar").toAbsolutePath();
    private static final Path SCRIPT = Path.of("..", "bin", "migrata").toAbsolutePath().normalize();

    @TempDir
    Path install;

    private record Result(int exitCode, String out, String err) {
    }

    private Result run(List<String> command, Path directory) throws IOException, InterruptedException {
        return run(command, directory, Map.of());
    }

    private Result run(List<String> command, Path directory, Map<String, String> environment) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile());
        builder.environment().remove("DATABASE_URL");
        builder.environment().remove("MIGRATA_JAR");
        // The script's class-data archives go here, not into the user's own cache.
        builder.environment().put("XDG_CACHE_HOME", install.resolve("cache").toString());
        builder.environment().putAll(environment);
        Path out = Files.createTempFile(directory, "out", ".txt");
        Path err = Files.createTempFile(directory, "err", ".txt");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        process.getOutputStream().close();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(command + " did not finish in 120 s");
        }
        return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void theInstalledScriptFindsTheJarInLibAndPassesTheExitStatus(TestDatabase db) throws IOException, InterruptedException, SQLException {
        Files.createDirectories(install.resolve("bin"));
        Files.createDirectories(install.resolve("lib"));
        Files.copy(SCRIPT, install.resolve("bin/migrata"));
        Files.copy(JAR, install.resolve("lib/migrata.jar"));
        Path project = Files.createDirectories(install.resolve("project"));
        String script = install.resolve("bin/migrata").toString();

        Result version = run(List.of(script, "--version"), project);
        assertEquals(0, version.exitCode(), version.err());
        assertTrue(version.out().matches("migrata \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\n"), version.out());

        List<Path> archives;
        try (Stream<Path> files = Files.list(install.resolve("cache/migrata"))) {
            archives = files.filter(f -> f.toString().endsWith(".jsa")).toList();
        }
        assertEquals(1, archives.size(), "the first command leaves a class-data archive for the jar: " + archives);

        db.execute("CREATE TABLE shipped (id bigint PRIMARY KEY)");
        Path log = install.resolve("classes.log");
        Result inspect = run(List.of(script, "inspect", "--url", db.urlWithCredentials(), "--format", "json"), project,
                Map.of("MIGRATA_JAVA_OPTS", "-Xlog:class+load=info:file=" + log));
        assertEquals(0, inspect.exitCode(), inspect.err());
        assertTrue(Json.names(Json.parse(inspect.out()).get("tables")).contains("shipped"), inspect.out());
        assertTrue(Files.readAllLines(log).stream().anyMatch(line -> line.contains(" picocli.CommandLine source: shared objects file")),
                "later commands load their classes from the archive");

        Result refused = run(List.of(script, "ping", "--url", "postgresql://u@127.0.0.1:1/x"), project);
        assertEquals(3, refused.exitCode());
        assertEquals(1, refused.err().lines().count(), refused.err());
    }

    @Test
    void javaDashJarReadsEntitiesThroughHibernatesMergedServiceFiles(TestDatabase db) throws IOException, InterruptedException {
        // The test classes hold the fixture entities; Hibernate boots from the jar's merged META-INF/services.
        Path classes = Path.of("target", "test-classes").toAbsolutePath();
        List<String> command = new ArrayList<>(List.of("java", "-jar", JAR.toString(), "diff", "--from", db.urlWithCredentials(),
                "--to", "entities", "--entities", "io.migrata.cli.fixtures.shop", "--entities-classpath", classes.toString()));
        Result diff = run(command, install);
        assertEquals(1, diff.exitCode(), diff.err());
        assertEquals("create table public.customers (id, displayname, email)\n"
                + "create table public.invoices (id, amount, currency, customer_id)\n", diff.out());
    }
}
