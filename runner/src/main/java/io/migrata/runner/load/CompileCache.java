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
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Compiled migrations, one entry per source file: {@code <cache>/compiled/<key>/}, where the key
 * is a SHA-256 of the source's path and content, of the class path it compiles against (a jar by
 * path, size and time; a class directory by each file's path, size and time, which covers
 * {@code migrata-schema} itself), of the Java feature release and of the contents of the sources
 * it uses (see {@link #keys}). So the first run after one of a hundred sources was edited
 * compiles that one (and those that use a class of it), and a branch switch back finds its
 * entries still there.
 *
 * <p>An entry appears by an atomic rename only when complete, so concurrent runners never read
 * half of one and the loser of a race just drops its copy. Entries no run has used for
 * {@link #UNUSED_FOR} go, and beyond {@link #KEPT_PER_SOURCE} times the current number of
 * sources, the least recently used.
 */
final class CompileCache {

    private static final String INDEX = "classes.index";
    private static final String KEY_FORMAT = "migrata-compile 3\n";
    private static final Duration UNUSED_FOR = Duration.ofDays(30);
    private static final int KEPT_PER_SOURCE = 4;
    /** A use refreshes the entry's time only when it is older than this, so warm runs write nothing. */
    private static final Duration TOUCH_AFTER = Duration.ofHours(1);

    private final Path root;

    CompileCache(Path cacheDirectory) {
        this.root = cacheDirectory.resolve("compiled");
    }

    /** What every source's key shares: the class path's identity and the Java release. */
    static String classpathIdentity(List<Path> classpath) {
        StringBuilder text = new StringBuilder(KEY_FORMAT).append("java ").append(Runtime.version().feature()).append('\n');
        try {
            for (Path entry : classpath) text.append(identity(entry));
        } catch (IOException | UncheckedIOException e) {
            throw new UncheckedIOException("cannot read the class path of the migration sources: " + classpath,
                    e instanceof IOException io ? io : ((UncheckedIOException) e).getCause());
        }
        return text.toString();
    }

    /**
     * Each source's key: its own path and content, the class path, and the contents of every
     * source it uses, directly or through others (a constant it inlined may live there).
     */
    static Map<SourceFile, String> keys(String classpathIdentity, List<SourceFile> sources) {
        // Hashed once: the class path's text (every jar and class file of it) is kilobytes, and
        // was hashed again into each of a hundred keys.
        String classpathHash = HexFormat.of().formatHex(sha256().digest(classpathIdentity.getBytes(StandardCharsets.UTF_8)));
        Map<SourceFile, String> contentHashes = new HashMap<>();
        for (SourceFile source : sources) contentHashes.put(source, HexFormat.of().formatHex(sha256().digest(source.content())));
        Map<SourceFile, String> keys = new LinkedHashMap<>();
        for (SourceFile source : sources) {
            Set<SourceFile> used = new TreeSet<>(Comparator.comparing(SourceFile::relative));
            Deque<SourceFile> next = new ArrayDeque<>(List.of(source));
            while (!next.isEmpty()) {
                SourceFile current = next.pop();
                for (SourceFile other : sources) {
                    if (other != source && !used.contains(other) && current.uses(other)) {
                        used.add(other);
                        next.push(other);
                    }
                }
            }
            StringBuilder text = new StringBuilder("classpath ").append(classpathHash).append('\n');
            text.append("source ").append(source.relative()).append(' ').append(contentHashes.get(source)).append('\n');
            for (SourceFile other : used) {
                text.append("uses ").append(other.relative()).append(' ').append(contentHashes.get(other)).append('\n');
            }
            keys.put(source, HexFormat.of().formatHex(sha256().digest(text.toString().getBytes(StandardCharsets.UTF_8))));
        }
        return keys;
    }

    /** The entry of a source's key, when cached. */
    Optional<Entry> find(String key) {
        Path directory = root.resolve(key);
        Path index = directory.resolve(INDEX);
        try {
            List<String> lines = Files.readAllLines(index, StandardCharsets.UTF_8);
            List<String> classes = new ArrayList<>();
            List<String> revisions = new ArrayList<>();
            for (String line : lines) {
                if (line.startsWith("class ")) classes.add(line.substring(6));
                else if (line.startsWith("revision ")) revisions.add(line.substring(9));
            }
            FileTime used = Files.getLastModifiedTime(index);
            if (used.toInstant().isBefore(Instant.now().minus(TOUCH_AFTER))) {
                Files.setLastModifiedTime(index, FileTime.from(Instant.now()));
            }
            return Optional.of(new Entry(directory, classes, revisions));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * Writes one source's classes and the index naming them and its revision classes. The cache
     * only saves time, so a directory that cannot be written is left alone and the command goes on.
     */
    void store(String key, Map<String, byte[]> classes, Set<String> revisions) {
        Path directory = root.resolve(key);
        Path temporary = root.resolve(key + ".tmp-" + UUID.randomUUID());
        try {
            StringBuilder index = new StringBuilder();
            for (Map.Entry<String, byte[]> file : classes.entrySet()) {
                Path target = temporary.resolve(file.getKey().replace('.', '/') + ".class");
                Files.createDirectories(target.getParent());
                Files.write(target, file.getValue());
                index.append("class ").append(file.getKey()).append('\n');
            }
            for (String revision : revisions) index.append("revision ").append(revision).append('\n');
            Files.createDirectories(temporary);
            Files.writeString(temporary.resolve(INDEX), index, StandardCharsets.UTF_8);
            Files.move(temporary, directory, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            deleteQuietly(temporary);
        }
    }

    /** Removes old entries once a run has stored new ones; {@code inUse} are the current sources' keys. */
    void prune(Set<String> inUse) {
        List<Path> others;
        try (Stream<Path> children = Files.list(root)) {
            others = new ArrayList<>(children.filter(p -> Files.isRegularFile(p.resolve(INDEX)))
                    .filter(p -> !inUse.contains(p.getFileName().toString())).toList());
        } catch (IOException | UncheckedIOException e) {
            return;
        }
        others.sort(Comparator.comparing(CompileCache::lastUsed).reversed());
        FileTime oldest = FileTime.from(Instant.now().minus(UNUSED_FOR));
        int kept = 0;
        for (Path entry : others) {
            if (kept < KEPT_PER_SOURCE * inUse.size() && lastUsed(entry).compareTo(oldest) > 0) kept++;
            else deleteQuietly(entry);
        }
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

    /**
     * A complete entry: the directory holding one source's class files, their binary names, and
     * which of them are {@code @Revision} classes.
     */
    record Entry(Path directory, List<String> classes, List<String> revisions) {
        Entry {
            classes = List.copyOf(classes);
            revisions = List.copyOf(revisions);
        }
    }
}
