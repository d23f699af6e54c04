package io.migrata.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * {@code pg_dump --schema-only --no-owner --no-privileges} of a test database, without comments,
 * blank lines and psql meta-commands (newer pg_dump writes a {@code \restrict} line with a random
 * key): the judge of a schema that is not Migrata.
 *
 * <p>pg_dump refuses a server of a newer major than its own. On such a server (the embedded 16 and
 * 17 where the machine's client is 15) {@link #withoutVersionTables} judges by the
 * {@link CatalogFingerprint} instead; {@link #judgeOf} says which.
 */
public final class SchemaDump {

    /** Migrata's own bookkeeping tables, which only the migrated side holds. */
    public static final List<String> VERSION_TABLES = List.of("migrata_version", "migrata_history", "migrata_progress");

    private static final Pattern CLIENT_MAJOR = Pattern.compile("\\(PostgreSQL\\) (\\d+)");
    private static Integer clientMajor;

    private SchemaDump() {
    }

    /**
     * The schema without the version tables: pg_dump's where the machine's pg_dump can dump the
     * server, otherwise the catalog fingerprint.
     */
    public static String withoutVersionTables(TestDatabase db) throws IOException, InterruptedException, SQLException {
        if (!pgDumpReads(db.server())) return CatalogFingerprint.of(db, VERSION_TABLES);
        List<String> excludes = new ArrayList<>();
        for (String table : VERSION_TABLES) excludes.add("--exclude-table=" + table);
        return of(db, excludes.toArray(String[]::new));
    }

    /** The judge {@link #withoutVersionTables} uses on the server, for messages: "pg_dump 15" or "catalog fingerprint". */
    public static String judgeOf(PostgresServer server) throws IOException, InterruptedException {
        return pgDumpReads(server) ? "pg_dump " + clientMajor() : "catalog fingerprint";
    }

    private static boolean pgDumpReads(PostgresServer server) throws IOException, InterruptedException {
        return clientMajor() >= server.major();
    }

    /** The major of the {@code pg_dump} on the PATH, asked once. */
    static synchronized int clientMajor() throws IOException, InterruptedException {
        if (clientMajor == null) {
            Process process = new ProcessBuilder("pg_dump", "--version").redirectErrorStream(true).start();
            String version = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            process.waitFor();
            Matcher major = CLIENT_MAJOR.matcher(version);
            if (!major.find()) throw new IllegalStateException("cannot read the version of pg_dump: " + version.strip());
            clientMajor = Integer.parseInt(major.group(1));
        }
        return clientMajor;
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
