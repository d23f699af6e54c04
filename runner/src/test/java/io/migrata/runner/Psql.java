package io.migrata.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migrata.testing.TestDatabase;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs a script with {@code psql -v ON_ERROR_STOP=1}, as a user runs an offline script, and asserts it succeeds. */
final class Psql {

    private Psql() {
    }

    static void run(TestDatabase db, Path workDirectory, String script) throws Exception {
        Path file = Files.createTempFile(workDirectory, "script", ".sql");
        Files.writeString(file, script);
        List<String> command = List.of("psql", "-X", "-q", "-v", "ON_ERROR_STOP=1",
                "-h", db.server().host(), "-p", Integer.toString(db.server().port()),
                "-U", db.user(), "-d", db.name(), "-f", file.toString());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        if (db.password() != null) builder.environment().put("PGPASSWORD", db.password());
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, process.exitValue(), output);
    }
}
