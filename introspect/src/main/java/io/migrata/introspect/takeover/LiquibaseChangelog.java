package io.migrata.introspect.takeover;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The change sets a Liquibase change log declares, with its includes followed: XML change logs,
 * YAML ones in the shape Liquibase documents (a {@code databaseChangeLog} list of
 * {@code changeSet}, {@code include} and {@code includeAll} entries), and formatted SQL
 * ({@code --changeset author:id}). A path in an include is relative to the including file when it
 * says {@code relativeToChangelogFile}, else to the search root: the {@code src/main/resources}
 * the master change log is under, or the master's own directory.
 */
final class LiquibaseChangelog {

    /** A change set as Liquibase tells them apart in its table: by id and author. */
    record ChangeSet(String id, String author, Path file) {
        String key() {
            return id + "::" + author;
        }
    }

    private static final Pattern SQL_CHANGESET = Pattern.compile("--\\s*changeset\\s+([^:\\s]+):(\\S+).*", Pattern.CASE_INSENSITIVE);
    private static final Pattern YAML_ENTRY = Pattern.compile("(\\s*)-\\s*(changeSet|include|includeAll)\\s*:\\s*");
    private static final Pattern YAML_FIELD = Pattern.compile("(\\s*)([A-Za-z]+)\\s*:\\s*(.*?)\\s*");

    private final Path root;
    private final Set<Path> read = new LinkedHashSet<>();
    private final List<ChangeSet> changeSets = new ArrayList<>();

    private LiquibaseChangelog(Path root) {
        this.root = root;
    }

    /** @throws IllegalArgumentException naming the file, for a change log that cannot be read */
    static List<ChangeSet> read(Path master) {
        Path absolute = master.toAbsolutePath().normalize();
        LiquibaseChangelog changelog = new LiquibaseChangelog(searchRoot(absolute));
        changelog.file(absolute);
        return List.copyOf(changelog.changeSets);
    }

    private static Path searchRoot(Path master) {
        for (Path dir = master.getParent(); dir != null; dir = dir.getParent()) {
            if (dir.endsWith(Path.of("src", "main", "resources"))) return dir;
        }
        return master.getParent();
    }

    private void file(Path file) {
        if (!read.add(file)) return;
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read the Liquibase change log " + file + ": " + e.getMessage(), e);
        }
        if (name.endsWith(".xml")) {
            xml(file);
        } else if (name.endsWith(".yaml") || name.endsWith(".yml")) {
            yaml(file, text);
        } else if (name.endsWith(".sql")) {
            sql(file, text);
        } else {
            throw new IllegalArgumentException("cannot read the Liquibase change log " + file
                    + ": only XML, YAML and formatted SQL change logs are read (give the change sets in one of those)");
        }
    }

    private void xml(Path file) {
        Element top;
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            top = factory.newDocumentBuilder().parse(file.toFile()).getDocumentElement();
        } catch (Exception e) {
            throw new IllegalArgumentException("cannot read the Liquibase change log " + file + ": " + e.getMessage(), e);
        }
        NodeList children = top.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            Node node = children.item(i);
            if (!(node instanceof Element element)) continue;
            Map<String, String> attributes = new HashMap<>();
            for (int a = 0; a < element.getAttributes().getLength(); a++) {
                Node attribute = element.getAttributes().item(a);
                attributes.put(attribute.getNodeName(), attribute.getNodeValue());
            }
            entry(file, element.getLocalName(), attributes);
        }
    }

    private void yaml(Path file, String text) {
        String kind = null;
        int indent = -1;
        Map<String, String> fields = new HashMap<>();
        for (String line : text.split("\\R")) {
            if (line.isBlank() || line.strip().startsWith("#")) continue;
            Matcher entry = YAML_ENTRY.matcher(line);
            Matcher field = YAML_FIELD.matcher(line);
            if (entry.matches()) {
                if (kind != null) entry(file, kind, fields);
                kind = entry.group(2);
                indent = -1;
                fields = new HashMap<>();
            } else if (kind != null && field.matches()) {
                int depth = field.group(1).length();
                if (indent < 0) indent = depth;
                if (depth == indent) fields.put(field.group(2), unquoted(field.group(3)));
            }
        }
        if (kind != null) entry(file, kind, fields);
    }

    private void sql(Path file, String text) {
        for (String line : text.split("\\R")) {
            Matcher changeSet = SQL_CHANGESET.matcher(line.strip());
            if (changeSet.matches()) changeSets.add(new ChangeSet(changeSet.group(2), changeSet.group(1), file));
        }
    }

    private void entry(Path file, String kind, Map<String, String> fields) {
        boolean relative = Boolean.parseBoolean(fields.getOrDefault("relativeToChangelogFile", "false"));
        Path base = relative ? file.getParent() : root;
        switch (kind) {
            case "changeSet" -> changeSets.add(new ChangeSet(fields.get("id"), fields.get("author"), file));
            case "include" -> file(base.resolve(fields.get("file")).normalize());
            case "includeAll" -> includeAll(base.resolve(fields.get("path")).normalize());
            default -> {
            }
        }
    }

    /** Liquibase includes a directory's change logs in the order of their names. */
    private void includeAll(Path directory) {
        try (Stream<Path> walk = Files.walk(directory)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
                if (name.endsWith(".xml") || name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".sql")) file(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + directory, e);
        }
    }

    private static String unquoted(String value) {
        if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"") || value.startsWith("'") && value.endsWith("'"))) {
            return value.substring(1, value.length() - 1);
        }
        return value;
    }
}
