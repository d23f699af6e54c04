package io.migrata.cli.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The migrata command as its own JVM, started the way ./migrata starts it: the packaged
 * cli/target/migrata-cli.jar and the class path Maven wrote next to it, with the launcher's JVM
 * options. Only the environment given reaches it (plus PATH and HOME), so a developer's
 * DATABASE_URL never leaks into a test.
 */
final class MigrataProcess {

    private static final Path TARGET = Path.of("target").toAbsolutePath();
    private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();

    record Result(int exitCode, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    private MigrataProcess() {
    }

    static Result run(Path projectDir, Map<String, String> environment, String... args) {
        ProcessBuilder builder = builder(projectDir, environment, args);
        try {
            Process process = builder.start();
            process.getOutputStream().close();
            CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> read(process.getInputStream()));
            CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(process.getErrorStream()));
            if (!process.waitFor(180, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("migrata " + String.join(" ", args) + " did not finish in 180 s");
            }
            return new Result(process.exitValue(), out.join(), err.join());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /**
     * Starts the command without waiting for it, its stdout and stderr going to {@code out} and
     * {@code err}, for tests that stop it with a signal.
     */
    static Process start(Path projectDir, Map<String, String> environment, Path out, Path err, String... args) {
        try {
            return builder(projectDir, environment, args).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ProcessBuilder builder(Path projectDir, Map<String, String> environment, String... args) {
        List<String> command = new ArrayList<>(List.of(JAVA, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-cp", classPath(), "io.migrata.cli.MigrataCommand", "-C", projectDir.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        Map<String, String> env = builder.environment();
        env.keySet().retainAll(List.of("PATH", "HOME", "TMPDIR"));
        env.putAll(environment);
        return builder;
    }

    private static String classPath() {
        try {
            return TARGET.resolve("migrata-cli.jar") + ":" + Files.readString(TARGET.resolve("classpath.txt")).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("run the package phase first: " + e.getMessage(), e);
        }
    }

    private static String read(java.io.InputStream stream) {
        try {
            return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
