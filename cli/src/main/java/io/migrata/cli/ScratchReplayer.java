package io.migrata.cli;

import io.migrata.cli.connect.DatabaseSession;
import io.migrata.cli.connect.Databases;
import io.migrata.cli.connect.ScratchDatabase;
import io.migrata.cli.model.LoadedModel;
import io.migrata.cli.model.ModelLoader;
import io.migrata.cli.model.RevisionReplayer;
import io.migrata.runner.Migrator;
import io.migrata.runner.graph.RevisionGraph;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Consumer;

/**
 * The schema the migrations build, found the only way that also runs their hand-written SQL: on a
 * new scratch database, upgraded to the target and read back by the introspector, then dropped.
 */
final class ScratchReplayer implements RevisionReplayer {

    private final Databases databases;
    private final Migrations migrations;
    private final String devUrlFlag;
    private final Consumer<String> notices;

    ScratchReplayer(Databases databases, Migrations migrations, String devUrlFlag, Consumer<String> notices) {
        this.databases = databases;
        this.migrations = migrations;
        this.devUrlFlag = devUrlFlag;
        this.notices = notices;
    }

    /** @param target {@code head}, {@code heads}, {@code base}, a revision id or prefix */
    @Override
    public LoadedModel replay(String target) throws SQLException {
        return replay(List.of(target));
    }

    /** The schema after upgrading an empty database to each target in turn (a database at several heads). */
    LoadedModel replay(List<String> targets) throws SQLException {
        try (ScratchDatabase scratch = databases.scratch(devUrlFlag)) {
            Migrator migrator = migrations.migrator(scratch::connect);
            RevisionGraph graph = migrator.graph();
            // No revisions yet: the head of an empty history is an empty schema.
            if (graph.isEmpty()) targets = List.of();
            String label = label(graph, targets);
            notices.accept("replaying the migrations up to " + label + " on a scratch database");
            for (String target : targets) migrator.upgrade(target);
            try (DatabaseSession session = DatabaseSession.connect(scratch.settings(), scratch.origin())) {
                LoadedModel model = ModelLoader.database(session);
                return new LoadedModel(model.model(), label, false, model.serverMajor());
            }
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
