package io.migrata.runner.sql;

import io.migrata.testing.TestDatabase;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * {@code pg_dump --schema-only} of a test database: the judge that is not Migrata. The dump is
 * normalized only where two equal schemas can legitimately print differently (see
 * {@link #normalize}).
 */
final class PgDump {

    private static final long TIMEOUT_SECONDS = 60;

    private PgDump() {
    }

    /** The {@code pg_dump} on the PATH; fails with the fix when there is none. */
    static Path executable() {
        Optional<Path> found = Optional.ofNullable(System.getenv("PATH")).stream()
                .flatMap(path -> List.of(path.split(File.pathSeparator)).stream())
                .filter(dir -> !dir.isEmpty())
                .map(dir -> Path.of(dir, "pg_dump"))
                .filter(Files::isExecutable)
                .findFirst();
        return found.orElseThrow(() -> new IllegalStateException("pg_dump is not on the PATH: the database round-trip"
                + " tests judge schemas with it; install the PostgreSQL client (e.g. apt-get install postgresql-client)"
                + " whose major version is at least the server's"));
    }

    /** Starts the dump in the background, so two dumps can run at once. */
    static CompletableFuture<String> start(TestDatabase db) {
        List<String> command = new ArrayList<>(List.of(executable().toString(), "--schema-only",
                "--host", db.server().host(), "--port", String.valueOf(db.server().port()),
                "--username", db.user(), "--dbname", db.name()));
        ProcessBuilder builder = new ProcessBuilder(command);
        if (db.password() != null) builder.environment().put("PGPASSWORD", db.password());
        builder.environment().put("PGCONNECT_TIMEOUT", "10");
        try {
            // Output goes to files, not pipes, so no thread has to drain them while the dump runs.
            Path output = Files.createTempFile("migrata-dump-", ".sql");
            Path errors = Files.createTempFile("migrata-dump-", ".err");
            Process process = builder.redirectOutput(output.toFile()).redirectError(errors.toFile()).start();
            return process.onExit()
                    .orTimeout(TIMEOUT_SECONDS, TimeUnit.SECONDS)
                    .handle((finished, timeout) -> {
                        try {
                            if (timeout != null) {
                                process.destroyForcibly();
                                throw new IllegalStateException("pg_dump of " + db.name() + " took over " + TIMEOUT_SECONDS + " s");
                            }
                            if (finished.exitValue() != 0) {
                                throw new IllegalStateException("pg_dump of " + db.name() + " failed: " + Files.readString(errors));
                            }
                            return Files.readString(output, StandardCharsets.UTF_8);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        } finally {
                            deleteQuietly(output);
                            deleteQuietly(errors);
                        }
                    });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + command.get(0), e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            file.toFile().deleteOnExit();
        }
    }

    static List<String> schema(TestDatabase db) {
        return normalize(start(db).join());
    }

    /**
     * The dump as a sorted list of statements, without what is not schema: comment lines, blank
     * lines, the session settings ({@code SET …}, {@code set_config}) and the {@code \restrict}
     * guard with its random key. Statement order is dropped because pg_dump breaks ties between
     * objects by OID, which differs between two databases built differently; the statements
     * themselves are compared in full. The one thing normalized inside a statement is the order
     * of the lines in {@code CREATE TABLE}'s column list: an added column lands last, so equal
     * tables can list their columns in different orders, which the model also treats as equal.
     */
    static List<String> normalize(String dump) {
        List<String> statements = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (String line : dump.split("\n", -1)) {
            if (current.isEmpty() && isNoise(line)) continue;
            current.add(line);
            if (line.endsWith(";")) {
                statements.add(statement(current));
                current.clear();
            }
        }
        if (!current.isEmpty()) statements.add(statement(current));
        statements.sort(null);
        return statements;
    }

    private static boolean isNoise(String line) {
        return line.isBlank() || line.startsWith("--") || line.startsWith("SET ")
                || line.startsWith("SELECT pg_catalog.set_config(") || line.startsWith("\\restrict")
                || line.startsWith("\\unrestrict");
    }

    private static String statement(List<String> lines) {
        if (!lines.get(0).startsWith("CREATE TABLE ") || lines.size() < 3 || !lines.get(lines.size() - 1).startsWith(")")) {
            return String.join("\n", lines);
        }
        List<String> columns = new ArrayList<>(lines.subList(1, lines.size() - 1).stream()
                .map(line -> line.endsWith(",") ? line.substring(0, line.length() - 1) : line)
                .toList());
        columns.sort(null);
        List<String> sorted = new ArrayList<>();
        sorted.add(lines.get(0));
        for (int i = 0; i < columns.size(); i++) sorted.add(columns.get(i) + (i < columns.size() - 1 ? "," : ""));
        sorted.add(lines.get(lines.size() - 1));
        return String.join("\n", sorted);
    }
}
