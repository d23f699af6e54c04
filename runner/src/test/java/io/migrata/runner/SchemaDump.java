package io.migrata.runner;

import io.migrata.testing.TestDatabase;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * {@code pg_dump --schema-only} of a test database, without comments and psql meta-commands (newer
 * pg_dump writes a {@code \restrict} line with a random key): the judge that is not Migrata.
 */
final class SchemaDump {

    private SchemaDump() {
    }

    static String of(TestDatabase db, String... options) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("pg_dump", "--schema-only", "--no-owner", "--no-privileges",
                "-h", db.server().host(), "-p", String.valueOf(db.server().port()), "-U", db.user(), "-d", db.name()));
        command.addAll(List.of(options));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        if (db.password() != null) builder.environment().put("PGPASSWORD", db.password());
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException("pg_dump failed: " + output);
        }
        return output.lines()
                .filter(line -> !line.startsWith("--") && !line.startsWith("\\") && !line.isBlank())
                .collect(Collectors.joining("\n"));
    }
}
