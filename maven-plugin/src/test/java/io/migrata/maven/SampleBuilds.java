package io.migrata.maven;

import io.migrata.testing.PostgresServer;
import io.migrata.testing.TestDatabase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * What the integration tests share: real {@code mvn} processes (the repository's wrapper), offline on
 * {@code target/it-repo} where the build installed the Migrata artifacts, with the shared {@code ~/.m2}
 * as a read-only tail for everything else; and what PostgreSQL's catalog says afterwards.
 */
final class SampleBuilds {

    static final String VERSION = System.getProperty("migrata.it.version");

    private SampleBuilds() {
    }

    record Run(int exit, String output) {
    }

    static void execute(TestDatabase db, String sql) throws SQLException {
        try (Connection connection = db.connect(); var statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    static List<String> versionRows(TestDatabase db) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection connection = db.connect(); var statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT version_num FROM public.migrata_version ORDER BY 1")) {
            while (result.next()) rows.add(result.getString(1));
        }
        return rows;
    }

    static Run mvn(Path project, TestDatabase db, String... goals) throws IOException, InterruptedException {
        return mvn(project, db, Map.of(), goals);
    }

    /** {@code environment} is added to the variables every run gets. */
    static Run mvn(Path project, TestDatabase db, Map<String, String> environment, String... goals)
            throws IOException, InterruptedException {
        PostgresServer server = db.server();
        List<String> command = new ArrayList<>(List.of(System.getProperty("migrata.it.mvnw"), "-B", "-o", "-ntp",
                "-Dmaven.repo.local=" + System.getProperty("migrata.it.repository"),
                "-Dmaven.repo.local.tail=" + System.getProperty("migrata.it.tail")));
        command.addAll(List.of(goals));
        ProcessBuilder builder = new ProcessBuilder(command).directory(project.toFile()).redirectErrorStream(true);
        builder.environment().put("DATABASE_URL", db.urlWithCredentials());
        // Scratch databases for check go to the same server, not to an embedded one.
        builder.environment().put("MIGRATA_DEV_URL", withCredentials(server.urlFor("postgres"), server));
        builder.environment().remove("MAVEN_OPTS");
        builder.environment().putAll(environment);
        return run(builder);
    }

    /** A process run to its end, its output and errors together. */
    static Run run(ProcessBuilder builder) throws IOException, InterruptedException {
        builder.redirectErrorStream(true);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Run(process.waitFor(), output);
    }

    /** A URL of the server, with the test user's login. */
    static String withCredentials(String url, PostgresServer server) {
        String credentials = "user=" + server.user() + (server.password() == null ? "" : "&password=" + server.password());
        return url + (url.contains("?") ? "&" : "?") + credentials;
    }

    static Map<String, String> columns(TestDatabase db, String table) throws SQLException {
        Map<String, String> columns = new TreeMap<>();
        try (Connection connection = db.connect();
             var statement = connection.prepareStatement("SELECT column_name, data_type FROM information_schema.columns"
                     + " WHERE table_schema = 'public' AND table_name = ?")) {
            statement.setString(1, table);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) columns.put(rows.getString(1), rows.getString(2));
            }
        }
        return columns;
    }

    static List<Path> javaFiles(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        }
    }

    /** The directory, emptied of what an earlier run left, or made. */
    static Path emptyDirectory(Path directory) throws IOException {
        if (Files.exists(directory)) {
            try (Stream<Path> old = Files.walk(directory)) {
                for (Path path : old.sorted(Comparator.reverseOrder()).toList()) Files.delete(path);
            }
        }
        return Files.createDirectories(directory);
    }
}
