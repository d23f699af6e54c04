package io.migrata.runner.load;

import io.migrata.runner.graph.RevisionGraph;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Every migration of a source, and the graph they form. */
public final class LoadedMigrations {

    private final RevisionGraph graph;
    private final Map<String, LoadedMigration> byId;

    /** @throws io.migrata.runner.RunnerException when the revisions do not form a valid graph */
    public LoadedMigrations(List<LoadedMigration> migrations) {
        this.graph = RevisionGraph.of(migrations.stream().map(LoadedMigration::node).toList());
        this.byId = migrations.stream().collect(Collectors.toMap(LoadedMigration::id, Function.identity()));
    }

    public RevisionGraph graph() {
        return graph;
    }

    public LoadedMigration get(String id) {
        graph.get(id);
        return byId.get(id);
    }

    /** In the graph's topological order. */
    public List<LoadedMigration> all() {
        return graph.revisions().stream().map(node -> get(node.id())).toList();
    }
}
