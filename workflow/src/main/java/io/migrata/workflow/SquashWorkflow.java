package io.migrata.workflow;

import io.migrata.codegen.GeneratedMigration;
import io.migrata.codegen.MigrationWriter;
import io.migrata.codegen.NewRevision;
import io.migrata.codegen.SquashedRange;
import io.migrata.diff.SchemaDiff;
import io.migrata.introspect.IntrospectionOptions;
import io.migrata.introspect.PostgresIntrospector;
import io.migrata.runner.Migrator;
import io.migrata.runner.checksum.RevisionChecksum;
import io.migrata.runner.graph.RevisionGraph;
import io.migrata.runner.graph.RevisionNode;
import io.migrata.runner.load.HistoryReplay;
import io.migrata.runner.load.SqlRevisionText;
import io.migrata.schema.SchemaModel;
import io.migrata.schema.op.ExecuteSql;
import io.migrata.schema.op.SchemaOp;
import io.migrata.workflow.config.ConfigurationException;
import io.migrata.workflow.connect.DatabaseSession;
import io.migrata.workflow.connect.DatabaseTarget;
import io.migrata.workflow.connect.ScratchDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * {@code migrata squash FROM TO}: the revisions from FROM to TO become one revision that does what
 * they did, in order. It keeps FROM's parents, the children of TO are pointed at it, and it lists
 * the revisions it replaces, so a database whose version table names TO is at the new revision.
 * Before any file changes, the new history is tried on a copy of the versions directory: replayed on
 * a scratch database it must build the schema the old one builds, at the squashed revision and at
 * the heads, and every revision outside the range must keep its checksum.
 *
 * <p>The configured database may be before the range (nothing to do), at TO (stamped at the new
 * revision) or past it (nothing to do); inside the range it is refused, because after the squash
 * no revision leads on from there.
 */
final class SquashWorkflow {

    private final Project project;

    SquashWorkflow(Project project) {
        this.project = project;
    }

    /** The range and what replaces it, before anything is written. */
    private record Plan(List<RevisionNode> range, List<String> parents, List<String> children, boolean sql) {

        RevisionNode first() {
            return range.get(0);
        }

        RevisionNode last() {
            return range.get(range.size() - 1);
        }

        List<String> ids() {
            return range.stream().map(RevisionNode::id).toList();
        }
    }

    /** The new revision's file name and text, and the rewritten files of TO's children. */
    private record Rewrite(String revisionId, String fileName, String text, Map<Path, String> repointed,
                           List<SchemaOp> up, List<SchemaOp> down) {
    }

    Squash squash(String from, String to, String message) throws SQLException {
        if (!project.migrations().areSourceFiles()) {
            throw new ConfigurationException("squash rewrites the revision files of the versions directory, but the migrations"
                    + " here are compiled classes: run it in the project that holds their sources");
        }
        Migrator offline = project.migrations().offline();
        HistoryReplay before = offline.replay();
        RevisionGraph graph = before.migrations().graph();
        Plan plan = plan(graph, one(graph, from, "FROM"), one(graph, to, "TO"));
        String text = message == null ? "squash " + plan.first().id() + " to " + plan.last().id() : message;
        Rewrite files = render(before, graph, plan, text);
        if (graph.contains(files.revisionId()) || plan.ids().contains(files.revisionId())) {
            throw new ConfigurationException("the squashed revision would be called " + files.revisionId()
                    + ", which a revision has already: give it another message with -m");
        }

        DatabaseTarget target = project.databases().target();
        Migrator live = project.migrator(target);
        String position = position(graph, plan, live.current(), target.label());

        Comparison replay = replay(before, plan, files);
        if (!replay.equal()) {
            return new Squash(target.label(), null, plan.ids(), List.of(), List.of(), position, replay);
        }
        Path versions = project.migrations().directory();
        Path written = versions.resolve(files.fileName());
        apply(versions, plan, files);
        project.notice("squashed " + plan.range().size() + " revisions into " + files.revisionId());
        if (position.startsWith("at ")) {
            project.migrator(target).stamp(files.revisionId());
            position = "stamped " + target.label() + ": " + plan.last().id() + " -> " + files.revisionId();
        }
        GeneratedRevision revision = new GeneratedRevision(files.revisionId(), plan.parents(), written, files.text());
        List<Path> removed = plan.range().stream().map(node -> Path.of(node.origin())).toList();
        return new Squash(target.label(), revision, plan.ids(), removed, List.copyOf(files.repointed().keySet()), position, replay);
    }

    private static String one(RevisionGraph graph, String target, String role) {
        List<String> resolved = graph.resolve(target, List.of());
        if (resolved.size() != 1) {
            throw new ConfigurationException(role + " " + target + " names " + resolved.size() + " revisions ("
                    + String.join(", ", resolved) + "): name one revision");
        }
        return resolved.get(0);
    }

    /**
     * The revisions from {@code first} to {@code last}: every descendant of the one that is an
     * ancestor of the other. Nothing outside may lead into the range but through {@code first}'s
     * parents, and nothing may leave it but from {@code last}, or the squash would lose a branch.
     */
    private static Plan plan(RevisionGraph graph, String first, String last) {
        if (first.equals(last)) throw new ConfigurationException("FROM and TO are both " + first + ": a squash joins two or more revisions");
        Set<String> above = graph.ancestors(List.of(last));
        if (!above.contains(first)) {
            throw new ConfigurationException(last + " does not descend from " + first + ": name the older revision first, squash FROM TO");
        }
        Set<String> inside = new LinkedHashSet<>(graph.descendants(List.of(first)));
        inside.retainAll(above);
        List<RevisionNode> range = inside.stream().map(graph::get).toList();
        List<String> children = new ArrayList<>();
        for (RevisionNode node : range) {
            if (node.baseline()) {
                throw new ConfigurationException(node.id() + " is the baseline, which stands for the database Migrata took over:"
                        + " squash from the revision after it");
            }
            if (!node.id().equals(first)) {
                for (String parent : node.parents()) {
                    if (!inside.contains(parent)) {
                        throw new ConfigurationException(node.id() + " merges " + parent + ", which is outside " + first + " .. " + last
                                + ": squash a range that holds the whole branch, or stop before the merge");
                    }
                }
            }
            for (String child : graph.children(node.id())) {
                if (node.id().equals(last)) {
                    children.add(child);
                } else if (!inside.contains(child)) {
                    throw new ConfigurationException(child + " branches off " + node.id() + ", inside " + first + " .. " + last
                            + ": its parent would disappear; squash up to the branch point, or merge the branch first");
                }
            }
            if (node.origin() == null || !Files.isRegularFile(Path.of(node.origin()))) {
                throw new ConfigurationException("revision " + node.id() + " comes from " + node.origin()
                        + ", not a file of the versions directory, so it cannot be replaced");
            }
        }
        boolean sql = range.stream().allMatch(node -> node.origin().endsWith(".sql"));
        return new Plan(range, graph.get(first).parents(), children, sql);
    }

    /** Where the database stands against the range; inside it, the squash is refused. */
    private static String position(RevisionGraph graph, Plan plan, List<String> rows, String label) {
        Set<String> range = Set.copyOf(plan.ids());
        Set<String> past = graph.contains(plan.last().id()) ? graph.descendants(List.of(plan.last().id())) : Set.of();
        for (String row : rows) {
            if (range.contains(row) && !row.equals(plan.last().id())) {
                throw new ConfigurationException(label + " is at " + row + ", inside " + plan.first().id() + " .. " + plan.last().id()
                        + ": upgrade it to " + plan.last().id() + " (or past it) first, then squash");
            }
        }
        if (rows.contains(plan.last().id())) return "at " + plan.last().id();
        if (rows.stream().anyMatch(past::contains)) return label + " is past the range: nothing to do";
        return label + " is before the range: nothing to do";
    }

    /** The squashed revision, Java or (when every revision in the range is SQL) SQL, and TO's children repointed at it. */
    private Rewrite render(HistoryReplay replay, RevisionGraph graph, Plan plan, String message) {
        List<SchemaOp> up = new ArrayList<>();
        for (RevisionNode node : plan.range()) {
            boolean transactional = replay.migrations().get(node.id()).transactional();
            for (SchemaOp op : replay.upgradeOps(node.id())) up.add(plan.sql() || transactional ? op : outsideTransaction(op));
        }
        List<SchemaOp> down = new ArrayList<>();
        String irreversible = null;
        List<RevisionNode> newestFirst = new ArrayList<>(plan.range());
        Collections.reverse(newestFirst);
        for (RevisionNode node : newestFirst) {
            HistoryReplay.Recording recording = replay.downgrade(node.id());
            if (recording.failure() != null) {
                irreversible = "the squashed revision " + node.id() + " could not be downgraded either: "
                        + recording.failure().getMessage();
                break;
            }
            down.addAll(recording.ops());
        }
        List<String> replaced = plan.ids();
        Instant created = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        SquashedRange range = irreversible == null ? SquashedRange.reversible(replaced, down)
                : SquashedRange.irreversible(replaced, irreversible);
        MigrationWriter writer = new MigrationWriter(project.migrations().template());
        GeneratedMigration java = writer.render(NewRevision.of(message, plan.parents(), created, up).asSquash(range));
        String id = java.revisionId();
        Map<Path, String> repointed = new LinkedHashMap<>();
        for (String child : plan.children()) {
            Path file = Path.of(graph.get(child).origin());
            repointed.put(file, RevisionParents.repoint(read(file), file.toString().endsWith(".sql"), plan.last().id(), id));
        }
        List<SchemaOp> downOps = irreversible == null ? down : null;
        if (!plan.sql()) return new Rewrite(id, java.file().getFileName().toString(), java.source(), repointed, up, downOps);
        boolean transactional = plan.range().stream().allMatch(node -> replay.migrations().get(node.id()).transactional());
        List<String> upSql = up.stream().map(op -> ((ExecuteSql) op).sql()).toList();
        List<String> downSql = irreversible == null ? down.stream().map(op -> ((ExecuteSql) op).sql()).toList() : null;
        String text = new SqlRevisionText(id, plan.parents(), message, created.toString(), transactional, replaced, upSql, downSql)
                .render();
        return new Rewrite(id, java.className() + ".sql", text, repointed, up, downOps);
    }

    /** The op as a revision outside a transaction runs it, so the squashed Java revision is not made transactional. */
    private static SchemaOp outsideTransaction(SchemaOp op) {
        return op instanceof ExecuteSql sql ? new ExecuteSql(sql.sql(), sql.reverseSql(), false) : op;
    }

    /**
     * Both histories on scratch databases: the old one up to TO and then to the heads, the new one
     * (on a copy of the versions directory) up to the squashed revision and then to the heads, the
     * schemas compared at both points; and every revision outside the range keeps its checksum.
     */
    private Comparison replay(HistoryReplay before, Plan plan, Rewrite files) throws SQLException {
        Path copy = copyWithSquash(plan, files);
        try {
            Migrator squashed = project.migrations().migratorOf(copy, null);
            HistoryReplay after = squashed.replay();
            checkRecorded(after, files);
            for (RevisionNode node : before.migrations().graph().revisions()) {
                if (plan.ids().contains(node.id())) continue;
                if (!RevisionChecksum.of(before, node.id()).equals(RevisionChecksum.of(after, node.id()))) {
                    throw new ConfigurationException("after the squash, revision " + node.id() + " would record other operations"
                            + " (its checksum would change), so nothing was written: it reads the schema in a way the squashed"
                            + " revision does not reproduce; squash a range that ends before it");
                }
            }
            List<SchemaModel> old = replayed(project.migrations().directory(), plan.last().id());
            List<SchemaModel> now = replayed(copy, files.revisionId());
            project.notice("replayed both histories on scratch databases");
            Comparison atRange = Comparison.of(plan.last().id(), files.revisionId(), SchemaDiff.between(old.get(0), now.get(0)));
            Comparison atHeads = Comparison.of("heads before the squash", "heads after it", SchemaDiff.between(old.get(1), now.get(1)));
            Comparison differing = atRange.equal() ? atHeads : atRange;
            return differing.withVerdict(differing.equal()
                    ? "replayed on scratch databases, " + files.revisionId() + " builds what " + plan.first().id() + " .. "
                            + plan.last().id() + " built"
                    : "the squashed revision would not build what the range built: replayed on scratch databases the"
                            + " schemas differ as printed above, so nothing was written (please report it: it is a gap in"
                            + " what Migrata records or writes)");
        } finally {
            deleteTree(copy);
        }
    }

    /**
     * The squashed revision as written must record the range's ops: the scratch databases compare
     * schemas, and this covers what they cannot see, the SQL that moves data.
     */
    private static void checkRecorded(HistoryReplay after, Rewrite files) {
        HistoryReplay.Recording up = after.upgrade(files.revisionId());
        HistoryReplay.Recording down = after.downgrade(files.revisionId());
        boolean same = files.up().equals(up.ops())
                && (files.down() == null ? down.failure() != null : files.down().equals(down.ops()));
        if (!same) {
            throw new IllegalStateException("the squashed revision " + files.revisionId() + " as written would not record the"
                    + " operations of the range, so nothing was written (please report it: it is a gap in what Migrata writes)");
        }
    }

    /** The schema on a fresh scratch database after upgrading to {@code revision}, and after upgrading on to the heads. */
    private List<SchemaModel> replayed(Path versions, String revision) throws SQLException {
        try (ScratchDatabase scratch = project.databases().scratch()) {
            Migrator migrator = project.migrations().migratorOf(versions, scratch::connect);
            migrator.upgrade(revision);
            SchemaModel atRevision = read(scratch);
            migrator.upgrade("heads");
            return List.of(atRevision, read(scratch));
        }
    }

    private static SchemaModel read(ScratchDatabase scratch) throws SQLException {
        try (DatabaseSession session = scratch.target().session()) {
            return new PostgresIntrospector(session.connection()).read(new IntrospectionOptions(List.of(), List.of(), false));
        }
    }

    /** A temporary copy of the versions directory as it will be after the squash. */
    private Path copyWithSquash(Plan plan, Rewrite files) {
        Path versions = project.migrations().directory();
        try {
            Path copy = Files.createTempDirectory("migrata-squash");
            try (Stream<Path> all = Files.walk(versions)) {
                for (Path file : all.filter(Files::isRegularFile).toList()) {
                    Path into = copy.resolve(versions.relativize(file).toString());
                    Files.createDirectories(into.getParent());
                    Files.copy(file, into);
                }
            }
            apply(copy, relocated(plan, versions, copy), relocated(files, versions, copy));
            return copy;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy " + versions + " to try the squash", e);
        }
    }

    private static Plan relocated(Plan plan, Path from, Path to) {
        List<RevisionNode> range = plan.range().stream().map(node -> new RevisionNode(node.id(), node.parents(), node.message(),
                node.created(), to.resolve(from.relativize(Path.of(node.origin())).toString()).toString(), node.baseline(),
                node.replaces())).toList();
        return new Plan(range, plan.parents(), plan.children(), plan.sql());
    }

    private static Rewrite relocated(Rewrite files, Path from, Path to) {
        Map<Path, String> repointed = new LinkedHashMap<>();
        files.repointed().forEach((file, text) -> repointed.put(to.resolve(from.relativize(file).toString()), text));
        return new Rewrite(files.revisionId(), files.fileName(), files.text(), repointed, files.up(), files.down());
    }

    /** Writes the squashed revision, repoints TO's children, then deletes the range's files. */
    private static void apply(Path versions, Plan plan, Rewrite files) {
        Path written = versions.resolve(files.fileName());
        try {
            if (Files.exists(written)) {
                throw new ConfigurationException(written + " exists already: give the squashed revision another message with -m");
            }
            Files.writeString(written, files.text(), StandardCharsets.UTF_8);
            for (Map.Entry<Path, String> child : files.repointed().entrySet()) {
                Files.writeString(child.getKey(), child.getValue(), StandardCharsets.UTF_8);
            }
            for (RevisionNode node : plan.range()) Files.delete(Path.of(node.origin()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot rewrite " + versions + " for the squash", e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> all = Files.walk(root)) {
            for (Path path : all.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(path);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the temporary copy " + root, e);
        }
    }
}
