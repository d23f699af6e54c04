package io.migrata.workflow;

import io.migrata.codegen.GeneratedMigration;
import io.migrata.codegen.MigrationWriter;
import io.migrata.codegen.NewRevision;
import io.migrata.runner.Migrator;
import io.migrata.runner.Moved;
import io.migrata.runner.RevisionStatus;
import io.migrata.runner.graph.RevisionGraph;
import io.migrata.runner.graph.RevisionNode;
import io.migrata.runner.graph.StampPlan;
import io.migrata.runner.execute.RevisionSql;
import io.migrata.runner.execute.SqlStatement;
import io.migrata.runner.load.HistoryReplay;
import io.migrata.runner.load.InvalidMigrationException;
import io.migrata.runner.sql.RenderOptions;
import io.migrata.runner.load.MigrationCodeException;
import io.migrata.workflow.config.ConfigurationException;
import io.migrata.workflow.connect.DatabaseTarget;
import io.migrata.workflow.connect.ScratchDatabase;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * The workflows over the revision history: moving the database (upgrade, downgrade, stamp), reading
 * where it is (current, history), the offline scripts, and the history itself (heads, branches,
 * show, new empty revisions and merges).
 */
final class MigrationWorkflows {

    private final Project project;

    MigrationWorkflows(Project project) {
        this.project = project;
    }

    Move upgrade(String target) throws SQLException {
        return move(true, target);
    }

    Move downgrade(String target) throws SQLException {
        return move(false, target);
    }

    private Move move(boolean upgrade, String target) throws SQLException {
        DatabaseTarget database = project.databases().target();
        Migrator migrator = project.migratorWithProgress(database);
        long start = System.nanoTime();
        Moved moved = upgrade ? migrator.upgradeTo(target) : migrator.downgradeTo(target);
        Duration duration = Duration.ofNanos(System.nanoTime() - start);
        List<Move.Step> steps = moved.steps().stream()
                .map(s -> new Move.Step(s.step().revision().id(), s.step().revision().message(), s.step().describe(),
                        s.step().headsBefore(), s.step().headsAfter(), s.statements(), s.duration()))
                .toList();
        Move move = new Move(database.label(), upgrade, steps, duration, moved.headsAfter());
        project.notice(Summary.of(move));
        return move;
    }

    Stamp stamp(String target, boolean purge) throws SQLException {
        DatabaseTarget database = project.databases().target();
        StampPlan plan = project.migratorWithProgress(database).stamp(target, purge);
        Stamp stamp = new Stamp(database.label(), plan.headsBefore(), plan.headsAfter(), plan.entering(), plan.leaving(), purge);
        String after = RevisionText.revisions(plan.headsAfter());
        project.notice(plan.changesNothing() && !purge ? database.label() + " is already at " + after
                : "stamped " + database.label() + ": " + RevisionText.revisions(plan.headsBefore()) + " -> " + after);
        return stamp;
    }

    List<String> repair(String revision) throws SQLException {
        List<String> repaired = project.migratorWithProgress(project.databases().target()).repair(revision);
        project.notice(repaired.isEmpty() ? "nothing to repair: the recorded checksums match the code"
                : "recorded the new checksum of " + String.join(", ", repaired));
        return repaired;
    }

    DatabaseRevisions current() throws SQLException {
        DatabaseTarget database = project.databases().target();
        Migrator migrator = project.migrator(database);
        List<String> ids = migrator.current();
        RevisionGraph graph = migrator.graph();
        List<DatabaseRevisions.Current> current = ids.stream()
                .map(id -> graph.contains(id)
                        ? new DatabaseRevisions.Current(id, RevisionInfo.of(graph.get(id)), graph.heads().contains(id))
                        : new DatabaseRevisions.Current(id, null, false))
                .toList();
        if (ids.isEmpty()) project.notice(database.label() + " is at base: no revision is applied");
        return new DatabaseRevisions(database.label(), current, migrator.partlyApplied());
    }

    /** @param range {@code FROM:TO} as {@code history -r} takes it, or null for every revision */
    History history(String range) throws SQLException {
        DatabaseTarget database = project.databases().target();
        Migrator migrator = project.migrator(database);
        List<RevisionStatus> statuses = migrator.history();
        RevisionGraph graph = migrator.graph();
        List<String> current = statuses.stream().filter(RevisionStatus::current).map(s -> s.revision().id()).toList();
        Set<String> shown = RevisionRange.parse(range).select(graph, current);
        List<RevisionState> selected = statuses.stream()
                .filter(s -> shown.contains(s.revision().id()))
                .map(s -> new RevisionState(RevisionInfo.of(s.revision()), s.applied(), s.current(), s.head(),
                        s.branchPoint(), s.mergePoint(), s.appliedAt(), s.edited()))
                .toList();
        if (graph.isEmpty()) project.notice("there are no revisions yet: create one with migrata revision -m MESSAGE");
        return new History(database.label(), selected, !graph.isEmpty());
    }

    String upgradeSql(String range) {
        return project.migrations().offline().upgradeSql(range);
    }

    String downgradeSql(String range) {
        return project.migrations().offline().downgradeSql(range);
    }

    Revisions revisions() {
        return new Revisions(project.migrations().offline().graph());
    }

    RevisionDetail show(String revision) {
        Migrator migrator = project.migrations().offline();
        RevisionGraph graph = migrator.graph();
        List<String> named = graph.resolve(revision, List.of());
        if (named.size() != 1) {
            throw new ConfigurationException(revision + " names " + (named.isEmpty() ? "no revision" : named.size() + " revisions ("
                    + String.join(", ", named) + ")") + ": show takes one revision");
        }
        RevisionNode node = graph.get(named.get(0));
        HistoryReplay replay = migrator.replay();
        boolean transactional = replay.migrations().get(node.id()).transactional();
        return new RevisionDetail(RevisionInfo.of(node), graph.children(node.id()), graph.heads().contains(node.id()),
                transactional, transactional ? outsideTransaction(replay, node.id()) : List.of(),
                recording(replay.upgrade(node.id())), recording(replay.downgrade(node.id())));
    }

    /** The upgrade statements that will not run in the revision's transaction; none when it cannot be rendered. */
    private static List<String> outsideTransaction(HistoryReplay replay, String id) {
        if (replay.upgrade(id).failure() != null) return List.of();
        try {
            return new RevisionSql(replay, RenderOptions.defaults()).upgrade(id).stream()
                    .filter(statement -> !statement.transactional()).map(SqlStatement::brief).toList();
        } catch (InvalidMigrationException e) {
            return List.of();
        }
    }

    /**
     * Upgrades, downgrades and upgrades again each selected revision on a scratch database.
     *
     * @param revision verify this revision only (its ancestors are applied first), or null
     * @param last     verify the last this many revisions only, or null
     */
    Verification verify(String revision, Integer last) throws SQLException {
        if (revision != null && last != null) throw new ConfigurationException("give REV or -n N, not both");
        if (last != null && last < 1) throw new ConfigurationException("-n " + last + " must be 1 or more");
        try (ScratchDatabase scratch = project.databases().scratch()) {
            Migrator migrator = project.migrator(scratch.target());
            RevisionGraph graph = migrator.graph();
            List<RevisionNode> all = graph.revisions();
            List<RevisionNode> selected = all;
            if (revision != null) {
                List<String> named = graph.resolve(revision, List.of());
                selected = all.stream().filter(r -> named.contains(r.id())).toList();
            } else if (last != null) {
                selected = all.subList(Math.max(0, all.size() - last), all.size());
            }
            Verification verification = new Verification(new RevisionVerifier(scratch, migrator,
                    project.migrations().versionSchema(), project::notice).verify(selected), selected.size());
            int checked = verification.outcomes().size();
            String stopped = checked < selected.size() ? "; stopped at the failure, "
                    + (selected.size() - checked) + " more not verified" : "";
            project.notice(verification.failed() == 0 ? "verified " + checked + " revision" + (checked == 1 ? "" : "s")
                    : verification.failed() + " of " + checked + " revisions do not downgrade cleanly" + stopped);
            return verification;
        }
    }

    private static RevisionDetail.Recording recording(HistoryReplay.Recording recording) {
        return new RevisionDetail.Recording(recording.ops(), recording.failure() == null ? null
                : MigrationCodeException.describe(recording.failure()));
    }

    /** An empty revision after the head, to fill in by hand. */
    GeneratedRevision revision(String message) {
        MigrationWriter writer = writer(message);
        RevisionGraph graph = project.migrations().offline().graph();
        List<String> parents = graph.isEmpty() ? List.of() : List.of(graph.head());
        return generated(writer.write(NewRevision.empty(message, parents, Instant.now())), parents);
    }

    /**
     * A revision whose parents are these revisions (every head when empty), joining the branches.
     *
     * @param message what the merge is, or null for {@code merge} and the revisions' ids
     */
    GeneratedRevision merge(List<String> revisions, String message) {
        List<String> parents = project.migrations().offline().mergeParents(revisions);
        String text = message != null ? message : "merge " + String.join(" and ", parents);
        GeneratedRevision written = generated(new MigrationWriter(project.migrations().template())
                .write(NewRevision.empty(text, parents, Instant.now())), parents);
        project.notice("revision " + written.revisionId() + " merges " + String.join(", ", parents));
        return written;
    }

    /**
     * A writer for a revision with this message, checked first: a message or template that cannot
     * name a class fails before any database work, whatever a comparison would find.
     */
    MigrationWriter writer(String message) {
        if (message == null || message.isBlank()) {
            throw new ConfigurationException("a revision needs a message saying what it does: -m \"add user phone\"");
        }
        MigrationWriter writer = new MigrationWriter(project.migrations().template());
        writer.render(NewRevision.empty(message, List.of(), Instant.now()));
        return writer;
    }

    static GeneratedRevision generated(GeneratedMigration migration, List<String> parents) {
        return new GeneratedRevision(migration.revisionId(), parents, migration.file(), migration.source());
    }
}
