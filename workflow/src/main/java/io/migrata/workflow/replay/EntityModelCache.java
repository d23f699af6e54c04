package io.migrata.workflow.replay;

import io.migrata.diff.SchemaDiff;
import io.migrata.entities.EntityModelReader;
import io.migrata.entities.EntitySource;
import io.migrata.introspect.PostgresIntrospector;
import io.migrata.runner.sql.PostgresSqlRenderer;
import io.migrata.schema.SchemaModel;
import io.migrata.workflow.model.LoadedModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * What the entities describe, as PostgreSQL stores it (their expressions spelled, the schema SQL
 * files on top, on a scratch database), kept between commands in {@code .migrata/entities/}:
 * booting Hibernate's metamodel and building the tables on a scratch database is most of what a
 * {@code check} or an autogenerate costs (seconds for a few hundred entities), and its result is a
 * function of inputs that are cheap to compare, so a warm run needs neither.
 *
 * <p>An entry's key is a SHA-256 of the entity source (packages, classes, naming, Hibernate
 * settings, PostgreSQL major version), this Migrata build (the jars or class directories of the
 * schema model, the entity reader, Hibernate and JPA, the diff, the SQL renderer and the introspector), the schema SQL files (names and contents),
 * the schemas read back, and the entity class path: for a directory,
 * the path, size and content of every file under it; for a jar, its path, size and modification
 * time. Any recompiled class that differs, added or removed file, rebuilt jar, other setting or
 * other Migrata build is another key. Entities read through Migrata's own class loader (no
 * configured class path) have nothing to key on and are not cached. Entries are written and
 * pruned like the {@link ReplayCache}'s.
 */
public final class EntityModelCache {

    public static final String DIRECTORY = "entities";
    private static final String FORMAT = "migrata-entities 2\n";
    private static final String BUILD = ReplayCache.build(List.of(SchemaModel.class, EntityModelReader.class,
            org.hibernate.boot.Metadata.class, jakarta.persistence.Entity.class, SchemaDiff.class, PostgresSqlRenderer.class,
            PostgresIntrospector.class, EntityModelCache.class));

    private final ReplayCache entries;

    /** @param cacheDirectory the project's cache directory ({@code .migrata}) */
    public EntityModelCache(Path cacheDirectory) {
        this.entries = new ReplayCache(cacheDirectory, DIRECTORY);
    }

    /**
     * The key of what these entities describe with these schema SQL files on top, read back in
     * these schemas; empty when there is no class path to key on, or a file cannot be read.
     */
    public static Optional<String> key(EntitySource source, List<Path> schemaSqlFiles, List<String> schemas) {
        return key(BUILD, source, schemaSqlFiles, schemas);
    }

    static Optional<String> key(String build, EntitySource source, List<Path> schemaSqlFiles, List<String> schemas) {
        if (source.classpath().isEmpty()) return Optional.empty();
        MessageDigest digest = ReplayCache.sha256();
        StringBuilder text = new StringBuilder(FORMAT);
        field(text, "build", build);
        for (String name : source.packages()) field(text, "package", name);
        for (String name : source.classes()) field(text, "class", name);
        field(text, "physical naming", String.valueOf(source.naming().physicalStrategy()));
        field(text, "implicit naming", String.valueOf(source.naming().implicitStrategy()));
        for (Map.Entry<String, String> setting : new TreeMap<>(source.settings()).entrySet()) {
            field(text, "setting", setting.getKey());
            field(text, "value", setting.getValue());
        }
        field(text, "server", String.valueOf(source.postgresMajorVersion()));
        for (String schema : schemas) field(text, "schema", schema);
        digest.update(text.toString().getBytes(StandardCharsets.UTF_8));
        try {
            for (Path file : schemaSqlFiles) {
                byte[] content = Files.readAllBytes(file);
                digest.update(("schema-sql " + file.getFileName() + " " + content.length + "\n").getBytes(StandardCharsets.UTF_8));
                digest.update(content);
            }
            for (Path entry : source.classpath()) entry(digest, entry.toAbsolutePath().normalize());
        } catch (IOException | UncheckedIOException e) {
            // The reader will report the file; without its content there is no key.
            return Optional.empty();
        }
        return Optional.of(HexFormat.of().formatHex(digest.digest()));
    }

    public Optional<LoadedModel> find(String key) {
        return entries.find(key, LoadedModel.class);
    }

    /** Keeps a result; a cache directory that cannot be written is passed over. */
    public void store(String key, LoadedModel entities) {
        entries.store(key, entities);
    }

    /** Lengths first, so no two different sources spell the same text. */
    private static void field(StringBuilder text, String name, String value) {
        text.append(name).append(' ').append(value.length()).append(' ').append(value).append('\n');
    }

    private static void entry(MessageDigest digest, Path entry) throws IOException {
        if (!Files.isDirectory(entry)) {
            // A jar is rebuilt, not edited in place: a new build gives it a new size or time.
            String line = "jar " + entry + " " + Files.size(entry) + " " + Files.getLastModifiedTime(entry).toMillis() + "\n";
            digest.update(line.getBytes(StandardCharsets.UTF_8));
            return;
        }
        // A class directory is rewritten by every compile, also where nothing changed: its content is the key.
        List<Path> files;
        try (Stream<Path> walk = Files.walk(entry)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        digest.update(("directory " + entry + "\n").getBytes(StandardCharsets.UTF_8));
        for (Path file : files) {
            byte[] content = Files.readAllBytes(file);
            digest.update(("file " + entry.relativize(file) + " " + content.length + "\n").getBytes(StandardCharsets.UTF_8));
            digest.update(content);
        }
    }
}
