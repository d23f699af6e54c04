package io.migrata.runner;

import io.migrata.runner.checksum.ChecksumMismatchException;
import io.migrata.runner.checksum.ChecksumVerifier;
import io.migrata.runner.checksum.RevisionChecksum;
import io.migrata.runner.execute.AppliedStep;
import io.migrata.runner.execute.RevisionExecutor;
import io.migrata.runner.execute.RevisionSql;
import io.migrata.runner.execute.SqlStatement;
import io.migrata.runner.graph.InvalidTargetException;
import io.migrata.runner.graph.PlannedStep;
import io.migrata.runner.graph.Planner;
import io.migrata.runner.graph.RevisionGraph;
import io.migrata.runner.graph.RevisionNode;
import io.migrata.runner.graph.SquashedRevisionException;
import io.migrata.runner.graph.StampPlan;
import io.migrata.runner.graph.Targets;
import io.migrata.runner.load.HistoryReplay;
import io.migrata.runner.load.LoadedMigrations;
import io.migrata.runner.load.MigrationLoader;
import io.migrata.runner.lock.AdvisoryLock;
import io.migrata.runner.lock.LockHolder;
import io.migrata.runner.offline.OfflineScript;
import io.migrata.runner.sql.RenderOptions;
import io.migrata.runner.version.HistoryAction;
import io.migrata.runner.version.HistoryEntry;
import io.migrata.runner.version.HistoryRecord;
import io.migrata.runner.version.InconsistentVersionRowsException;
import io.migrata.runner.version.UnknownAppliedRevisionException;
import io.migrata.runner.version.VersionTables;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.Set;

/**
 * Applies migrations to a database: the library behind the {@code migrata} command, usable from an
 * application at start-up. Commands that change the database take the migration lock, create the
 * version tables on first use, refuse to run while an applied revision was edited, and run each
 * revision in its own transaction with its version row update.
 *
 * <pre>{@code
 * Migrator migrator = new Migrator(MigratorConfig.of(
 *         MigrationSource.classPathPackage("com.example.migrations"), dataSource::getConnection));
 * migrator.upgrade("head");
 * migrator.current();   // [002_add_user_phone]
 * }</pre>
 */
public final class Migrator {

    private final MigratorConfig config;
    private final VersionTables tables;
    private HistoryReplay replay;

    public Migrator(MigratorConfig config) {
        this.config = config;
        this.tables = new VersionTables(config.versionSchema());
    }

    /** The migrations, loaded (and compiled, for sources) on first use. */
    public LoadedMigrations migrations() {
        return replay().migrations();
    }

    /** The migrations' recorded ops, each against the schema its history leaves. */
    public synchronized HistoryReplay replay() {
        if (replay == null) {
            LoadedMigrations loaded = new MigrationLoader(config.cacheDirectory()).load(config.source());
            replay = new HistoryReplay(loaded, config.defaultSchema());
        }
        return replay;
    }

    public RevisionGraph graph() {
        return migrations().graph();
    }

    /** The heads of the revision graph; no database needed. */
    public List<String> heads() {
        return graph().heads();
    }

    /**
     * The parents a merge revision of these targets gets (all heads when none are given); the
     * command writes the revision itself, with the code generator.
     */
    public List<String> mergeParents(List<String> targets) {
        return graph().mergeParents(targets);
    }

    /** Applies revisions up to the target ({@code head}, {@code heads}, an id, {@code +N}, …). */
    public List<AppliedStep> upgrade(String target) throws SQLException {
        return upgradeTo(target).steps();
    }

    /** As {@link #upgrade}, also saying where the database is afterwards. */
    public Moved upgradeTo(String target) throws SQLException {
        HistoryReplay recorded = replay();
        return locked("upgrade", (connection, tables) -> {
            List<String> current = knownHeads(connection, tables, recorded, true);
            List<PlannedStep> plan = new Planner(recorded.migrations().graph()).upgrade(current, target);
            verifyChecksums(connection, tables, recorded, current);
            return run(connection, tables, recorded, current, plan);
        });
    }

    /** Undoes revisions down to the target ({@code base}, an id, {@code -N}, …), newest first. */
    public List<AppliedStep> downgrade(String target) throws SQLException {
        return downgradeTo(target).steps();
    }

    /** As {@link #downgrade}, also saying where the database is afterwards. */
    public Moved downgradeTo(String target) throws SQLException {
        HistoryReplay recorded = replay();
        return locked("downgrade", (connection, tables) -> {
            List<String> current = knownHeads(connection, tables, recorded, true);
            List<PlannedStep> plan = new Planner(recorded.migrations().graph()).downgrade(current, target);
            verifyChecksums(connection, tables, recorded, current);
            return run(connection, tables, recorded, current, plan);
        });
    }

    /** Sets the version table to the target without running any migration. */
    public StampPlan stamp(String target) throws SQLException {
        return stamp(target, false);
    }

    /**
     * Sets the version table to the target without running any migration. With {@code purge}, rows
     * naming revisions no migration declares are dropped instead of stopping the stamp.
     */
    public StampPlan stamp(String target, boolean purge) throws SQLException {
        HistoryReplay recorded = replay();
        LoadedMigrations loaded = recorded.migrations();
        return locked("stamp", (connection, tables) -> {
            List<String> rows = tables.readHeads(connection);
            List<String> current = purge
                    ? rows.stream().filter(loaded.graph()::contains).toList()
                    : knownHeads(connection, tables, recorded, true);
            StampPlan plan = new Planner(loaded.graph()).stamp(current, target);
            if (plan.changesNothing() && (!purge || rows.equals(plan.headsAfter()))) return plan;
            Instant now = Instant.now();
            try (Statement statement = connection.createStatement()) {
                if (purge) statement.execute(tables.purgeStatement());
                List<String> from = purge ? List.of() : plan.headsBefore();
                for (String sql : tables.moveHeadsStatements(from, plan.headsAfter())) statement.execute(sql);
            }
            for (String id : plan.leaving()) record(connection, tables, recorded, id, HistoryAction.UNSTAMP, now);
            for (String id : plan.entering()) record(connection, tables, recorded, id, HistoryAction.STAMP, now);
            connection.commit();
            return plan;
        });
    }

    /**
     * Acknowledges edits to applied revisions: records the checksum their code has now, so upgrade
     * and downgrade run again. Use it only when the database matches the edited code.
     *
     * @return the revisions whose checksum changed and was recorded
     */
    public List<String> repair(String target) throws SQLException {
        HistoryReplay recorded = replay();
        LoadedMigrations loaded = recorded.migrations();
        return locked("stamp --repair", (connection, tables) -> {
            List<String> current = knownHeads(connection, tables, recorded, true);
            Set<String> applied = loaded.graph().ancestors(current);
            List<String> named = loaded.graph().resolve(target, current);
            if (named.isEmpty()) throw new InvalidTargetException(target, "name the revision to repair");
            for (String id : named) {
                if (!applied.contains(id)) {
                    throw new InvalidTargetException(target, "revision " + id + " is not applied, so there is nothing to repair");
                }
            }
            Map<String, String> checksums = tables.appliedChecksums(connection);
            List<String> repaired = new ArrayList<>();
            for (ChecksumMismatchException.Mismatch mismatch : ChecksumVerifier.mismatches(recorded, named, checksums)) {
                record(connection, tables, recorded, mismatch.revision(), HistoryAction.REPAIR, Instant.now());
                repaired.add(mismatch.revision());
            }
            connection.commit();
            return repaired;
        });
    }

    /** The revisions the version table names, as it names them; empty at base. */
    public List<String> current() throws SQLException {
        return reading(tables::readHeads);
    }

    /**
     * Revisions a failed run left part way, with how many of their statements are committed;
     * upgrading (or downgrading) again resumes them.
     */
    public List<String> partlyApplied() throws SQLException {
        return reading(tables::readPartlyApplied);
    }

    /** Every revision, parents first, with what the database says about it. */
    public List<RevisionStatus> history() throws SQLException {
        HistoryReplay recorded = replay();
        RevisionGraph graph = recorded.migrations().graph();
        return reading(connection -> {
            List<String> rows = resolvedRows(connection, tables, recorded, false);
            List<String> known = rows.stream().filter(graph::contains).toList();
            Set<String> applied = graph.ancestors(known);
            Map<String, String> checksums = tables.appliedChecksums(connection);
            Map<String, Instant> appliedAt = lastApplied(tables.readHistory(connection));
            Set<String> edited = new HashSet<>();
            ChecksumVerifier.mismatches(recorded, applied, checksums).forEach(m -> edited.add(m.revision()));
            List<String> heads = graph.heads();
            List<String> branchPoints = graph.branchPoints();
            List<RevisionStatus> statuses = new ArrayList<>();
            for (RevisionNode node : graph.revisions()) {
                boolean isApplied = applied.contains(node.id());
                statuses.add(new RevisionStatus(node, isApplied, rows.contains(node.id()), heads.contains(node.id()),
                        branchPoints.contains(node.id()), node.isMerge(), isApplied ? appliedAt.get(node.id()) : null,
                        edited.contains(node.id())));
            }
            return statuses;
        });
    }

    /** Every row of {@code migrata_history}, oldest first. */
    public List<HistoryEntry> log() throws SQLException {
        return reading(tables::readHistory);
    }

    /** The revisions {@code upgrade heads} would apply, in order. */
    public List<RevisionNode> pending() throws SQLException {
        HistoryReplay recorded = replay();
        return reading(connection -> new Planner(recorded.migrations().graph()).upgrade(knownHeads(connection, tables, recorded, false), "heads")
                .stream().map(PlannedStep::revision).toList());
    }

    /**
     * The script {@code upgrade} would run, without a database: {@code [FROM:]TO}, from base when
     * FROM is left out.
     */
    public String upgradeSql(String range) {
        HistoryReplay recorded = replay();
        String[] ends = range(range, false);
        RevisionGraph graph = recorded.migrations().graph();
        List<PlannedStep> plan = new Planner(graph).upgrade(startOf(graph, ends[0]), ends[1]);
        return OfflineScript.render("upgrade " + ends[0] + " -> " + ends[1], plan, recorded, config.renderOptions(), tables);
    }

    /** The script {@code downgrade} would run, without a database: {@code FROM:TO}, e.g. {@code head:base}. */
    public String downgradeSql(String range) {
        HistoryReplay recorded = replay();
        String[] ends = range(range, true);
        RevisionGraph graph = recorded.migrations().graph();
        List<PlannedStep> plan = new Planner(graph).downgrade(startOf(graph, ends[0]), ends[1]);
        return OfflineScript.render("downgrade " + ends[0] + " -> " + ends[1], plan, recorded, config.renderOptions(),
                tables);
    }

    private static String[] range(String range, boolean fromRequired) {
        int colon = range.indexOf(':');
        if (colon < 0) {
            if (fromRequired) {
                throw new InvalidTargetException(range, "an offline downgrade needs both ends, FROM:TO (e.g. head:base),"
                        + " because no database says where it starts");
            }
            return new String[] {"base", range};
        }
        return new String[] {range.substring(0, colon), range.substring(colon + 1)};
    }

    private static List<String> startOf(RevisionGraph graph, String from) {
        if (Targets.isStepUp(from) || Targets.isStepDown(from)) {
            throw new InvalidTargetException(from,
                    "an offline script starts at a named revision, not a step from the database's");
        }
        return graph.resolve(from, List.of());
    }

    private Moved run(Connection connection, VersionTables tables, HistoryReplay recorded, List<String> current,
                      List<PlannedStep> plan) throws SQLException {
        // Render and checksum everything before the first statement runs, so an op the renderer
        // refuses stops the command with the database untouched.
        int major = connection.getMetaData().getDatabaseMajorVersion();
        if (major < RenderOptions.OLDEST_SUPPORTED_MAJOR) throw new UnsupportedServerException(major);
        RevisionSql sql = new RevisionSql(recorded, config.renderOptions().forServer(major));
        Map<String, List<SqlStatement>> statements = new HashMap<>();
        Map<String, String> checksums = new HashMap<>();
        for (PlannedStep step : plan) {
            String id = step.revision().id();
            statements.put(id, step.upgrade() ? sql.upgrade(id) : sql.downgrade(id));
            checksums.put(id, RevisionChecksum.of(recorded, id));
        }
        RevisionExecutor executor = new RevisionExecutor(connection, tables, config.lockWaits());
        List<AppliedStep> done = new ArrayList<>();
        try {
            for (PlannedStep step : plan) {
                String id = step.revision().id();
                config.listener().starting(step);
                AppliedStep applied = executor.run(step, recorded.migrations().get(id).transactional(), statements.get(id),
                        checksums.get(id));
                config.listener().finished(applied);
                done.add(applied);
            }
            executor.finish();
            return new Moved(done, plan.isEmpty() ? current
                    : plan.get(plan.size() - 1).headsAfter().stream().sorted().toList());
        } catch (SQLException | RuntimeException e) {
            finishQuietly(executor, e);
            throw e;
        }
    }

    private static void finishQuietly(RevisionExecutor executor, Exception failure) {
        try {
            executor.finish();
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }

    private static void record(Connection connection, VersionTables tables, HistoryReplay recorded, String id,
                               HistoryAction action, Instant at) throws SQLException {
        String checksum = RevisionChecksum.of(recorded, id);
        tables.insertHistory(connection, new HistoryRecord(id, action, checksum, at, null, true, null));
    }

    /** @param settle rewrite a row naming the last revision of a squashed range to the revision it became (under the lock only) */
    private List<String> knownHeads(Connection connection, VersionTables tables, HistoryReplay recorded, boolean settle)
            throws SQLException {
        LoadedMigrations loaded = recorded.migrations();
        List<String> rows = resolvedRows(connection, tables, recorded, settle);
        List<String> unknown = rows.stream().filter(id -> !loaded.graph().contains(id)).toList();
        if (!unknown.isEmpty()) {
            throw new UnknownAppliedRevisionException(unknown, tables.versionTable(), config.source().describe());
        }
        for (String row : rows) {
            for (String other : rows) {
                if (!other.equals(row) && loaded.graph().ancestors(List.of(other)).contains(row)) {
                    throw new InconsistentVersionRowsException(row, other, tables.versionTable());
                }
            }
        }
        return rows;
    }

    /**
     * The version rows, a row naming the last revision of a range {@code migrata squash} joined read
     * as the revision that replaced it, so a database that was at the end of the range (or is
     * deployed only after the squash) goes on from there. A row inside the range is refused: no
     * revision leads from it any more.
     */
    private List<String> resolvedRows(Connection connection, VersionTables tables, HistoryReplay recorded, boolean settle)
            throws SQLException {
        RevisionGraph graph = recorded.migrations().graph();
        List<String> rows = tables.readHeads(connection);
        List<String> resolved = new ArrayList<>();
        for (String row : rows) {
            Optional<RevisionNode> squashed = graph.contains(row) ? Optional.empty() : graph.replacing(row);
            if (squashed.isEmpty()) {
                resolved.add(row);
            } else if (squashed.get().succeeds(row)) {
                resolved.add(squashed.get().id());
            } else {
                throw SquashedRevisionException.insideRange(row, squashed.get(), tables.versionTable());
            }
        }
        if (settle && !resolved.equals(rows)) {
            try (Statement statement = connection.createStatement()) {
                for (String sql : tables.moveHeadsStatements(rows, resolved)) statement.execute(sql);
            }
            Instant now = Instant.now();
            for (String id : resolved) {
                if (!rows.contains(id)) record(connection, tables, recorded, id, HistoryAction.STAMP, now);
            }
        }
        return resolved;
    }

    private static void verifyChecksums(Connection connection, VersionTables tables, HistoryReplay recorded,
                                        List<String> current) throws SQLException {
        ChecksumVerifier.verify(recorded, recorded.migrations().graph().ancestors(current), tables.appliedChecksums(connection));
    }

    private static Map<String, Instant> lastApplied(List<HistoryEntry> entries) {
        Map<String, Instant> at = new HashMap<>();
        for (HistoryEntry entry : entries) {
            if (entry.success() && entry.action() != HistoryAction.REPAIR) {
                if (entry.action().leavesApplied()) at.put(entry.revision(), entry.startedAt());
                else at.remove(entry.revision());
            }
        }
        return at;
    }

    /**
     * Work done while holding the migration lock, on the locked session with autocommit off, through
     * version tables known to exist.
     */
    private interface LockedWork<T> {
        T run(Connection connection, VersionTables tables) throws SQLException;
    }

    /** Work on a connection in autocommit, without the lock. */
    private interface ReadingWork<T> {
        T run(Connection connection) throws SQLException;
    }

    @SuppressWarnings("try") // the locks are held by being open, not used in the body
    private <T> T locked(String command, LockedWork<T> work) throws SQLException {
        if (config.connections() == null) throw new NoDatabaseException(command);
        // The lock is held by the session that does the work: a runner killed in the middle of a
        // statement keeps it until the server ends that session, so the next runner cannot start
        // while a statement of the last one still runs, and no second connection is needed.
        // Releases before this one held it on a connection of their own and the work session's
        // lock below on the work session; taking that one too keeps a runner from starting while
        // such a killed runner's work session lives on.
        Consumer<LockHolder> waiting = holder -> config.listener().waitingForLock(holder, config.lockTimeout());
        try (Connection connection = config.connections().open();
             AdvisoryLock lock = AdvisoryLock.acquireOn(connection, tables.versionTable(), config.lockTimeout(), waiting);
             AdvisoryLock settled = AdvisoryLock.acquireOn(connection, tables.versionTable() + " (work session)",
                     config.lockTimeout(), waiting)) {
            boolean conforming = standardConformingStrings(connection, true);
            connection.setAutoCommit(false);
            try {
                // Committed at once, so the tables stay even when the work fails; when they were
                // all there, the look-up's transaction simply goes on into the work.
                if (tables.ensure(connection)) connection.commit();
                T result = work.run(connection, tables.present());
                if (!connection.getAutoCommit()) connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                if (!connection.isClosed() && !connection.getAutoCommit()) rollbackQuietly(connection, e);
                throw e;
            } finally {
                if (!conforming && !connection.isClosed()) standardConformingStrings(connection, false);
            }
        }
    }

    /**
     * Sets {@code standard_conforming_strings} for the session, outside any transaction, and says
     * what it was. Migrations run with it on: the expressions they carry (defaults, checks, view
     * bodies) are spelled as the catalog spells them under it, and the SQL they render relies on it.
     * A session where it was off (a role or database setting) gets it back afterwards.
     */
    private static boolean standardConformingStrings(Connection connection, boolean on) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(true);
        try (Statement statement = connection.createStatement()) {
            boolean was;
            try (ResultSet row = statement.executeQuery("SELECT pg_catalog.current_setting('standard_conforming_strings')")) {
                row.next();
                was = "on".equals(row.getString(1));
            }
            if (was != on) statement.execute("SET standard_conforming_strings = " + (on ? "on" : "off"));
            return was;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    private <T> T reading(ReadingWork<T> work) throws SQLException {
        if (config.connections() == null) throw new NoDatabaseException("reading the version table");
        try (Connection connection = config.connections().open()) {
            connection.setAutoCommit(true);
            return work.run(connection);
        }
    }

    private static void rollbackQuietly(Connection connection, Exception failure) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }
}
