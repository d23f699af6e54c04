package io.migrata.workflow.replay;

import io.migrata.runner.graph.RevisionGraph;
import io.migrata.runner.graph.RevisionNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The hash of what a prefix of a history builds on a server, for the scratch templates: a set of
 * revisions closed under their parents, each one's source file by path and content, every file in
 * the versions directory that is no revision's source (code the revisions may call), the version
 * tables' schema, the server's major version and this Migrata build. A history that only gained
 * revisions has the same hash for the prefix it shares with its earlier self; an edit of any
 * revision in the prefix, or of any other file, changes it.
 */
public final class HistoryPrefixes {

    private static final String FORMAT = "migrata-prefix 1\n";

    private final String common;
    private final Map<String, String> revisions;

    private HistoryPrefixes(String common, Map<String, String> revisions) {
        this.common = common;
        this.revisions = revisions;
    }

    /**
     * Empty when a revision has no source file in {@code versions} (compiled classes) or a file
     * cannot be read: then no prefix can be told apart from an edited one.
     */
    public static Optional<HistoryPrefixes> of(Path versions, String versionSchema, int serverMajor, RevisionGraph graph) {
        return of(ReplayCache.BUILD, versions, versionSchema, serverMajor, graph);
    }

    static Optional<HistoryPrefixes> of(String build, Path versions, String versionSchema, int serverMajor,
                                        RevisionGraph graph) {
        Path base = versions.toAbsolutePath().normalize();
        try {
            Map<Path, String> digests = new HashMap<>();
            Map<String, String> revisions = new HashMap<>();
            for (RevisionNode node : graph.revisions()) {
                if (node.origin() == null) return Optional.empty();
                Path file = Path.of(node.origin()).toAbsolutePath().normalize();
                if (!file.startsWith(base) || !Files.isRegularFile(file)) return Optional.empty();
                String digest = digests.get(file);
                if (digest == null) {
                    digest = digest(base, file);
                    digests.put(file, digest);
                }
                revisions.put(node.id(), digest);
            }
            List<Path> others;
            try (Stream<Path> walk = Files.walk(base)) {
                others = walk.filter(Files::isRegularFile).filter(f -> !digests.containsKey(f)).sorted().toList();
            }
            StringBuilder text = new StringBuilder(FORMAT).append("build ").append(build).append('\n')
                    .append("server ").append(serverMajor).append('\n').append("version schema ").append(versionSchema).append('\n');
            for (Path other : others) text.append("other ").append(digest(base, other)).append('\n');
            return Optional.of(new HistoryPrefixes(text.toString(), revisions));
        } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The hash (hex) of the prefix made of {@code prefix}, which must be revisions of the graph. */
    public String hash(Collection<String> prefix) {
        List<String> ids = new ArrayList<>(new HashSet<>(prefix));
        ids.sort(null);
        MessageDigest digest = ReplayCache.sha256();
        digest.update(common.getBytes(StandardCharsets.UTF_8));
        for (String id : ids) {
            String file = revisions.get(id);
            if (file == null) throw new IllegalArgumentException("no revision " + id);
            digest.update(("revision " + id.length() + " " + id + " " + file + "\n").getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static String digest(Path base, Path file) throws IOException {
        MessageDigest digest = ReplayCache.sha256();
        digest.update((base.relativize(file).toString() + "\n").getBytes(StandardCharsets.UTF_8));
        digest.update(Files.readAllBytes(file));
        return HexFormat.of().formatHex(digest.digest());
    }
}
