package io.migrata.workflow;

import io.migrata.runner.Migrator;
import io.migrata.runner.graph.RevisionGraph;
import io.migrata.workflow.config.Setting;
import io.migrata.workflow.connect.DatabaseTarget;
import io.migrata.workflow.connect.ScratchDatabase;
import io.migrata.workflow.connect.ScratchTemplates;
import io.migrata.workflow.model.LoadedModel;
import io.migrata.workflow.model.ModelLoader;
import io.migrata.workflow.replay.HistoryOwnership;
import io.migrata.workflow.replay.HistoryPrefixes;
import io.migrata.workflow.replay.ReplayCache;
import io.migrata.workflow.replay.ReplayedSchema;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * The schema the migrations build, found the only way that also runs their hand-written SQL: on a
 * new scratch database, upgraded to the target and read back by the introspector, then dropped.
 * The result is kept in the {@link ReplayCache}, so an unchanged history is replayed once per
 * server major version and Migrata build, not once per command. The scratch database itself is
 * kept on the server as one of its {@link ScratchTemplates}, so a history that gained revisions
 * since is copied from it and only the new revisions run.
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
        try (Replayed replayed = replayed(targets)) {
            LoadedModel model = ModelLoader.database(replayed.scratch.target(), List.of());
            cache.ifPresent(c -> c.store(key(model.serverMajor(), targets),
                    new ReplayedSchema(replayed.label, model.serverMajor(), model.model(), model.unmodeled())));
            replayed.keep();
            return model.withLabel(replayed.label);
        }
    }

    /**
     * {@code ask} on a new scratch database upgraded to {@code target}, dropped afterwards: for
     * questions only PostgreSQL can answer about what the history defines (a function it creates),
     * which the cached schema of {@link #replay} cannot.
     */
    <T> T onReplayed(String target, ReplayedQuestion<T> ask) throws SQLException {
        try (Replayed replayed = replayed(List.of(target))) {
            T answer = ask.ask(replayed.scratch.target());
            replayed.keep();
            return answer;
        }
    }

    /**
     * A scratch database upgraded to the targets: a copy of the template of the longest prefix of
     * the history that a template on the server holds, with only the revisions after it run, else
     * a new empty database and the whole history.
     */
    private Replayed replayed(List<String> targets) throws SQLException {
        AtomicReference<DatabaseTarget> scratchTarget = new AtomicReference<>();
        Migrator migrator = project.migrations().migrator(() -> scratchTarget.get().open());
        RevisionGraph graph = migrator.graph();
        // No revisions yet: the head of an empty history is an empty schema.
        List<String> reached = graph.isEmpty() ? List.of() : targets;
        String label = label(graph, reached);
        Set<String> wanted = graph.ancestors(reached.stream().flatMap(t -> graph.resolve(t, List.of()).stream()).toList());
        Optional<ScratchTemplates> templates = Optional.empty();
        Optional<HistoryPrefixes> prefixes = Optional.empty();
        Optional<Path> versions = project.migrations().versionsDirectoryIfSources();
        if (!wanted.isEmpty() && versions.isPresent()) {
            templates = project.databases().scratchTemplates();
            if (templates.isPresent()) {
                prefixes = HistoryPrefixes.of(versions.get(), project.settings().value(Setting.VERSION_TABLE_SCHEMA),
                        templates.get().serverMajor(), graph);
            }
        }
        ScratchDatabase scratch = null;
        Set<String> copied = Set.of();
        if (prefixes.isPresent()) {
            for (ScratchTemplates.Template template : longestFirst(templates.get().list(), graph, wanted, prefixes.get())) {
                Optional<ScratchDatabase> copy = project.databases().scratch(templates.get(), template);
                if (copy.isPresent()) {
                    scratch = copy.get();
                    copied = graph.ancestors(template.heads());
                    project.notice("replaying the migrations up to " + label + " on a scratch database copied from "
                            + template.name() + ", which holds " + RevisionText.revisions(template.heads())
                            + ": " + (wanted.size() - copied.size()) + " of " + wanted.size() + " revisions to run");
                    break;
                }
            }
        }
        if (scratch == null) {
            scratch = project.databases().scratch();
            project.notice("replaying the migrations up to " + label + " on a scratch database");
        }
        try {
            scratchTarget.set(scratch.target());
            for (String target : reached) migrator.upgrade(target);
        } catch (SQLException | RuntimeException e) {
            scratch.close();
            throw e;
        }
        return new Replayed(scratch, label, migrator, graph, wanted, copied, templates, prefixes);
    }

    /**
     * The templates whose prefix is part of what is wanted and whose name is that prefix's hash
     * from today's sources, longest prefix first; an edited revision in a template's prefix gives
     * another hash, so that template is never copied.
     */
    private static List<ScratchTemplates.Template> longestFirst(List<ScratchTemplates.Template> templates, RevisionGraph graph,
                                                                Set<String> wanted, HistoryPrefixes prefixes) {
        List<ScratchTemplates.Template> usable = new ArrayList<>();
        Map<String, Integer> sizes = new HashMap<>();
        for (ScratchTemplates.Template template : templates) {
            if (template.heads().isEmpty() || !template.heads().stream().allMatch(graph::contains)) continue;
            Set<String> prefix = graph.ancestors(template.heads());
            if (!wanted.containsAll(prefix)) continue;
            if (!template.name().equals(ScratchTemplates.nameOf(prefixes.hash(prefix)))) continue;
            usable.add(template);
            sizes.put(template.name(), prefix.size());
        }
        usable.sort(Comparator.comparing((ScratchTemplates.Template t) -> sizes.get(t.name())).reversed());
        return usable;
    }

    /** A scratch database upgraded to what was wanted, which {@link #keep} may leave as a template. */
    private record Replayed(ScratchDatabase scratch, String label, Migrator migrator, RevisionGraph graph, Set<String> wanted,
                            Set<String> copied, Optional<ScratchTemplates> templates, Optional<HistoryPrefixes> prefixes)
            implements AutoCloseable {

        /**
         * Leaves the scratch database on the server as the template of what it holds, unless it
         * was copied from that very prefix or its version table says something other than the
         * wanted revisions (a squash replaced some): then only its prefix's own replay can make it.
         * Every session to it must be closed.
         */
        void keep() throws SQLException {
            if (templates.isEmpty() || prefixes.isEmpty() || copied.equals(wanted)) return;
            List<String> heads = migrator.current();
            if (heads.isEmpty() || !graph.ancestors(heads).equals(wanted)) return;
            templates.get().keep(scratch, ScratchTemplates.nameOf(prefixes.get().hash(wanted)), heads);
        }

        @Override
        public void close() {
            scratch.close();
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
