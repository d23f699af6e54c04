package io.migrata.workflow.replay;

import io.migrata.introspect.PostgresIntrospector;
import io.migrata.runner.Migrator;
import io.migrata.schema.SchemaModel;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * What a migration history builds, kept between commands in {@code .migrata/replayed/}, so that
 * {@code check}, {@code revision --against head}, {@code drift} and {@code diff} against the
 * migrations do not replay an unchanged history on a scratch database every time.
 *
 * <p>An entry's key is a SHA-256 of everything the result depends on: the path and content of
 * every file in the versions directory, the targets replayed to, the version tables' schema, the
 * PostgreSQL major version of the server it is built on, and this Migrata build (the jars or class
 * directories of the stages that replay and read a schema). Any edit, added or removed revision,
 * other server major or other Migrata build is another key, so a stale entry is never read; it is
 * simply never asked for again. Files appear by an atomic rename, so concurrent commands read a
 * complete entry or none; the {@link #KEPT} most recently used stay.
 */
public final class ReplayCache {

    public static final String DIRECTORY = "replayed";
    private static final String FORMAT = "migrata-replay 1\n";
    private static final int KEPT = 20;
    private static final Duration TOUCH_AFTER = Duration.ofHours(1);

    private final Path root;

    /** @param cacheDirectory the project's cache directory ({@code .migrata}) */
    public ReplayCache(Path cacheDirectory) {
        this(cacheDirectory, DIRECTORY);
    }

    /** Entries of another kind, in a directory of their own under the cache directory ({@link EntityModelCache}). */
    ReplayCache(Path cacheDirectory, String directory) {
        this.root = cacheDirectory.resolve(directory);
    }

    /**
     * The key of one result of a history.
     *
     * @param what        what is kept: the targets of a scratch replay, or a name for another result
     * @param serverMajor the server it is built on; 0 for a result that needs none
     */
    public static String key(Path versions, String versionSchema, int serverMajor, List<String> what) {
        return key(BUILD, versions, versionSchema, serverMajor, what);
    }

    static String key(String build, Path versions, String versionSchema, int serverMajor, List<String> what) {
        MessageDigest digest = sha256();
        StringBuilder text = new StringBuilder(FORMAT).append("build ").append(build).append('\n')
                .append("server ").append(serverMajor).append('\n').append("version schema ").append(versionSchema).append('\n');
        for (String item : what) text.append("target ").append(item).append('\n');
        digest.update(text.toString().getBytes(StandardCharsets.UTF_8));
        Path base = versions.toAbsolutePath().normalize();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(base)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException | UncheckedIOException e) {
            files = List.of();
        }
        try {
            for (Path file : files) {
                byte[] content = Files.readAllBytes(file);
                digest.update(("file " + base.relativize(file) + " " + content.length + "\n").getBytes(StandardCharsets.UTF_8));
                digest.update(content);
            }
        } catch (IOException e) {
            // An unreadable file: a key of its own that nothing stores, so the command replays and
            // reports the file the way it always does.
            digest.update(("unreadable " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    public Optional<ReplayedSchema> findSchema(String key) {
        return find(key, ReplayedSchema.class);
    }

    public Optional<HistoryOwnership> findOwnership(String key) {
        return find(key, HistoryOwnership.class);
    }

    /** Keeps a result; the cache only saves time, so a directory that cannot be written is passed over. */
    public void store(String key, Record value) {
        Path file = root.resolve(key);
        Path temporary = root.resolve(key + ".tmp-" + UUID.randomUUID());
        try {
            Files.createDirectories(root);
            try (OutputStream raw = Files.newOutputStream(temporary);
                 DataOutputStream out = new DataOutputStream(new BufferedOutputStream(raw, 1 << 16))) {
                RecordCodec.write(out, value);
            }
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            prune();
        } catch (IOException | IllegalArgumentException e) {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException ignored) {
                // left for the next prune
            }
        }
    }

    /** An entry of any kind kept with {@link #store}; empty when there is none, or it holds something else. */
    public <T extends Record> Optional<T> find(String key, Class<T> type) {
        Path file = root.resolve(key);
        if (!Files.isRegularFile(file)) return Optional.empty();
        try (InputStream raw = Files.newInputStream(file);
             DataInputStream in = new DataInputStream(new BufferedInputStream(raw, 1 << 16))) {
            Object value = RecordCodec.read(in);
            if (!type.isInstance(value)) return Optional.empty();
            if (Files.getLastModifiedTime(file).toInstant().isBefore(Instant.now().minus(TOUCH_AFTER))) {
                Files.setLastModifiedTime(file, FileTime.from(Instant.now()));
            }
            return Optional.of(type.cast(value));
        } catch (IOException | RuntimeException e) {
            // A file this build cannot read is as good as none: the command replays and writes it anew.
            return Optional.empty();
        }
    }

    private void prune() throws IOException {
        List<Path> entries;
        try (Stream<Path> children = Files.list(root)) {
            entries = new ArrayList<>(children.filter(Files::isRegularFile).toList());
        }
        if (entries.size() <= KEPT) return;
        entries.sort(Comparator.comparing(ReplayCache::lastModified).reversed());
        for (Path old : entries.subList(KEPT, entries.size())) Files.deleteIfExists(old);
    }

    private static FileTime lastModified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }

    /** This build of the stages a replayed schema depends on: each one's jar or class directory. */
    static final String BUILD = build(List.of(SchemaModel.class, Migrator.class, PostgresIntrospector.class,
            ReplayCache.class));

    static String build(List<Class<?>> stages) {
        StringBuilder text = new StringBuilder();
        for (Class<?> stage : stages) {
            CodeSource source = stage.getProtectionDomain().getCodeSource();
            Package pkg = stage.getPackage();
            text.append(stage.getName()).append(' ').append(pkg == null ? null : pkg.getImplementationVersion()).append(' ');
            try {
                Path location = source == null ? null : Path.of(source.getLocation().toURI());
                text.append(location == null ? "unknown" : identity(location)).append('\n');
            } catch (URISyntaxException | IOException | UncheckedIOException | IllegalArgumentException e) {
                // Without a way to tell builds apart, every run is its own: nothing is ever reused.
                text.append(UUID.randomUUID()).append('\n');
            }
        }
        return HexFormat.of().formatHex(sha256().digest(text.toString().getBytes(StandardCharsets.UTF_8)));
    }

    private static String identity(Path location) throws IOException {
        if (!Files.isDirectory(location)) {
            return location + " " + Files.size(location) + " " + Files.getLastModifiedTime(location).toMillis();
        }
        // A class directory of a build: what a rebuild changes is the files' sizes and times.
        long count = 0;
        long size = 0;
        long newest = 0;
        try (Stream<Path> walk = Files.walk(location)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                count++;
                size += Files.size(file);
                newest = Math.max(newest, Files.getLastModifiedTime(file).toMillis());
            }
        }
        return location + " " + count + " " + size + " " + newest;
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
