package io.migrata.runner.graph;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One revision's place in the graph: its id, its parents (none for a base, two for a merge), the
 * message and creation time from {@code @Revision}, where it was found, for messages, and whether
 * it is a baseline ({@code Revision.baseline()}), and the revisions it replaced when a range was
 * squashed into it ({@code Revision.replaces()}, oldest first).
 *
 * @param origin the source file or class that defines the revision, or {@code null} when unknown
 */
public record RevisionNode(String id, List<String> parents, String message, String created, String origin,
                           boolean baseline, List<String> replaces) {

    /** Words that name targets, so they can never be revision ids. */
    private static final Set<String> RESERVED = Set.of("head", "heads", "base", "current");

    public RevisionNode {
        Objects.requireNonNull(parents, "parents");
        parents = List.copyOf(parents);
        message = message == null ? "" : message;
        created = created == null ? "" : created;
        checkId(id, origin);
        for (String parent : parents) checkId(parent, origin);
        if (Set.copyOf(parents).size() != parents.size()) {
            throw new InvalidRevisionIdException(id, origin, "it names the same parent twice");
        }
        if (parents.contains(id)) throw new RevisionCycleException(List.of(id, id));
        replaces = List.copyOf(replaces);
        for (String replaced : replaces) checkId(replaced, origin);
        if (replaces.contains(id)) throw new InvalidRevisionIdException(id, origin, "it names itself among the revisions it replaces");
    }

    /** Replaces no revision. */
    public RevisionNode(String id, List<String> parents, String message, String created, String origin, boolean baseline) {
        this(id, parents, message, created, origin, baseline, List.of());
    }

    /** Not a baseline. */
    public RevisionNode(String id, List<String> parents, String message, String created, String origin) {
        this(id, parents, message, created, origin, false);
    }

    /** A revision with these parents and no message, for graphs built in code. */
    public static RevisionNode of(String id, String... parents) {
        return new RevisionNode(id, List.of(parents), "", "", null);
    }

    public boolean isBase() {
        return parents.isEmpty();
    }

    /** Whether a database at {@code replaced} is at this revision: it is the last revision squashed into this one. */
    public boolean succeeds(String replaced) {
        return !replaces.isEmpty() && replaces.get(replaces.size() - 1).equals(replaced);
    }

    public boolean isMerge() {
        return parents.size() > 1;
    }

    /** {@code 002_add_user_phone (add user phone)}, or the bare id without a message. */
    public String label() {
        return message.isEmpty() ? id : id + " (" + message + ")";
    }

    private static void checkId(String id, String origin) {
        if (id == null || id.isBlank()) throw new InvalidRevisionIdException(String.valueOf(id), origin, "it is blank");
        if (!id.equals(id.strip()) || id.chars().anyMatch(Character::isWhitespace)) {
            throw new InvalidRevisionIdException(id, origin, "it contains whitespace");
        }
        if (id.indexOf(':') >= 0) {
            throw new InvalidRevisionIdException(id, origin, "':' separates the two ends of a range in --sql");
        }
        if (RESERVED.contains(id)) throw new InvalidRevisionIdException(id, origin, "it is a target keyword");
    }
}
