package io.migrata.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * {@code pg_dump --schema-only --no-owner --no-privileges} of a test database, without comments,
 * blank lines and psql meta-commands (newer pg_dump writes a {@code \restrict} line with a random
 * key): the judge of a schema that is not Migrata.
 */
public final class SchemaDump {

    private SchemaDump() {
    }

    /** The dump without Migrata's own bookkeeping tables, which only the migrated side holds. */
    public static String withoutVersionTables(TestDatabase db) throws IOException, InterruptedException {
        return of(db, "--exclude-table=migrata_version", "--exclude-table=migrata_history",
                "--exclude-table=migrata_progress");
    }

    /** @param options more {@code pg_dump} options, e.g. {@code --exclude-table=migrata_*} */
    public static String of(TestDatabase db, String... options) throws IOException, InterruptedException {
        List<String> all = new ArrayList<>(List.of("--no-privileges"));
        all.addAll(List.of(options));
        return run(db, all);
    }

    /**
     * Only the {@code GRANT}, {@code REVOKE} and {@code ALTER DEFAULT PRIVILEGES} statements of the
     * dump, which {@link #of} leaves out: the judge of privileges.
     */
    public static String privileges(TestDatabase db) throws IOException, InterruptedException {
        return run(db, List.of()).lines()
                .filter(line -> line.startsWith("GRANT ") || line.startsWith("REVOKE ") || line.startsWith("ALTER DEFAULT PRIVILEGES "))
                .collect(Collectors.joining("\n"));
    }

    private static String run(TestDatabase db, List<String> options) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("pg_dump", "--schema-only", "--no-owner",
                "-h", db.server().host(), "-p", Integer.toString(db.server().port()),
                "-U", db.user(), "-d", db.name()));
        command.addAll(options);
        Path output = Files.createTempFile("migrata-dump-", ".sql");
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
            if (db.password() != null) builder.environment().put("PGPASSWORD", db.password());
            Process process = builder.start();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("pg_dump of " + db.name() + " took over 120 s");
            }
            String text = Files.readString(output, StandardCharsets.UTF_8);
            if (process.exitValue() != 0) throw new IllegalStateException("pg_dump of " + db.name() + " failed: " + text);
            return text.lines()
                    .filter(line -> !line.startsWith("--") && !line.startsWith("\\") && !line.isBlank())
                    .collect(Collectors.joining("\n"));
        } finally {
            Files.deleteIfExists(output);
        }
    }
}
