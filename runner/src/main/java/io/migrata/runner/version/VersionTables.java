package io.migrata.runner.version;

import io.migrata.schema.Identifiers;
import io.migrata.schema.SqlLiterals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The two tables Migrata keeps in the target database, in a configurable schema:
 * {@code migrata_version}, one row per current head (like {@code alembic_version}), and
 * {@code migrata_history}, one row per upgrade, downgrade, stamp and repair of a revision, failed
 * attempts included. The same SQL text serves the online runner and offline scripts.
 */
public final class VersionTables {

    public static final String VERSION_TABLE = "migrata_version";
    public static final String HISTORY_TABLE = "migrata_history";
    public static final String PROGRESS_TABLE = "migrata_progress";

    private final String schema;
    /** Whether the tables are known to exist (this session created or found them), so nothing asks again. */
    private final boolean present;

    public VersionTables(String schema) {
        this(schema, false);
    }

    private VersionTables(String schema, boolean present) {
        this.schema = Objects.requireNonNull(schema, "schema");
        if (schema.isBlank()) throw new IllegalArgumentException("version table schema is blank");
        this.present = present;
    }

    /**
     * The same tables, known to exist: reads and writes through it skip the look-up that tells a
     * missing table from an empty one. Only for a session that has run {@link #ensure} under the
     * migration lock, where nobody drops them.
     */
    public VersionTables present() {
        return present ? this : new VersionTables(schema, true);
    }

    /** {@code "public"."migrata_version"}. */
    public String versionTable() {
        return Identifiers.alwaysQuote(schema) + "." + Identifiers.alwaysQuote(VERSION_TABLE);
    }

    public String historyTable() {
        return Identifiers.alwaysQuote(schema) + "." + Identifiers.alwaysQuote(HISTORY_TABLE);
    }

    /**
     * {@code migrata_progress}: one row per revision that is partly applied, saying how many of its
     * statements are committed, so that running it again resumes after them.
     */
    public String progressTable() {
        return Identifiers.alwaysQuote(schema) + "." + Identifiers.alwaysQuote(PROGRESS_TABLE);
    }

    /** Creates whatever of the schema and the tables is missing. */
    public List<String> createStatements() {
        return List.of(
                "CREATE SCHEMA IF NOT EXISTS " + Identifiers.alwaysQuote(schema),
                createVersionTable(),
                createHistoryTable(),
                createProgressTable());
    }

    private String createProgressTable() {
        return "CREATE TABLE IF NOT EXISTS " + progressTable() + " (\n"
                + "    \"revision\" character varying(255) NOT NULL,\n"
                + "    \"direction\" character varying(16) NOT NULL,\n"
                + "    \"checksum\" character(64),\n"
                + "    \"statements_done\" integer NOT NULL,\n"
                + "    \"statement_count\" integer NOT NULL,\n"
                + "    \"updated_at\" timestamp with time zone NOT NULL DEFAULT clock_timestamp(),\n"
                + "    CONSTRAINT \"migrata_progress_pkc\" PRIMARY KEY (\"revision\", \"direction\")\n"
                + ")";
    }

    /** Every partly applied revision's progress, read at once, for a run that may resume several. */
    public Progress readProgress(Connection connection) throws SQLException {
        Map<String, Progress.Row> rows = new TreeMap<>();
        if (!exists(connection, progressTable())) return new Progress(rows);
        String sql = "SELECT \"revision\", \"direction\", \"checksum\", \"statements_done\" FROM " + progressTable();
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            while (result.next()) {
                rows.put(Progress.key(result.getString(1), result.getString(2)),
                        new Progress.Row(result.getString(3), result.getInt(4)));
            }
        }
        return new Progress(rows);
    }

    /** Records that {@code done} of {@code count} statements are committed, in the connection's transaction. */
    public void saveProgress(Connection connection, String revision, HistoryAction action, String checksum, int done,
                             int count) throws SQLException {
        String sql = "INSERT INTO " + progressTable()
                + " (\"revision\", \"direction\", \"checksum\", \"statements_done\", \"statement_count\") VALUES (?, ?, ?, ?, ?)"
                + " ON CONFLICT (\"revision\", \"direction\") DO UPDATE SET \"checksum\" = EXCLUDED.\"checksum\","
                + " \"statements_done\" = EXCLUDED.\"statements_done\", \"statement_count\" = EXCLUDED.\"statement_count\","
                + " \"updated_at\" = clock_timestamp()";
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            insert.setString(1, revision);
            insert.setString(2, action.word());
            insert.setString(3, checksum);
            insert.setInt(4, done);
            insert.setInt(5, count);
            insert.executeUpdate();
        }
    }

    /** Forgets the progress of a revision once it is applied, in the transaction that records it. */
    public void clearProgress(Connection connection, String revision) throws SQLException {
        if (!exists(connection, progressTable())) return;
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM " + progressTable()
                + " WHERE \"revision\" = ?")) {
            delete.setString(1, revision);
            delete.executeUpdate();
        }
    }

    /** Revisions partly applied: revision and direction, with how many of how many statements are committed. */
    public List<String> readPartlyApplied(Connection connection) throws SQLException {
        if (!exists(connection, progressTable())) return List.of();
        List<String> partly = new ArrayList<>();
        String sql = "SELECT \"revision\", \"direction\", \"statements_done\", \"statement_count\" FROM "
                + progressTable() + " ORDER BY \"updated_at\"";
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                partly.add(rows.getString(1) + " (" + rows.getString(2) + "): statements 1 to " + rows.getInt(3) + " of "
                        + rows.getInt(4) + " applied");
            }
        }
        return partly;
    }

    private String createVersionTable() {
        return "CREATE TABLE IF NOT EXISTS " + versionTable() + " (\n"
                + "    \"version_num\" character varying(255) NOT NULL,\n"
                + "    CONSTRAINT \"migrata_version_pkc\" PRIMARY KEY (\"version_num\")\n"
                + ")";
    }

    private String createHistoryTable() {
        return "CREATE TABLE IF NOT EXISTS " + historyTable() + " (\n"
                + "    \"id\" bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,\n"
                + "    \"revision\" character varying(255) NOT NULL,\n"
                + "    \"direction\" character varying(16) NOT NULL,\n"
                + "    \"checksum\" character(64),\n"
                + "    \"started_at\" timestamp with time zone NOT NULL,\n"
                + "    \"duration_ms\" bigint,\n"
                + "    \"db_user\" text NOT NULL DEFAULT CURRENT_USER,\n"
                + "    \"success\" boolean NOT NULL,\n"
                + "    \"error\" text\n"
                + ")";
    }

    /**
     * Creates the tables that do not exist yet, in the connection's current transaction, and says
     * whether there were any (so a caller commits only then). It looks first because {@code CREATE ... IF NOT EXISTS} still demands the CREATE privilege, which an
     * application's role often lacks once the tables are there.
     */
    public boolean ensure(Connection connection) throws SQLException {
        // One round trip for the four look-ups: this runs at the start of every command that writes.
        String sql = "SELECT EXISTS (SELECT 1 FROM pg_catalog.pg_namespace WHERE nspname = ?),"
                + " pg_catalog.to_regclass(?) IS NOT NULL, pg_catalog.to_regclass(?) IS NOT NULL,"
                + " pg_catalog.to_regclass(?) IS NOT NULL";
        boolean[] found = new boolean[4];
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, schema);
            query.setString(2, versionTable());
            query.setString(3, historyTable());
            query.setString(4, progressTable());
            try (ResultSet row = query.executeQuery()) {
                row.next();
                for (int i = 0; i < found.length; i++) found[i] = row.getBoolean(i + 1);
            }
        }
        List<String> creates = List.of(createStatements().get(0), createVersionTable(), createHistoryTable(),
                createProgressTable());
        boolean created = false;
        try (Statement statement = connection.createStatement()) {
            for (int i = 0; i < found.length; i++) {
                if (found[i]) continue;
                statement.execute(creates.get(i));
                created = true;
            }
        }
        return created;
    }

    /** The current heads; none when the table does not exist yet. */
    public List<String> readHeads(Connection connection) throws SQLException {
        if (!exists(connection, versionTable())) return List.of();
        List<String> heads = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT \"version_num\" FROM " + versionTable() + " ORDER BY 1")) {
            while (rows.next()) heads.add(rows.getString(1));
        }
        return heads;
    }

    /** The statements that change the version rows from one set of heads to another. */
    public List<String> moveHeadsStatements(List<String> from, List<String> to) {
        List<String> statements = new ArrayList<>();
        removedHeads(from, to).ifPresent(statements::add);
        addedHeads(from, to).ifPresent(statements::add);
        return statements;
    }

    private Optional<String> removedHeads(List<String> from, List<String> to) {
        List<String> removed = from.stream().filter(id -> !to.contains(id)).toList();
        if (removed.isEmpty()) return Optional.empty();
        return Optional.of("DELETE FROM " + versionTable() + " WHERE \"version_num\" IN ("
                + removed.stream().map(VersionTables::literal).collect(Collectors.joining(", ")) + ")");
    }

    private Optional<String> addedHeads(List<String> from, List<String> to) {
        List<String> added = to.stream().filter(id -> !from.contains(id)).toList();
        if (added.isEmpty()) return Optional.empty();
        return Optional.of("INSERT INTO " + versionTable() + " (\"version_num\") VALUES "
                + added.stream().map(id -> "(" + literal(id) + ")").collect(Collectors.joining(", ")));
    }

    /** Empties {@code migrata_version}, whatever it holds: {@code stamp --purge}. */
    public String purgeStatement() {
        return "DELETE FROM " + versionTable();
    }

    public void insertHistory(Connection connection, HistoryRecord record) throws SQLException {
        recordStep(connection, List.of(), List.of(), record);
    }

    /**
     * Moves the version rows from one set of heads to another and adds the history row, in one
     * statement (the version changes as data-modifying {@code WITH} clauses of the history
     * insert): one round trip for the bookkeeping of a revision. The removed and added heads are
     * disjoint, so the clauses never touch the same row.
     */
    public void recordStep(Connection connection, List<String> from, List<String> to, HistoryRecord record)
            throws SQLException {
        List<String> clauses = new ArrayList<>();
        removedHeads(from, to).ifPresent(sql -> clauses.add("removed_heads AS (" + sql + ")"));
        addedHeads(from, to).ifPresent(sql -> clauses.add("added_heads AS (" + sql + ")"));
        String sql = (clauses.isEmpty() ? "" : "WITH " + String.join(", ", clauses) + " ")
                + "INSERT INTO " + historyTable()
                + " (\"revision\", \"direction\", \"checksum\", \"started_at\", \"duration_ms\", \"success\", \"error\")"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)";
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            insert.setString(1, record.revision());
            insert.setString(2, record.action().word());
            insert.setString(3, record.checksum());
            insert.setTimestamp(4, Timestamp.from(record.startedAt()));
            if (record.duration() == null) insert.setNull(5, Types.BIGINT);
            else insert.setLong(5, record.duration().toMillis());
            insert.setBoolean(6, record.success());
            insert.setString(7, record.error());
            insert.executeUpdate();
        }
    }

    /** The same row as literal SQL, for offline scripts: started now, duration unknown. */
    public String insertHistoryStatement(String revision, HistoryAction action, String checksum) {
        return "INSERT INTO " + historyTable()
                + " (\"revision\", \"direction\", \"checksum\", \"started_at\", \"duration_ms\", \"success\")"
                + " VALUES (" + literal(revision) + ", " + literal(action.word()) + ", "
                + (checksum == null ? "NULL" : literal(checksum)) + ", clock_timestamp(), NULL, true)";
    }

    /** Every row, oldest first; none when the table does not exist yet. */
    public List<HistoryEntry> readHistory(Connection connection) throws SQLException {
        if (!exists(connection, historyTable())) return List.of();
        String sql = "SELECT \"id\", \"revision\", \"direction\", \"checksum\", \"started_at\", \"duration_ms\", \"db_user\","
                + " \"success\", \"error\" FROM " + historyTable() + " ORDER BY \"id\"";
        List<HistoryEntry> entries = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                long millis = rows.getLong(6);
                Duration duration = rows.wasNull() ? null : Duration.ofMillis(millis);
                entries.add(new HistoryEntry(rows.getLong(1), rows.getString(2), HistoryAction.fromWord(rows.getString(3)),
                        rows.getString(4), rows.getObject(5, OffsetDateTime.class).toInstant(),
                        duration, rows.getString(7), rows.getBoolean(8),
                        rows.getString(9)));
            }
        }
        return entries;
    }

    /**
     * For each revision whose latest successful row leaves it applied, the checksum that row
     * recorded: what the revision's code was when it ran, was stamped or was repaired.
     */
    public Map<String, String> appliedChecksums(Connection connection) throws SQLException {
        Map<String, String> checksums = new TreeMap<>();
        if (!exists(connection, historyTable())) return checksums;
        String sql = "SELECT DISTINCT ON (\"revision\") \"revision\", \"direction\", \"checksum\" FROM " + historyTable()
                + " WHERE \"success\" ORDER BY \"revision\", \"id\" DESC";
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                String checksum = rows.getString(3);
                if (HistoryAction.fromWord(rows.getString(2)).leavesApplied() && checksum != null) {
                    checksums.put(rows.getString(1), checksum);
                }
            }
        }
        return checksums;
    }

    private boolean exists(Connection connection, String qualifiedName) throws SQLException {
        if (present) return true;
        try (PreparedStatement query = connection.prepareStatement("SELECT pg_catalog.to_regclass(?) IS NOT NULL")) {
            query.setString(1, qualifiedName);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getBoolean(1);
            }
        }
    }

    /** A SQL string literal, read the same whatever standard_conforming_strings is (also in offline scripts). */
    public static String literal(String text) {
        return SqlLiterals.quote(text);
    }
}
