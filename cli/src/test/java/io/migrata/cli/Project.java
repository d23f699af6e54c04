package io.migrata.cli;

import io.migrata.testing.TestDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A project directory for command tests: a copy of a fixture under src/test/resources/projects
 * (migration sources in migrations/versions), with migrata.properties naming the test shop's
 * entities and the test server for scratch databases.
 */
record Project(Path dir) {

    static final String SHOP_ENTITIES = "io.migrata.cli.fixtures.shop";

    /** Copies the fixtures in order into {@code dir} (a later one adds to an earlier one) and writes the settings. */
    static Project of(Path dir, TestDatabase anyOnTheServer, String... fixtures) {
        for (String fixture : fixtures) copy(fixture, dir);
        Project project = new Project(dir);
        project.writeSettings(anyOnTheServer);
        return project;
    }

    /** Copies the fixtures and names the entities only: no database and no development server, so the embedded one is used. */
    static Project embedded(Path dir, String... fixtures) {
        for (String fixture : fixtures) copy(fixture, dir);
        Project project = new Project(dir);
        project.write("migrata.properties", "migrata.entities.packages=" + SHOP_ENTITIES + "\n");
        return project;
    }

    /** A URL of the test server's maintenance database, where scratch databases may be created. */
    static String devUrl(TestDatabase db) {
        String url = db.server().urlFor("postgres");
        String credentials = "user=" + db.user() + (db.password() == null ? "" : "&password=" + db.password());
        return url + (url.contains("?") ? "&" : "?") + credentials;
    }

    private void writeSettings(TestDatabase db) {
        write("migrata.properties", "migrata.entities.packages=" + SHOP_ENTITIES + "\n"
                + "migrata.dev-url=" + devUrl(db) + "\n");
    }

    void write(String file, String text) {
        try {
            Path target = dir.resolve(file);
            Files.createDirectories(target.getParent());
            Files.writeString(target, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path versions() {
        return dir.resolve("migrations/versions");
    }

    /** The migration sources, by file name. */
    List<String> versionFiles() {
        try (Stream<Path> files = Files.list(versions())) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code migrata -C DIR args…} in this JVM, with the environment given. */
    CliRun run(Map<String, String> environment, String... args) {
        return CliRun.run(environment, withDir(args));
    }

    CliRun run(String... args) {
        return run(Map.of(), args);
    }

    String[] withDir(String... args) {
        List<String> all = new ArrayList<>(List.of("-C", dir.toString()));
        all.addAll(List.of(args));
        return all.toArray(String[]::new);
    }

    private static void copy(String fixture, Path into) {
        URL root = Project.class.getClassLoader().getResource("projects/" + fixture);
        if (root == null) throw new IllegalArgumentException("no fixture project " + fixture);
        try (Stream<Path> files = Files.walk(Path.of(root.toURI()))) {
            Path from = Path.of(root.toURI());
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path target = into.resolve(from.relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
