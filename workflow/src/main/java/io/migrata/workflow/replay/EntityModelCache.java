package io.migrata.workflow.replay;

import io.migrata.entities.EntityModel;
import io.migrata.entities.EntityModelReader;
import io.migrata.entities.EntitySource;
import io.migrata.schema.SchemaModel;
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
 * What the entities describe, kept between commands in {@code .migrata/entities/}: booting
 * Hibernate's metamodel is most of what a {@code check} or an autogenerate costs (seconds for a few
 * hundred entities), and its result is a function of inputs that are cheap to compare.
 *
 * <p>An entry's key is a SHA-256 of the entity source (packages, classes, naming, Hibernate
 * settings, PostgreSQL major version), this Migrata build (the jars or class directories of the
 * schema model, the entity reader, Hibernate and JPA), and the entity class path: for a directory,
 * the path, size and content of every file under it; for a jar, its path, size and modification
 * time. Any recompiled class that differs, added or removed file, rebuilt jar, other setting or
 * other Migrata build is another key. Entities read through Migrata's own class loader (no
 * configured class path) have nothing to key on and are not cached. Entries are written and
 * pruned like the {@link ReplayCache}'s.
 */
public final class EntityModelCache {

    public static final String DIRECTORY = "entities";
    private static final String FORMAT = "migrata-entities 1\n";
    private static final String BUILD = ReplayCache.build(List.of(SchemaModel.class, EntityModelReader.class,
            org.hibernate.boot.Metadata.class, jakarta.persistence.Entity.class, EntityModelCache.class));

    private final ReplayCache entries;

    /** @param cacheDirectory the project's cache directory ({@code .migrata}) */
    public EntityModelCache(Path cacheDirectory) {
        this.entries = new ReplayCache(cacheDirectory, DIRECTORY);
    }

    /** The key of what these entities describe; empty when there is no class path to key on, or a file cannot be read. */
    public static Optional<String> key(EntitySource source) {
        return key(BUILD, source);
    }

    static Optional<String> key(String build, EntitySource source) {
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
        digest.update(text.toString().getBytes(StandardCharsets.UTF_8));
        try {
            for (Path entry : source.classpath()) entry(digest, entry.toAbsolutePath().normalize());
        } catch (IOException | UncheckedIOException e) {
            // The reader will report the file; without its content there is no key.
            return Optional.empty();
        }
        return Optional.of(HexFormat.of().formatHex(digest.digest()));
    }

    public Optional<EntityModel> find(String key) {
        return entries.find(key, EntityModel.class);
    }

    /** Keeps a result; a cache directory that cannot be written is passed over. */
    public void store(String key, EntityModel entities) {
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
