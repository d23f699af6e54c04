package io.migrata.cli.e2e;

import io.migrata.examples.hedera.User;
import io.migrata.testing.TestDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * A copy of examples/hedera-flow in a temporary directory: its migrata.properties (the entity
 * class path made absolute) and its migration history, so a test may add, break or edit
 * revisions and entities without touching the repository.
 */
record HederaProject(Path dir) {

    static final Path EXAMPLE = Path.of("..", "examples", "hedera-flow").toAbsolutePath().normalize();
    static final String ENTITIES = "io.migrata.examples.hedera";
    static final String EDITED_ENTITIES = "edited.hedera";

    /** The compiled entities of the example, as the test class path has them (a directory or a jar). */
    static Path exampleClasses() {
        try {
            return Path.of(User.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static HederaProject copy(Path dir) {
        HederaProject project = new HederaProject(dir);
        project.write("migrata.properties", """
                migrata.versions.directory=migrations/versions
                migrata.migrations.package=io.migrata.examples.hedera.migrations
                migrata.entities.packages=%s
                migrata.entities.classpath=%s
                migrata.entities.naming=spring-boot
                """.formatted(ENTITIES, exampleClasses()));
        copyTree(EXAMPLE.resolve("migrations/versions"), project.versions());
        return project;
    }

    /** The environment of a command on {@code db}: its URL, and its server for scratch databases. */
    static Map<String, String> environment(TestDatabase db) {
        return Map.of("DATABASE_URL", db.urlWithCredentials(), "MIGRATA_DEV_URL", devUrl(db));
    }

    static String devUrl(TestDatabase db) {
        String url = db.server().urlFor("postgres");
        return url + (url.contains("?") ? "&" : "?") + "user=" + db.user()
                + (db.password() == null ? "" : "&password=" + db.password());
    }

    Path versions() {
        return dir.resolve("migrations/versions");
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

    /** Writes a migration class into the versions directory. */
    void writeRevision(String className, String source) {
        write("migrations/versions/" + className + ".java", source);
    }

    /** The revision files, by name. */
    List<String> versionFiles() {
        try (Stream<Path> files = Files.list(versions())) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The source of the one version file whose name contains {@code part}. */
    String revisionSource(String part) {
        String name = versionFiles().stream().filter(n -> n.contains(part)).findFirst().orElseThrow();
        try {
            return Files.readString(versions().resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Copies the example's entity sources, lets {@code edit} change the one named, compiles them
     * into {@code classes/} of this project and points migrata.entities.classpath there.
     */
    void changeEntity(String simpleName, UnaryOperator<String> edit) {
        Path sources = copyEntitySources();
        Path entity = sources.resolve(EDITED_ENTITIES.replace('.', '/')).resolve(simpleName + ".java");
        try {
            String before = Files.readString(entity);
            String after = edit.apply(before);
            if (after.equals(before)) throw new IllegalArgumentException("the edit changes nothing in " + simpleName);
            Files.writeString(entity, after);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        compileEntities(sources);
    }

    /**
     * Compiles the example's entities into {@code classes/} of this project, then cuts the class
     * file of the one named to its first {@code keptBytes} bytes, as an interrupted build leaves it.
     *
     * @return the truncated class file
     */
    Path truncateEntityClass(String simpleName, int keptBytes) {
        Path classes = compileEntities(copyEntitySources());
        Path file = classes.resolve(EDITED_ENTITIES.replace('.', '/')).resolve(simpleName + ".class");
        try {
            byte[] bytes = Files.readAllBytes(file);
            Files.write(file, Arrays.copyOf(bytes, Math.min(keptBytes, bytes.length - 1)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /**
     * The example's entity sources moved to {@link #EDITED_ENTITIES}: a command run in this JVM
     * loads entities through a class loader whose parent holds the example's own classes, which
     * would win over edited classes of the same names.
     */
    private Path copyEntitySources() {
        Path sources = dir.resolve("entities-src");
        Path from = EXAMPLE.resolve("src/main/java").resolve(ENTITIES.replace('.', '/'));
        Path into = sources.resolve(EDITED_ENTITIES.replace('.', '/'));
        try (Stream<Path> files = Files.list(from)) {
            Files.createDirectories(into);
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Files.writeString(into.resolve(file.getFileName().toString()), Files.readString(file)
                        .replace("package " + ENTITIES + ";", "package " + EDITED_ENTITIES + ";"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sources;
    }

    private Path compileEntities(Path sources) {
        try {
            Path classes = dir.resolve("classes");
            Files.createDirectories(classes);
            List<String> arguments = new ArrayList<>(List.of("-d", classes.toString(), "-classpath",
                    System.getProperty("java.class.path"), "-proc:none", "-nowarn"));
            try (Stream<Path> files = Files.walk(sources)) {
                files.filter(p -> p.toString().endsWith(".java")).forEach(p -> arguments.add(p.toString()));
            }
            JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
            if (javac.run(null, null, null, arguments.toArray(String[]::new)) != 0) {
                throw new IllegalStateException("the entities do not compile");
            }
            String settings = Files.readString(dir.resolve("migrata.properties"));
            write("migrata.properties", settings.replace(exampleClasses().toString(), classes.toString())
                    .replace("migrata.entities.packages=" + ENTITIES, "migrata.entities.packages=" + EDITED_ENTITIES));
            return classes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copyTree(Path from, Path into) {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path target = into.resolve(from.relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
