package io.migrata.runner.graph;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeMap;

/**
 * The revisions as a directed acyclic graph, child to parents. Pure: it knows nothing of
 * databases; the version table's rows come in as "current heads". Every list it returns is in
 * topological order (parents before children, ties broken by id), so output never churns.
 *
 * <pre>{@code
 * RevisionGraph graph = RevisionGraph.of(List.of(
 *         RevisionNode.of("001_initial_schema"),
 *         RevisionNode.of("002_add_user_phone", "001_initial_schema")));
 * graph.heads();                                   // [002_add_user_phone]
 * graph.resolve("-1", List.of("002_add_user_phone")); // [001_initial_schema]
 * }</pre>
 *
 * @throws DuplicateRevisionException, MissingParentException, RevisionCycleException from {@link #of}
 */
public final class RevisionGraph {

    private final Map<String, RevisionNode> nodes;
    private final Map<String, Integer> position;
    private final Map<String, List<String>> children;

    private RevisionGraph(List<RevisionNode> ordered, Map<String, List<String>> children) {
        this.nodes = new LinkedHashMap<>();
        this.position = new HashMap<>();
        for (RevisionNode node : ordered) {
            position.put(node.id(), nodes.size());
            nodes.put(node.id(), node);
        }
        this.children = new HashMap<>();
        children.forEach((id, list) -> this.children.put(id, sortedByPosition(list)));
    }

    public static RevisionGraph of(Collection<RevisionNode> revisions) {
        Map<String, RevisionNode> byId = new TreeMap<>();
        for (RevisionNode node : revisions) {
            RevisionNode previous = byId.putIfAbsent(node.id(), node);
            if (previous != null) throw new DuplicateRevisionException(previous, node);
        }
        for (RevisionNode node : byId.values()) {
            for (String replaced : node.replaces()) {
                if (byId.containsKey(replaced)) throw SquashedRevisionException.stillPresent(byId.get(replaced), node);
            }
        }
        Map<String, List<String>> children = new HashMap<>();
        for (RevisionNode node : byId.values()) {
            children.putIfAbsent(node.id(), new ArrayList<>());
            for (String parent : node.parents()) {
                if (!byId.containsKey(parent)) throw new MissingParentException(node, parent);
                children.computeIfAbsent(parent, p -> new ArrayList<>()).add(node.id());
            }
        }
        return new RevisionGraph(topologicalOrder(byId, children), children);
    }

    public static RevisionGraph empty() {
        return of(List.of());
    }

    /** Kahn's algorithm with the smallest id first among the ready revisions, so the order is stable. */
    private static List<RevisionNode> topologicalOrder(Map<String, RevisionNode> byId, Map<String, List<String>> children) {
        Map<String, Integer> waitingParents = new HashMap<>();
        PriorityQueue<String> ready = new PriorityQueue<>();
        for (RevisionNode node : byId.values()) {
            waitingParents.put(node.id(), node.parents().size());
            if (node.isBase()) ready.add(node.id());
        }
        List<RevisionNode> ordered = new ArrayList<>();
        while (!ready.isEmpty()) {
            String id = ready.poll();
            ordered.add(byId.get(id));
            for (String child : children.get(id)) {
                if (waitingParents.merge(child, -1, Integer::sum) == 0) ready.add(child);
            }
        }
        if (ordered.size() < byId.size()) throw new RevisionCycleException(findCycle(byId, waitingParents));
        return ordered;
    }

    /** Follows parents among the revisions Kahn's algorithm could not place until one repeats. */
    private static List<String> findCycle(Map<String, RevisionNode> byId, Map<String, Integer> waitingParents) {
        String start = byId.keySet().stream().filter(id -> waitingParents.get(id) > 0).findFirst().orElseThrow();
        List<String> walk = new ArrayList<>();
        String current = start;
        while (!walk.contains(current)) {
            walk.add(current);
            current = byId.get(current).parents().stream()
                    .filter(parent -> waitingParents.get(parent) > 0).sorted().findFirst().orElseThrow();
        }
        List<String> cycle = new ArrayList<>(walk.subList(walk.indexOf(current), walk.size()));
        cycle.add(current);
        return cycle;
    }

    /** Every revision, parents before children. */
    public List<RevisionNode> revisions() {
        return List.copyOf(nodes.values());
    }

    public boolean isEmpty() {
        return nodes.isEmpty();
    }

    public boolean contains(String id) {
        return nodes.containsKey(id);
    }

    /** @throws UnknownRevisionException when no revision has this exact id */
    public RevisionNode get(String id) {
        RevisionNode node = nodes.get(id);
        if (node == null) throw new UnknownRevisionException(id, "run history to list the revisions");
        return node;
    }

    /** The revision a squash folded {@code replaced} into, if one did. */
    public Optional<RevisionNode> replacing(String replaced) {
        return nodes.values().stream().filter(node -> node.replaces().contains(replaced)).findFirst();
    }

    public List<String> children(String id) {
        get(id);
        return children.get(id);
    }

    /** Revisions no other revision names as a parent. */
    public List<String> heads() {
        return nodes.keySet().stream().filter(id -> children.get(id).isEmpty()).toList();
    }

    /** The one head, for targets that need exactly one. */
    public String head() {
        List<String> heads = heads();
        if (heads.size() > 1) {
            throw new MultipleHeadsException("the revision history", heads,
                    "merge them into one with migrata merge, or name a head, or use the target heads");
        }
        if (heads.isEmpty()) throw new InvalidTargetException("head", "there are no revisions yet");
        return heads.get(0);
    }

    /**
     * The parents of a merge revision: the revisions the targets name (by default {@code heads}),
     * at least two, none an ancestor of another. {@code merge} writes a revision with these parents.
     *
     * @throws InvalidTargetException when there is nothing to merge
     */
    public List<String> mergeParents(List<String> targets) {
        List<String> named = new ArrayList<>();
        for (String target : targets.isEmpty() ? List.of("heads") : targets) {
            for (String id : resolve(target, List.of())) {
                if (!named.contains(id)) named.add(id);
            }
        }
        String label = String.join(" ", targets.isEmpty() ? List.of("heads") : targets);
        if (named.size() < 2) {
            String only = named.isEmpty() ? "none" : "only " + named.get(0);
            String why = heads().size() < 2 ? " (the history has one head: nothing to merge)" : "";
            throw new InvalidTargetException(label, "a merge needs two revisions or more, and this names " + only + why);
        }
        for (String id : named) {
            Set<String> below = ancestors(List.of(id));
            for (String other : named) {
                if (!other.equals(id) && below.contains(other)) {
                    throw new InvalidTargetException(label, other + " is an ancestor of " + id + ", so they are already joined");
                }
            }
        }
        return sortedByPosition(named);
    }

    /** Revisions without parents. */
    public List<String> bases() {
        return nodes.values().stream().filter(RevisionNode::isBase).map(RevisionNode::id).toList();
    }

    /** Revisions with more than one child, where the history splits into branches. */
    public List<String> branchPoints() {
        return nodes.keySet().stream().filter(id -> children.get(id).size() > 1).toList();
    }

    /** Revisions with more than one parent, where branches join. */
    public List<String> mergePoints() {
        return nodes.values().stream().filter(RevisionNode::isMerge).map(RevisionNode::id).toList();
    }

    /** The revisions and all their ancestors, in topological order. */
    public Set<String> ancestors(Collection<String> ids) {
        return closure(ids, id -> get(id).parents());
    }

    /** The revisions and all their descendants, in topological order. */
    public Set<String> descendants(Collection<String> ids) {
        return closure(ids, this::children);
    }

    private Set<String> closure(Collection<String> ids, java.util.function.Function<String, List<String>> next) {
        Set<String> seen = new java.util.HashSet<>();
        Deque<String> todo = new ArrayDeque<>(ids);
        while (!todo.isEmpty()) {
            String id = todo.pop();
            get(id);
            if (seen.add(id)) todo.addAll(next.apply(id));
        }
        return new LinkedHashSet<>(sortedByPosition(seen));
    }

    /**
     * The heads of a set of applied revisions: those none of whose children is in the set. This is
     * what the version table holds for that set, like {@code alembic_version}.
     */
    public List<String> headsOf(Collection<String> revisions) {
        Set<String> applied = ancestors(revisions);
        return applied.stream().filter(id -> children.get(id).stream().noneMatch(applied::contains)).toList();
    }

    /**
     * The revisions an upgrade from {@code from} (exclusive; {@code null} for base) to {@code to}
     * (inclusive) applies, in order.
     *
     * @throws InvalidTargetException when {@code from} is not an ancestor of {@code to}
     */
    public List<RevisionNode> path(String from, String to) {
        Set<String> below = from == null ? Set.of() : ancestors(List.of(from));
        Set<String> above = ancestors(List.of(to));
        if (from != null && !above.contains(from)) {
            throw new InvalidTargetException(to, "it does not descend from " + from + ", so there is no path between them");
        }
        return above.stream().filter(id -> !below.contains(id)).map(nodes::get).toList();
    }

    /**
     * The revisions a target names, as heads (none for {@code base}): see {@link Targets} for the
     * forms. {@code current} are the database's heads, for relative targets.
     */
    public List<String> resolve(String target, Collection<String> current) {
        return new Targets(this).resolve(target, current);
    }

    /** The revision ids sorted by their place in the graph. */
    List<String> sortedByPosition(Collection<String> ids) {
        return ids.stream().sorted(Comparator.comparing(position::get)).toList();
    }

    List<String> ids() {
        return List.copyOf(nodes.keySet());
    }
}
