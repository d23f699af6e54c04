package io.migrata.workflow;

import io.migrata.runner.Migrator;
import io.migrata.runner.graph.RevisionGraph;
import io.migrata.workflow.connect.ScratchDatabase;
import io.migrata.workflow.model.LoadedModel;
import io.migrata.workflow.model.ModelLoader;
import java.sql.SQLException;
import java.util.List;

/**
 * The schema the migrations build, found the only way that also runs their hand-written SQL: on a
 * new scratch database, upgraded to the target and read back by the introspector, then dropped.
 */
final class ScratchReplayer {

    private final Project project;

    ScratchReplayer(Project project) {
        this.project = project;
    }

    /** @param target {@code head}, {@code heads}, {@code base}, a revision id or prefix */
    LoadedModel replay(String target) throws SQLException {
        return replay(List.of(target));
    }

    /** The schema after upgrading an empty database to each target in turn (a database at several heads). */
    LoadedModel replay(List<String> targets) throws SQLException {
        try (ScratchDatabase scratch = project.databases().scratch()) {
            Migrator migrator = project.migrator(scratch.target());
            RevisionGraph graph = migrator.graph();
            // No revisions yet: the head of an empty history is an empty schema.
            if (graph.isEmpty()) targets = List.of();
            String label = label(graph, targets);
            project.notice("replaying the migrations up to " + label + " on a scratch database");
            for (String target : targets) migrator.upgrade(target);
            return ModelLoader.database(scratch.target(), List.of()).withLabel(label);
        }
    }

    /** {@code head (002_invoices)}, {@code 001_customers}, {@code base}: what the replay reached, for output. */
    private static String label(RevisionGraph graph, List<String> targets) {
        if (targets.isEmpty()) return "base";
        List<String> ids = targets.stream().flatMap(t -> graph.resolve(t, List.of()).stream()).distinct().toList();
        String reached = RevisionText.revisions(ids);
        if (targets.size() == 1 && (targets.get(0).equals("head") || targets.get(0).equals("heads"))) {
            return targets.get(0) + " (" + reached + ")";
        }
        return reached;
    }
}
