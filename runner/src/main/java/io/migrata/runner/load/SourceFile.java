package io.migrata.runner.load;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A migration source as read once: its path, its path relative to the versions directory (with
 * {@code /} separators), its bytes, the identifiers its text uses and the type names it declares
 * (what follows {@code class}, {@code interface}, {@code enum} or {@code record}). Both name sets
 * may hold more than Java would see (words in comments and strings): they decide what to compile
 * again, where too much costs time and too little would load stale classes.
 */
record SourceFile(Path path, String relative, byte[] content, Set<String> identifiers, Set<String> declared) {

    /** @param files the versions directory's files, whose bytes were read as it was listed */
    static List<SourceFile> readAll(Path versions, List<Path> paths, VersionFiles files) {
        Path base = versions.toAbsolutePath().normalize();
        List<SourceFile> sources = new ArrayList<>();
        for (Path path : paths) {
            byte[] content = files.content(path);
            String relative = base.relativize(path.toAbsolutePath().normalize()).toString().replace('\\', '/');
            Set<String> identifiers = new HashSet<>();
            Set<String> declared = new HashSet<>();
            scan(new String(content, StandardCharsets.UTF_8), identifiers, declared);
            declared.add(stem(path));
            sources.add(new SourceFile(path, relative, content, Set.copyOf(identifiers), Set.copyOf(declared)));
        }
        return sources;
    }

    private static void scan(String text, Set<String> identifiers, Set<String> declared) {
        String previous = "";
        int i = 0;
        while (i < text.length()) {
            if (!Character.isJavaIdentifierStart(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < text.length() && Character.isJavaIdentifierPart(text.charAt(i))) i++;
            String word = text.substring(start, i);
            identifiers.add(word);
            if (DECLARING.contains(previous)) declared.add(word);
            previous = word;
        }
    }

    private static final Set<String> DECLARING = Set.of("class", "interface", "enum", "record");

    private static String stem(Path path) {
        String name = path.getFileName().toString();
        return name.endsWith(".java") ? name.substring(0, name.length() - 5) : name;
    }

    /** Whether this source uses a type the other one declares. */
    boolean uses(SourceFile other) {
        if (other.path.equals(path)) return false;
        for (String name : other.declared) {
            if (identifiers.contains(name)) return true;
        }
        return false;
    }

    // Records compare arrays by identity; a source is one file, so its path is its identity.
    @Override
    public boolean equals(Object other) {
        return other instanceof SourceFile source && source.path.equals(path);
    }

    @Override
    public int hashCode() {
        return path.hashCode();
    }

    @Override
    public String toString() {
        return relative + " (" + content.length + " bytes)";
    }
}
