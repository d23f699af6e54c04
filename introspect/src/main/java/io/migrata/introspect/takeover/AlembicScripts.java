package io.migrata.introspect.takeover;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The revision graph of an Alembic versions directory, read from each script's module-level
 * {@code revision} and {@code down_revision} assignments (a string, {@code None}, or a tuple of
 * strings for a merge), as Alembic's own template writes them, type annotations included.
 */
final class AlembicScripts {

    private static final Pattern REVISION = Pattern.compile("(?m)^revision\\s*(?::[^=\\n]*)?=\\s*['\"]([^'\"]+)['\"]");
    private static final Pattern DOWN_REVISION = Pattern.compile("(?m)^down_revision\\s*(?::[^=\\n]*)?=\\s*(None|\\([^)]*\\)|['\"][^'\"]*['\"])");
    private static final Pattern QUOTED = Pattern.compile("['\"]([^'\"]+)['\"]");
    private static final Pattern SCRIPT_LOCATION = Pattern.compile("(?m)^\\s*script_location\\s*=\\s*(\\S+)\\s*$");

    /** Each revision with its parents. */
    private final Map<String, List<String>> parents = new HashMap<>();

    private AlembicScripts() {
    }

    static AlembicScripts read(Path versions) {
        AlembicScripts scripts = new AlembicScripts();
        try (Stream<Path> list = Files.list(versions)) {
            for (Path file : list.filter(p -> p.getFileName().toString().endsWith(".py")).sorted().toList()) {
                String text = Files.readString(file);
                Matcher revision = REVISION.matcher(text);
                if (!revision.find()) continue;
                List<String> down = new ArrayList<>();
                Matcher downRevision = DOWN_REVISION.matcher(text);
                if (downRevision.find()) {
                    Matcher quoted = QUOTED.matcher(downRevision.group(1));
                    while (quoted.find()) down.add(quoted.group(1));
                }
                scripts.parents.put(revision.group(1), down);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read Alembic's versions directory " + versions, e);
        }
        return scripts;
    }

    /** The versions directory {@code alembic.ini} in the project names, when it is there. */
    static Optional<Path> versionsFromIni(Path project) {
        Path ini = project.resolve("alembic.ini");
        if (!Files.isRegularFile(ini)) return Optional.empty();
        try {
            Matcher location = SCRIPT_LOCATION.matcher(Files.readString(ini));
            if (!location.find()) return Optional.empty();
            String value = location.group(1).replace("%(here)s", project.toString());
            return Optional.of(project.resolve(value).resolve("versions"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + ini, e);
        }
    }

    boolean contains(String revision) {
        return parents.containsKey(revision);
    }

    boolean isEmpty() {
        return parents.isEmpty();
    }

    /** Revisions no other revision follows. */
    Set<String> heads() {
        Set<String> heads = new HashSet<>(parents.keySet());
        parents.values().forEach(heads::removeAll);
        return heads;
    }

    /** These revisions and all their ancestors. */
    Set<String> upTo(Set<String> revisions) {
        Set<String> seen = new HashSet<>();
        List<String> todo = new ArrayList<>(revisions);
        while (!todo.isEmpty()) {
            String id = todo.remove(todo.size() - 1);
            if (seen.add(id)) todo.addAll(parents.getOrDefault(id, List.of()));
        }
        return seen;
    }

    Set<String> all() {
        return parents.keySet();
    }
}
