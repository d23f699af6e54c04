package io.migrata.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migrata.testing.PostgresServer;
import io.migrata.testing.PostgresServers;
import io.migrata.testing.TestDatabase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Runs real {@code mvn} processes (the repository's wrapper) on the sample projects under
 * {@code src/it}, each copied to {@code target/it} and given a database of its own on the test
 * server: {@code MIGRATA_TEST_DATABASE_URL} when set, else the server test-support starts (see
 * docs/testing.md). The processes run offline against {@code target/it-repo}, where the build
 * installed this plugin and the Migrata artifacts, with the shared {@code ~/.m2} as a read-only tail
 * for everything else. What they did is judged by PostgreSQL's catalog.
 */
class MavenPluginIT {

    private static final Path SAMPLES = Path.of(System.getProperty("migrata.it.samples"));
    private static final Path WORK = Path.of(System.getProperty("migrata.it.work"));

    @Test
    void revisionUpgradeAndCheckOnASingleModuleProject() throws Exception {
        Path project = copy("single");
        try (TestDatabase db = TestDatabase.create(PostgresServers.shared())) {
            Run revision = mvn(project, db, "compile", "migrata:revision", "-Dmigrata.message=create customers");
            assertEquals(0, revision.exit(), revision.output());
            Path migrations = project.resolve("src/main/java/com/example/shop/migrations");
            List<Path> written = javaFiles(migrations);
            assertEquals(1, written.size(), "revision writes one class under the project's sources: " + written);
            assertTrue(Files.readString(written.get(0)).contains("package com.example.shop.migrations;"));

            // compile builds the new class with the application; upgrade applies it, check compares.
            Run upgrade = mvn(project, db, "compile", "migrata:upgrade", "migrata:check");
            assertEquals(0, upgrade.exit(), upgrade.output());
            assertTrue(Files.exists(project.resolve("target/classes/com/example/shop/migrations")
                    .resolve(written.get(0).getFileName().toString().replace(".java", ".class"))));
            assertEquals(Map.of("id", "bigint", "name", "character varying"), columns(db, "customer"));

            Path entity = project.resolve("src/main/java/com/example/shop/Customer.java");
            Files.writeString(entity, Files.readString(entity).replace("private String name;",
                    "private String name;\n\n    private String email;"));
            Run check = mvn(project, db, "compile", "migrata:check");
            assertNotEquals(0, check.exit(), check.output());
            assertTrue(check.output().contains("BUILD FAILURE"), check.output());
            assertTrue(check.output().lines().anyMatch(line -> line.contains("[ERROR]") && line.contains("public.customer.email")),
                    "the failure names the missing column: " + check.output());
            assertTrue(check.output().lines().noneMatch(line -> line.startsWith("\tat ")), "no stack trace without -e");
            assertEquals(Map.of("id", "bigint", "name", "character varying"), columns(db, "customer"),
                    "check leaves the database alone");
        }
    }

    @Test
    void migrationsInOneModuleEntitiesInAnotherAndTheirSuperclassInADependencyJar() throws Exception {
        Path project = copy("multi");
        try (TestDatabase db = TestDatabase.create(PostgresServers.shared())) {
            // package builds base.jar; the db module's class path holds it and the domain jar.
            Run revision = mvn(project, db, "package", "migrata:revision", "-Dmigrata.message=create invoices");
            assertEquals(0, revision.exit(), revision.output());
            assertTrue(revision.output().contains("skipped, base does not declare migrata-maven-plugin"), revision.output());
            assertEquals(1, javaFiles(project.resolve("db/src/main/java/com/example/billing/migrations")).size());

            Run upgrade = mvn(project, db, "package", "migrata:upgrade", "migrata:check");
            assertEquals(0, upgrade.exit(), upgrade.output());
            assertEquals(Map.of("id", "bigint", "total", "numeric", "created_at", "timestamp with time zone"),
                    columns(db, "invoice"), "the column of the superclass in base.jar is there");
            assertTrue(Files.exists(project.resolve("db/target/db-1.0.jar")));
        }
    }

    private record Run(int exit, String output) {
    }

    private static Run mvn(Path project, TestDatabase db, String... goals) throws IOException, InterruptedException {
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
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Run(process.waitFor(), output);
    }

    private static String withCredentials(String url, PostgresServer server) {
        String credentials = "user=" + server.user() + (server.password() == null ? "" : "&password=" + server.password());
        return url + (url.contains("?") ? "&" : "?") + credentials;
    }

    private static Map<String, String> columns(TestDatabase db, String table) throws SQLException {
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

    private static List<Path> javaFiles(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        }
    }

    /** The sample in a fresh directory, its POMs naming the version just built. */
    private static Path copy(String sample) throws IOException {
        Path source = SAMPLES.resolve(sample);
        Path target = WORK.resolve(sample);
        if (Files.exists(target)) {
            try (Stream<Path> old = Files.walk(target)) {
                for (Path path : old.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(path);
            }
        }
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.toList()) {
                Path copy = target.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else if (file.getFileName().toString().equals("pom.xml")) {
                    Files.writeString(copy, Files.readString(file).replace("@migrata.version@", System.getProperty("migrata.it.version")));
                } else {
                    Files.copy(file, copy);
                }
            }
        }
        return target;
    }
}
