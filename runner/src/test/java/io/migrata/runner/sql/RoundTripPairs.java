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

    /** One pair: its directory name ({@code 007-text-to-integer-needs-using}) and both schemas. */
    record Pair(String name, String a, String b) {
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

    static Pair named(String name) {
        return all().stream().filter(p -> p.name().endsWith("-" + name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no round-trip pair named " + name));
    }

    private static Pair load(Path dir) {
        try {
            return new Pair(dir.getFileName().toString(), Files.readString(dir.resolve("a.sql"), StandardCharsets.UTF_8),
                    Files.readString(dir.resolve("b.sql"), StandardCharsets.UTF_8));
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
