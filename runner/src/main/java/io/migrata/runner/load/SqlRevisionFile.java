package io.migrata.runner.load;

import io.migrata.runner.graph.RevisionNode;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a revision written in SQL: a header of {@code -- key: value} comment lines naming the
 * revision, then its upgrade statements, then optionally a line {@code -- migrata:down} and the
 * statements that undo them.
 *
 * <pre>{@code
 * -- revision: 004_index_bills_by_paid_at
 * -- parents: 003_add_bill_status
 * -- message: index bills by paid_at
 * -- created: 2026-11-24T10:00:00Z
 * -- transactional: false
 * -- replaces: 002_a, 003_b        (written by migrata squash)
 *
 * CREATE INDEX CONCURRENTLY bills_paid_at_idx ON bills (paid_at);
 *
 * -- migrata:down
 * DROP INDEX CONCURRENTLY bills_paid_at_idx;
 * }</pre>
 *
 * Every file in a versions directory must be a revision, so a {@code .sql} file without the
 * header is an error rather than a file passed over: a Flyway migration ({@code V7__add_index.sql})
 * dropped into the directory would otherwise never run, and nobody would know.
 */
final class SqlRevisionFile {

    private static final Pattern HEADER_LINE = Pattern.compile("--\\s*([A-Za-z][A-Za-z_-]*)\\s*:(.*)");
    private static final Pattern FLYWAY_NAME = Pattern.compile("(?i)([VU]\\d[\\w.]*|R)__.+\\.sql");
    private static final Set<String> KEYS = Set.of("revision", "parents", "message", "created", "transactional", "baseline",
            "replaces");
    private static final Set<String> TRANSACTION_CONTROL = Set.of("begin", "start", "commit", "end", "rollback", "abort");
    static final String DOWN_MARKER_LINE = "-- " + SqlScriptSplitter.DOWN_MARKER;

    private SqlRevisionFile() {
    }

    /**
     * @param origin the file, for the revision's origin and for messages
     * @param name   the file name, to recognize another tool's file
     * @throws InvalidMigrationException naming the file and the line when it is not a revision
     */
    static SqlMigration parse(String origin, String name, String text) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        String[] lines = body.split("\n", -1);
        Map<String, String> header = new LinkedHashMap<>();
        int index = 0;
        while (index < lines.length && lines[index].isBlank()) index++;
        int offset = offsetOfLine(lines, index);
        for (; index < lines.length && lines[index].strip().startsWith("--"); index++) {
            String line = lines[index].strip();
            if (line.substring(2).strip().equalsIgnoreCase(SqlScriptSplitter.DOWN_MARKER)) break;
            offset += lines[index].length() + 1;
            Matcher field = HEADER_LINE.matcher(line);
            if (!field.matches()) continue;
            String key = field.group(1).toLowerCase(Locale.ROOT);
            if (!KEYS.contains(key)) {
                throw new InvalidMigrationException(origin, "line " + (index + 1) + ": unknown header key '" + field.group(1)
                        + "' (a SQL revision's header keys are revision, parents, message, created,"
                        + " transactional, baseline and replaces;"
                        + " put other comments after a blank line)");
            }
            if (header.put(key, field.group(2).strip()) != null) {
                throw new InvalidMigrationException(origin, "line " + (index + 1) + ": the header names '" + key + "' twice");
            }
        }
        if (!header.containsKey("revision")) throw new InvalidMigrationException(origin, notARevision(name));
        boolean baseline = flag(origin, "baseline", header.getOrDefault("baseline", "false"));
        RevisionNode node = new RevisionNode(header.get("revision"), parents(header.getOrDefault("parents", "")),
                header.get("message"), header.get("created"), origin, baseline, parents(header.getOrDefault("replaces", "")));
        boolean transactional = flag(origin, "transactional", header.getOrDefault("transactional", "true"));
        SqlScriptSplitter.Section up = split(origin, body, offset, index + 1);
        List<String> down = null;
        if (up.markerEnd().isPresent()) {
            int markerEnd = up.markerEnd().get();
            SqlScriptSplitter.Section rest = split(origin, body, markerEnd, lineOf(body, markerEnd));
            if (rest.markerEnd().isPresent()) {
                throw new InvalidMigrationException(origin, "line " + lineOf(body, rest.markerEnd().get() - 1)
                        + ": a second " + DOWN_MARKER_LINE + " line (a SQL revision has one down section)");
            }
            down = statements(origin, rest);
        }
        return new SqlMigration(node, transactional, statements(origin, up), down);
    }

    private static String notARevision(String name) {
        String header = "a SQL revision starts with a header naming it"
                + " (-- revision: 004_add_index, then -- parents: and the parent ids; see docs/runner.md)";
        if (FLYWAY_NAME.matcher(name).matches()) {
            return "this looks like a Flyway migration, and it has no Migrata header, so it would never run: " + header
                    + "; files Flyway already applied are history once the database is baselined (migrata baseline):"
                    + " move them out of the versions directory";
        }
        return "not a revision: " + header;
    }

    private static List<String> parents(String text) {
        return Arrays.stream(text.split("[,\\s]+")).filter(part -> !part.isEmpty()).toList();
    }

    private static boolean flag(String origin, String key, String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new InvalidMigrationException(origin, key + ": '" + value + "' is neither true nor false");
        };
    }

    private static SqlScriptSplitter.Section split(String origin, String body, int offset, int line) {
        try {
            return SqlScriptSplitter.split(body, offset, line);
        } catch (IllegalArgumentException e) {
            throw new InvalidMigrationException(origin, e.getMessage());
        }
    }

    /** The statements' text; the runner opens and ends every transaction, so the file may not. */
    private static List<String> statements(String origin, SqlScriptSplitter.Section section) {
        List<String> statements = new ArrayList<>();
        for (SqlScriptSplitter.Piece piece : section.statements()) {
            Optional<String> first = Arrays.stream(piece.sql().split("[^A-Za-z]", 2)).findFirst();
            if (first.isPresent() && TRANSACTION_CONTROL.contains(first.get().toLowerCase(Locale.ROOT))) {
                throw new InvalidMigrationException(origin, "line " + piece.line() + ": " + first.get().toUpperCase(Locale.ROOT)
                        + " controls the transaction, which the runner does: each revision runs in one transaction"
                        + " (remove the statement; for statements that cannot run in one, write -- transactional: false"
                        + " in the header)");
            }
            statements.add(piece.sql());
        }
        return statements;
    }

    private static int offsetOfLine(String[] lines, int line) {
        int offset = 0;
        for (int i = 0; i < line; i++) offset += lines[i].length() + 1;
        return offset;
    }

    private static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') line++;
        }
        return line;
    }
}
