package io.migrata.runner.sql;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The schema pairs under {@code src/test/resources/roundtrip}: one directory each, with {@code a.sql} and {@code b.sql}. */
final class RoundTripPairs {

    /**
     * One pair: its directory name ({@code 007-text-to-integer-needs-using}), both schemas, and
     * the known issue that keeps it from passing ({@code known-issue.txt}: what goes wrong and
     * whose fix it needs, then a line {@code expect: <text the failure contains>}), or null; and the
     * conversions a user would give for type changes PostgreSQL cannot make by itself
     * ({@code using.txt}: lines {@code up public.t.c=EXPR} or {@code down public.t.c=EXPR}), or none.
     */
    record Pair(String name, String a, String b, String knownIssue, List<String> conversions) {
        @Override
        public String toString() {
            return name;
        }
    }

    private RoundTripPairs() {
    }

    static List<Pair> all() {
        try (Stream<Path> dirs = Files.list(root())) {
            return dirs.filter(Files::isDirectory).sorted().map(RoundTripPairs::load).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text a known issue's failure message must contain. */
    static String expectedFailure(Pair pair) {
        return pair.knownIssue().lines().filter(line -> line.startsWith("expect: ")).findFirst()
                .map(line -> line.substring("expect: ".length()).strip())
                .orElseThrow(() -> new IllegalStateException(pair.name() + "/known-issue.txt has no 'expect: ' line"));
    }

    static Pair named(String name) {
        return all().stream().filter(p -> p.name().endsWith("-" + name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no round-trip pair named " + name));
    }

    private static Pair load(Path dir) {
        try {
            Path issue = dir.resolve("known-issue.txt");
            Path using = dir.resolve("using.txt");
            return new Pair(dir.getFileName().toString(), Files.readString(dir.resolve("a.sql"), StandardCharsets.UTF_8),
                    Files.readString(dir.resolve("b.sql"), StandardCharsets.UTF_8),
                    Files.exists(issue) ? Files.readString(issue, StandardCharsets.UTF_8) : null,
                    Files.exists(using) ? Files.readAllLines(using, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).toList()
                            : List.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path root() {
        try {
            return Path.of(RoundTripPairs.class.getResource("/roundtrip").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
