package io.migrata.workflow;

import io.migrata.runner.Migrator;
import io.migrata.runner.graph.RevisionGraph;
import io.migrata.workflow.config.Setting;
import io.migrata.workflow.connect.DatabaseTarget;
import io.migrata.workflow.connect.ScratchDatabase;
import io.migrata.workflow.model.LoadedModel;
import io.migrata.workflow.model.ModelLoader;
import io.migrata.workflow.replay.HistoryOwnership;
import io.migrata.workflow.replay.ReplayCache;
import io.migrata.workflow.replay.ReplayedSchema;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The schema the migrations build, found the only way that also runs their hand-written SQL: on a
 * new scratch database, upgraded to the target and read back by the introspector, then dropped.
 * The result is kept in the {@link ReplayCache}, so an unchanged history is replayed once per
 * server major version and Migrata build, not once per command.
 */
final class ScratchReplayer {

    private static final String OWNERSHIP_AT_HEADS = "ownership at the heads";
    private static final String LINT_OF_ALL = "lint of every revision";

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
        Optional<ReplayCache> cache = cache();
        int major = cache.isPresent() ? project.databases().scratchServerMajor() : 0;
        if (cache.isPresent() && major > 0) {
            Optional<ReplayedSchema> kept = cache.get().findSchema(key(major, targets));
            if (kept.isPresent()) {
                project.notice("the migrations up to " + kept.get().label() + " are unchanged since they were last replayed:"
                        + " using the schema they built then (" + Migrations.CACHE_DIRECTORY + "/" + ReplayCache.DIRECTORY + ")");
                return new LoadedModel(kept.get().model(), kept.get().label(), false, kept.get().serverMajor())
                        .withUnmodeled(kept.get().unmodeled());
            }
        }
        try (ScratchDatabase scratch = project.databases().scratch()) {
            Migrator migrator = project.migrator(scratch.target());
            RevisionGraph graph = migrator.graph();
            // No revisions yet: the head of an empty history is an empty schema.
            List<String> reached = graph.isEmpty() ? List.of() : targets;
            String label = label(graph, reached);
            project.notice("replaying the migrations up to " + label + " on a scratch database");
            for (String target : reached) migrator.upgrade(target);
            LoadedModel model = ModelLoader.database(scratch.target(), List.of());
            cache.ifPresent(c -> c.store(key(model.serverMajor(), targets),
                    new ReplayedSchema(label, model.serverMajor(), model.model(), model.unmodeled())));
            return model.withLabel(label);
        }
    }

    /**
     * {@code ask} on a new scratch database upgraded to {@code target}, dropped afterwards: for
     * questions only PostgreSQL can answer about what the history defines (a function it creates),
     * which the cached schema of {@link #replay} cannot.
     */
    <T> T onReplayed(String target, ReplayedQuestion<T> ask) throws SQLException {
        try (ScratchDatabase scratch = project.databases().scratch()) {
            Migrator migrator = project.migrator(scratch.target());
            if (!migrator.graph().isEmpty()) migrator.upgrade(target);
            return ask.ask(scratch.target());
        }
    }

    /** A question put to the scratch database the history was replayed into. */
    @FunctionalInterface
    interface ReplayedQuestion<T> {
        T ask(DatabaseTarget replayed) throws SQLException;
    }

    /**
     * What the history up to its heads makes Migrata's (see {@link ComparedObjects}), from the
     * cache when the history is unchanged, so that a repeated {@code check} loads no migration.
     */
    HistoryOwnership ownershipAtHeads() {
        Optional<ReplayCache> cache = cache();
        String key = cache.isPresent() ? key(0, List.of(OWNERSHIP_AT_HEADS)) : null;
        Optional<HistoryOwnership> kept = cache.flatMap(c -> c.findOwnership(key));
        if (kept.isPresent()) return kept.get();
        Migrator offline = project.migrations().offline();
        HistoryOwnership ownership = HistoryOwnership.of(offline.replay(), offline.heads());
        cache.ifPresent(c -> c.store(key, ownership));
        return ownership;
    }

    /**
     * The lint of every revision, from the cache while the history is unchanged. It is keyed on the
     * scratch server's major version too, as that server judges the defaults of added columns.
     */
    LintReport lintOfAll(Supplier<LintReport> lint) {
        Optional<ReplayCache> cache = cache();
        int major = cache.isPresent() ? project.databases().scratchServerMajor() : 0;
        if (major == 0) return lint.get();
        String key = key(major, List.of(LINT_OF_ALL));
        Optional<LintReport> kept = cache.get().find(key, LintReport.class);
        if (kept.isPresent()) return kept.get();
        LintReport report = lint.get();
        cache.get().store(key, report);
        return report;
    }

    /** None when the migrations are compiled classes: there are no sources to key on. */
    private Optional<ReplayCache> cache() {
        if (project.migrations().versionsDirectoryIfSources().isEmpty()) return Optional.empty();
        return Optional.of(new ReplayCache(project.settings().projectDir().resolve(Migrations.CACHE_DIRECTORY)));
    }

    private String key(int serverMajor, List<String> targets) {
        Path versions = project.migrations().versionsDirectoryIfSources().orElseThrow();
        return ReplayCache.key(versions, project.settings().value(Setting.VERSION_TABLE_SCHEMA), serverMajor, targets);
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
