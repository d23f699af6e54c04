package io.migrata.runner.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Compiled migrations under {@code <cache>/compiled/<key>/}, where the key is a SHA-256 of every
 * source (path and content), the class path they compile against (a jar by path, size and time; a
 * class directory by each file's path, size and time) and the Java feature release. A directory
 * appears by an atomic rename only when complete, so concurrent runners never read half a cache
 * and the loser of a race just drops its copy. Only the few most recently used entries are kept.
 */
final class CompileCache {

    private static final String INDEX = "migrations.index";
    private static final int KEPT_ENTRIES = 5;

    private final Path root;

    CompileCache(Path cacheDirectory) {
        this.root = cacheDirectory.resolve("compiled");
    }

    static String key(Path versions, List<Path> sources, List<Path> classpath) {
        MessageDigest digest = sha256();
        update(digest, "migrata-compile 1\njava " + Runtime.version().feature() + "\n");
        try {
            for (Path entry : classpath) update(digest, identity(entry));
            Path base = versions.toAbsolutePath().normalize();
            for (Path source : sources) {
                byte[] content = Files.readAllBytes(source);
                update(digest, "source " + base.relativize(source.toAbsolutePath().normalize()) + " " + content.length + "\n");
                digest.update(content);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the migration sources in " + versions, e);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** The compiled classes' directory and its index (class name to source file), when the key is cached. */
    Optional<Entry> find(String key) {
        Path directory = root.resolve(key);
        Path index = directory.resolve(INDEX);
        if (!Files.isRegularFile(index)) return Optional.empty();
        try {
            Map<String, String> migrations = new LinkedHashMap<>();
            for (String line : Files.readAllLines(index, StandardCharsets.UTF_8)) {
                if (line.isBlank()) continue;
                int tab = line.indexOf('\t');
                migrations.put(line.substring(0, tab), line.substring(tab + 1));
            }
            Files.setLastModifiedTime(index, FileTime.from(Instant.now()));
            return Optional.of(new Entry(directory, migrations));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * Writes the classes and the index of migration classes. The cache only saves time, so a
     * directory that cannot be written is left alone and the command goes on.
     */
    void store(String key, Map<String, byte[]> classes, Map<String, String> migrations) {
        Path directory = root.resolve(key);
        Path temporary = root.resolve(key + ".tmp-" + UUID.randomUUID());
        try {
            for (Map.Entry<String, byte[]> file : classes.entrySet()) {
                Path target = temporary.resolve(file.getKey().replace('.', '/') + ".class");
                Files.createDirectories(target.getParent());
                Files.write(target, file.getValue());
            }
            StringBuilder index = new StringBuilder();
            migrations.forEach((name, source) -> index.append(name).append('\t').append(source).append('\n'));
            Files.createDirectories(temporary);
            Files.writeString(temporary.resolve(INDEX), index, StandardCharsets.UTF_8);
            Files.move(temporary, directory, StandardCopyOption.ATOMIC_MOVE);
            prune(directory);
        } catch (IOException e) {
            deleteQuietly(temporary);
        }
    }

    private void prune(Path keep) throws IOException {
        List<Path> entries;
        try (Stream<Path> children = Files.list(root)) {
            entries = new ArrayList<>(children.filter(p -> Files.isRegularFile(p.resolve(INDEX))).toList());
        }
        entries.remove(keep);
        entries.sort(Comparator.comparing(CompileCache::lastUsed).reversed());
        for (Path old : entries.subList(Math.min(KEPT_ENTRIES - 1, entries.size()), entries.size())) deleteQuietly(old);
    }

    private static FileTime lastUsed(Path entry) {
        try {
            return Files.getLastModifiedTime(entry.resolve(INDEX));
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }

    private static void deleteQuietly(Path directory) {
        if (!Files.exists(directory)) return;
        try (Stream<Path> walk = Files.walk(directory)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(path);
        } catch (IOException | UncheckedIOException e) {
            // Another runner may be deleting the same entry; what is left goes at the next prune.
        }
    }

    private static String identity(Path entry) throws IOException {
        if (Files.isDirectory(entry)) {
            StringBuilder text = new StringBuilder("dir " + entry.toAbsolutePath() + "\n");
            try (Stream<Path> walk = Files.walk(entry)) {
                for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                    text.append(entry.relativize(file)).append(' ').append(Files.size(file)).append(' ')
                            .append(Files.getLastModifiedTime(file).toMillis()).append('\n');
                }
            }
            return text.toString();
        }
        if (Files.isRegularFile(entry)) {
            return "file " + entry.toAbsolutePath() + " " + Files.size(entry) + " "
                    + Files.getLastModifiedTime(entry).toMillis() + "\n";
        }
        return "missing " + entry.toAbsolutePath() + "\n";
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static void update(MessageDigest digest, String text) {
        digest.update(text.getBytes(StandardCharsets.UTF_8));
    }

    /** A complete cache entry: the class directory and the migration classes in it with their source files. */
    record Entry(Path classes, Map<String, String> migrations) {
    }
}
