package io.migrata.workflow.connect;

import io.migrata.runner.lock.AdvisoryLock;
import io.migrata.schema.Identifiers;
import io.migrata.workflow.config.ConnectionSettings;
import io.migrata.workflow.config.UrlOrigin;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Replayed scratch databases kept on the development server as templates, so that a history that
 * gained revisions since an earlier replay is copied from that replay ({@code CREATE DATABASE …
 * TEMPLATE}) and only the new revisions run. A template's name says which history prefix built it
 * (the caller's hash of that prefix's sources, the server major and the Migrata build); its comment
 * names the heads it is at and when it was last used. The {@link #KEPT} most recently used stay on
 * the server, the others are dropped whenever a template is kept, or a scratch database is made.
 *
 * <p>Templates refuse connections ({@code ALLOW_CONNECTIONS false}): {@code CREATE DATABASE}
 * fails while anyone is connected to its template, and a template nobody can connect to cannot
 * be changed after it was kept. Choosing, copying, keeping and dropping templates happen under one
 * server-wide advisory lock, so concurrent commands never copy a template another one drops or
 * keep the same one twice. Every failure here only means the slower way: a scratch database made
 * from {@code template0} and the whole history replayed.
 */
public final class ScratchTemplates {

    /** How many templates one server keeps; each is the size of a replayed schema. */
    public static final int KEPT = 4;
    static final String NAME_PREFIX = "migrata_tpl_";
    private static final String COMMENT_PREFIX = "migrata replay template 1; used ";
    private static final String HEADS = "; heads";
    private static final long LOCK = AdvisoryLock.keyOf("migrata scratch templates");

    /** A kept template: the heads its version table is at, and when it was last copied or kept. */
    public record Template(String name, List<String> heads, long usedAt) {

        public Template {
            heads = List.copyOf(heads);
        }
    }

    private final ConnectionSettings server;
    private final UrlOrigin origin;
    private final int serverMajor;

    private ScratchTemplates(ConnectionSettings server, UrlOrigin origin, int serverMajor) {
        this.server = server;
        this.origin = origin;
        this.serverMajor = serverMajor;
    }

    /**
     * The templates of the server {@code server} connects to; empty when its role may not create
     * databases (the plain scratch database then fails with its own message) or it cannot be asked.
     */
    public static Optional<ScratchTemplates> on(ConnectionSettings server, UrlOrigin origin) {
        try (Connection connection = DatabaseSession.open(server, origin);
             Statement query = connection.createStatement();
             ResultSet row = query.executeQuery("SELECT rolcreatedb OR rolsuper FROM pg_catalog.pg_roles WHERE rolname = current_user")) {
            if (!row.next() || !row.getBoolean(1)) return Optional.empty();
            return Optional.of(new ScratchTemplates(server, origin, connection.getMetaData().getDatabaseMajorVersion()));
        } catch (SQLException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The template's name for a history prefix's hash (hex). */
    public static String nameOf(String prefixHash) {
        return NAME_PREFIX + prefixHash.substring(0, Math.min(prefixHash.length(), 40));
    }

    public int serverMajor() {
        return serverMajor;
    }

    /** The templates on the server, most recently used first; none when they cannot be read. */
    public List<Template> list() {
        try (Connection connection = DatabaseSession.open(server, origin)) {
            return list(connection);
        } catch (SQLException | RuntimeException e) {
            return List.of();
        }
    }

    /**
     * A new scratch database copied from {@code template}, its use recorded; empty when the copy
     * failed (the template was dropped meanwhile, or belongs to a role this one may not copy from).
     */
    Optional<ScratchDatabase> copy(Template template) {
        return locked(connection -> {
            if (list(connection).stream().noneMatch(t -> t.name().equals(template.name()))) return Optional.empty();
            ScratchDatabase scratch;
            try {
                scratch = ScratchDatabase.create(server, origin, template.name());
            } catch (ScratchDatabaseException e) {
                return Optional.empty();
            }
            comment(connection, template.name(), template.heads());
            return Optional.of(scratch);
        }, Optional::empty);
    }

    /**
     * Turns {@code scratch} into the template {@code name} at {@code heads}, unless the server has
     * it already (the scratch database then stays as it was, to be dropped when it closes), and drops
     * the least recently used beyond {@link #KEPT}. No session may be connected to the scratch
     * database but its owner's.
     *
     * @return whether the scratch database became the template
     */
    public boolean keep(ScratchDatabase scratch, String name, List<String> heads) {
        if (heads.stream().anyMatch(id -> id.indexOf('\'') >= 0 || id.indexOf('\\') >= 0)) return false;
        return locked(connection -> {
            boolean kept = false;
            if (!exists(connection, name)) {
                scratch.becomeTemplate(connection, name, comment(heads, now(connection)));
                kept = true;
            }
            prune(connection);
            return kept;
        }, () -> false);
    }

    /**
     * Drops the least recently used templates beyond {@link #KEPT} on the server {@code connection}
     * is connected to, unless another command holds the lock (it prunes itself); part of the sweep
     * before each scratch database, which also finds templates that another setting or an older
     * build left.
     */
    static void sweep(Connection connection) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("SELECT pg_catalog.pg_try_advisory_lock(?)")) {
            lock.setLong(1, LOCK);
            try (ResultSet row = lock.executeQuery()) {
                row.next();
                if (!row.getBoolean(1)) return;
            }
        }
        try {
            prune(connection);
        } finally {
            try (PreparedStatement unlock = connection.prepareStatement("SELECT pg_catalog.pg_advisory_unlock(?)")) {
                unlock.setLong(1, LOCK);
                unlock.execute();
            }
        }
    }

    private interface Locked<T> {
        T run(Connection connection) throws SQLException;
    }

    private <T> T locked(Locked<T> work, Supplier<T> failed) {
        try (Connection connection = DatabaseSession.open(server, origin)) {
            try (PreparedStatement lock = connection.prepareStatement("SELECT pg_catalog.pg_advisory_lock(?)")) {
                lock.setLong(1, LOCK);
                lock.execute();
            }
            // The lock ends with the session, which ends here.
            return work.run(connection);
        } catch (SQLException | RuntimeException e) {
            return failed.get();
        }
    }

    private static List<Template> list(Connection connection) throws SQLException {
        List<Template> templates = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT datname, pg_catalog.shobj_description(oid, 'pg_database') FROM pg_catalog.pg_database"
                        + " WHERE starts_with(datname, ?) AND NOT datallowconn"
                        + " AND starts_with(pg_catalog.shobj_description(oid, 'pg_database'), ?)")) {
            query.setString(1, NAME_PREFIX);
            query.setString(2, COMMENT_PREFIX);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) parse(rows.getString(1), rows.getString(2)).ifPresent(templates::add);
            }
        }
        templates.sort((a, b) -> Long.compare(b.usedAt(), a.usedAt()));
        return templates;
    }

    private static Optional<Template> parse(String name, String comment) {
        int heads = comment.indexOf(HEADS);
        if (heads < 0) return Optional.empty();
        try {
            long used = Long.parseLong(comment.substring(COMMENT_PREFIX.length(), heads));
            String ids = comment.substring(heads + HEADS.length()).strip();
            return Optional.of(new Template(name, ids.isEmpty() ? List.of() : Arrays.asList(ids.split(" ")), used));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static boolean exists(Connection connection, String name) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM pg_catalog.pg_database WHERE datname = ?")) {
            query.setString(1, name);
            try (ResultSet row = query.executeQuery()) {
                return row.next();
            }
        }
    }

    /** Records a use; only the template's owner may, so another role's use leaves it as it was. */
    private static void comment(Connection connection, String name, List<String> heads) {
        try (Statement comment = connection.createStatement()) {
            comment.execute("COMMENT ON DATABASE " + Identifiers.quote(name) + " IS " + comment(heads, now(connection)));
        } catch (SQLException e) {
            // the template stays usable; it only looks older to the next prune
        }
    }

    /** The server's clock, which every command on it shares, unlike theirs. */
    private static long now(Connection connection) throws SQLException {
        try (Statement query = connection.createStatement();
             ResultSet row = query.executeQuery("SELECT (extract(epoch FROM clock_timestamp()) * 1000)::bigint")) {
            row.next();
            return row.getLong(1);
        }
    }

    /** The comment as an SQL literal; revision ids hold no whitespace, and {@link #keep} takes none with a quote or backslash. */
    private static String comment(List<String> heads, long usedAt) {
        return "'" + COMMENT_PREFIX + usedAt + HEADS + " " + String.join(" ", heads) + "'";
    }

    private static void prune(Connection connection) throws SQLException {
        List<Template> templates = list(connection);
        for (Template old : templates.subList(Math.min(KEPT, templates.size()), templates.size())) {
            try (Statement drop = connection.createStatement()) {
                drop.execute("DROP DATABASE IF EXISTS " + Identifiers.quote(old.name()));
            } catch (SQLException e) {
                // another role's template: its owner's next prune drops it
            }
        }
    }
}
