package io.migrata.cli.init;

import io.migrata.workflow.config.ConfigurationException;
import io.migrata.workflow.config.ProjectSettings;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The files {@code migrata init} writes into a project: {@code migrata.properties} with every
 * setting explained, {@code .env.example}, and the versions directory. It never overwrites: when
 * a file it would write exists, it writes nothing.
 *
 * <pre>{@code
 * List<Path> created = ProjectTemplate.write(projectDir, ProjectTemplate.Choices.defaults());
 * }</pre>
 */
public final class ProjectTemplate {

    public static final String ENV_EXAMPLE_FILE = ".env.example";

    /**
     * What {@code init} fills in; empty lists and a null naming leave the keys commented out.
     */
    public record Choices(String versionsDirectory, String migrationsPackage, List<String> entityPackages,
                          List<String> entityClasspath, String naming) {

        public Choices {
            Objects.requireNonNull(versionsDirectory, "versionsDirectory");
            Objects.requireNonNull(migrationsPackage, "migrationsPackage");
            entityPackages = List.copyOf(entityPackages);
            entityClasspath = List.copyOf(entityClasspath);
        }
    }

    private ProjectTemplate() {
    }

    /**
     * @return what was created, relative to the project directory, in the order written
     * @throws ConfigurationException when {@code migrata.properties} or {@code .env.example} exists
     */
    public static List<Path> write(Path projectDir, Choices choices) {
        Path properties = projectDir.resolve(ProjectSettings.PROPERTIES_FILE);
        Path envExample = projectDir.resolve(ENV_EXAMPLE_FILE);
        for (Path file : List.of(properties, envExample)) {
            if (Files.exists(file)) throw exists(projectDir, file);
        }
        Path versions = projectDir.resolve(choices.versionsDirectory()).normalize();
        List<Path> created = new ArrayList<>();
        try {
            create(properties, fill(template("migrata.properties.template"), choices));
            created.add(projectDir.relativize(properties));
            create(envExample, template("env.example.template"));
            created.add(projectDir.relativize(envExample));
            if (!Files.isDirectory(versions)) {
                Files.createDirectories(versions);
                created.add(projectDir.relativize(versions));
            }
        } catch (FileAlreadyExistsException e) {
            throw exists(projectDir, Path.of(e.getFile()));
        } catch (IOException e) {
            throw new ConfigurationException("cannot write to " + projectDir + ": " + e.getMessage()
                    + " (make it a writable directory, or pick another with -C)", e);
        }
        return created;
    }

    private static ConfigurationException exists(Path projectDir, Path file) {
        return new ConfigurationException(projectDir.relativize(file) + " exists already in " + projectDir
                + " (init writes nothing over existing files: edit it, or remove it and run init again)");
    }

    private static void create(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    }

    private static String fill(String template, Choices choices) {
        Map<String, String> values = Map.of(
                "${versionsDirectory}", escape(choices.versionsDirectory()),
                "${migrationsPackage}", escape(choices.migrationsPackage()),
                "${entitiesPackages}", line("migrata.entities.packages", choices.entityPackages(), "com.example.domain"),
                "${entitiesClasspath}", line("migrata.entities.classpath", choices.entityClasspath(), "target/classes"),
                "${entitiesNaming}", choices.naming() == null ? "#migrata.entities.naming=hibernate"
                        : "migrata.entities.naming=" + escape(choices.naming()));
        String filled = template;
        for (Map.Entry<String, String> value : values.entrySet()) filled = filled.replace(value.getKey(), value.getValue());
        return filled;
    }

    /** The key with the given values, or commented out with an example when there are none. */
    private static String line(String key, List<String> values, String example) {
        if (values.isEmpty()) return "#" + key + "=" + example;
        return key + "=" + escape(String.join(",", values));
    }

    /** A value as a properties file must spell it: backslashes doubled, leading blanks kept. */
    private static String escape(String value) {
        String escaped = value.replace("\\", "\\\\");
        return escaped.startsWith(" ") ? "\\" + escaped : escaped;
    }

    private static String template(String name) {
        try (InputStream in = ProjectTemplate.class.getResourceAsStream("/io/migrata/cli/init/" + name)) {
            if (in == null) throw new IllegalStateException("missing resource " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
