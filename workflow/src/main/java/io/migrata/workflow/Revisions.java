package io.migrata.workflow;

import io.migrata.runner.graph.RevisionGraph;
import io.migrata.workflow.error.Failures;
import java.util.List;

/**
 * The project's revision history as the migrations declare it, without a database: every revision
 * (parents before children), the heads, the branch points and what follows each.
 *
 * <pre>{@code
 * Revisions revisions = migrata.revisions();
 * for (String head : revisions.heads()) System.out.println(revisions.get(head).label());
 * }</pre>
 */
public final class Revisions {

    private final RevisionGraph graph;

    Revisions(RevisionGraph graph) {
        this.graph = graph;
    }

    /** Every revision, parents before children. */
    public List<RevisionInfo> all() {
        return graph.revisions().stream().map(RevisionInfo::of).toList();
    }

    public boolean isEmpty() {
        return graph.isEmpty();
    }

    public boolean contains(String id) {
        return graph.contains(id);
    }

    /** @throws MigrataException when no revision has this id */
    public RevisionInfo get(String id) {
        try {
            return RevisionInfo.of(graph.get(id));
        } catch (RuntimeException e) {
            throw Failures.classify(e);
        }
    }

    /** The revisions no other revision follows; more than one means branches to merge. */
    public List<String> heads() {
        return graph.heads();
    }

    public boolean isHead(String id) {
        return graph.heads().contains(id);
    }

    /** The revisions more than one revision follows. */
    public List<String> branchPoints() {
        return graph.branchPoints();
    }

    /** The revisions that name {@code id} as a parent. */
    public List<String> children(String id) {
        return graph.children(id);
    }

    /** The revisions a target names ({@code head}, {@code heads}, an id or unique prefix, {@code head-1}, …), with no database. */
    public List<String> resolve(String target) {
        try {
            return graph.resolve(target, List.of());
        } catch (RuntimeException e) {
            throw Failures.classify(e);
        }
    }
}
