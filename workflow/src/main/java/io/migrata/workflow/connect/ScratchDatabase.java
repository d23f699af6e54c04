package io.migrata.workflow.connect;

import io.migrata.workflow.config.ConnectionSettings;
import io.migrata.workflow.config.UrlOrigin;
import io.migrata.runner.lock.AdvisoryLock;
import io.migrata.schema.Identifiers;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A database created empty for one command and dropped when it closes: where the migration
 * history is replayed ({@code check}, {@code drift}, {@code verify}, {@code diff --to head}). It is
 * made from {@code template0}, so nothing installed in {@code template1} leaks in, and nobody else
 * connected to {@code template1} can make the creation fail; or from one of the
 * {@link ScratchTemplates} an earlier replay left.
 *
 * <p>Its owner holds a session advisory lock named after it, inside it, for as long as it lives.
 * A command killed before it could drop its scratch database leaves that lock free, so
 * {@link #sweep} can tell a leftover from a database another command is still using.
 *
 * <pre>{@code
 * try (ScratchDatabase scratch = ScratchDatabase.create(serverSettings, origin)) {
 *     try (Connection c = scratch.connect()) { ... }
 * }
 * }</pre>
 */
public final class ScratchDatabase implements AutoCloseable {

    private static final String NAME_PREFIX = "migrata_scratch_";
    private static final SecureRandom RANDOM = new SecureRandom();
    /** Marks the scratch databases a sweep may drop (older releases' take no owner lock); it holds no quote. */
    private static final String OWNED_COMMENT = "migrata scratch database, dropped once its owner lock is free";

    private final ConnectionSettings server;
    private final ConnectionSettings settings;
    private final UrlOrigin origin;
    private final Connection owner;
    private final AtomicBoolean dropped = new AtomicBoolean();

    private ScratchDatabase(ConnectionSettings server, ConnectionSettings settings, UrlOrigin origin, Connection owner) {
        this.server = server;
        this.settings = settings;
        this.origin = origin;
        this.owner = owner;
    }

    /**
     * Creates the database on the server {@code server} connects to (its own database is only used
     * to run {@code CREATE DATABASE}).
     *
     * @throws ScratchDatabaseException when the user may not create databases there
     */
    public static ScratchDatabase create(ConnectionSettings server, UrlOrigin origin) {
        return create(server, origin, "template0");
    }

    /** As {@link #create(ConnectionSettings, UrlOrigin)}, a copy of {@code template} (see {@link ScratchTemplates}). */
    static ScratchDatabase create(ConnectionSettings server, UrlOrigin origin, String template) {
        byte[] random = new byte[5];
        RANDOM.nextBytes(random);
        String name = NAME_PREFIX + HexFormat.of().formatHex(random);
        ConnectionSettings settings = server.withDatabase(name);
        // The owner lock is taken on the server's database before the scratch database exists and
        // held there until it is held inside it, so a sweep never sees the new database unowned.
        try (Connection connection = DatabaseSession.open(server, origin); Statement create = connection.createStatement()) {
            lock(connection, name);
            create.execute("CREATE DATABASE " + Identifiers.quote(name) + " TEMPLATE " + Identifiers.quote(template));
            create.execute("COMMENT ON DATABASE " + Identifiers.quote(name) + " IS '" + OWNED_COMMENT + "'");
            Connection owner = DatabaseSession.open(settings, origin);
            try {
                lock(owner, name);
            } catch (SQLException e) {
                owner.close();
                throw e;
            }
            return new ScratchDatabase(server, settings, origin, owner);
        } catch (SQLException e) {
            throw new ScratchDatabaseException("cannot create a scratch database on " + server.hostList() + " as user \""
                    + server.user() + "\": " + firstLine(e) + " (the user needs the CREATEDB privilege; name a server"
                    + " where it has it with --dev-url or MIGRATA_DEV_URL, or leave both unset to use the embedded PostgreSQL)", e);
        }
    }

    /**
     * Drops the scratch databases on the server whose owner is gone (a command killed before it
     * could drop its own): those whose owner lock is free and that nobody is connected to; and the
     * least recently used {@link ScratchTemplates} beyond the number kept.
     *
     * @return the names of the databases dropped
     */
    public static List<String> sweep(ConnectionSettings server, UrlOrigin origin) {
        List<String> droppedNames = new ArrayList<>();
        try (Connection connection = DatabaseSession.open(server, origin)) {
            for (String name : scratchNames(connection)) {
                if (ownerGone(connection, server.withDatabase(name), origin, name) && dropIfUnused(connection, name)) {
                    droppedNames.add(name);
                }
            }
            ScratchTemplates.sweep(connection);
        } catch (SQLException e) {
            // The sweep only tidies up: a server that refuses it leaves the leftovers for the next one.
        }
        return droppedNames;
    }

    public String name() {
        return settings.database();
    }

    /** The scratch database, to open connections to. */
    public DatabaseTarget target() {
        return DatabaseTarget.of(settings, origin);
    }

    /** A new connection to the scratch database; the caller closes it. */
    public Connection connect() {
        return DatabaseSession.open(settings, origin);
    }

    /** Whether it still exists: not yet closed. */
    public boolean isOpen() {
        return !dropped.get();
    }

    /**
     * Renames this database to {@code template} with the comment {@code commentLiteral} and makes
     * it refuse connections, in one transaction on {@code server}; closing it then drops nothing.
     * Its owner lock moves to {@code server} first, so a sweep never takes it for a leftover.
     */
    void becomeTemplate(Connection server, String template, String commentLiteral) throws SQLException {
        lock(server, name());
        try {
            try {
                owner.close();
            } catch (SQLException e) {
                // The owner session only held the lock, which the server session holds now.
            }
            server.setAutoCommit(false);
            try (Statement alter = server.createStatement()) {
                alter.execute("ALTER DATABASE " + Identifiers.quote(name()) + " RENAME TO " + Identifiers.quote(template));
                alter.execute("COMMENT ON DATABASE " + Identifiers.quote(template) + " IS " + commentLiteral);
                alter.execute("ALTER DATABASE " + Identifiers.quote(template) + " WITH ALLOW_CONNECTIONS false");
                server.commit();
                dropped.set(true);
            } catch (SQLException e) {
                server.rollback();
                throw e;
            } finally {
                server.setAutoCommit(true);
            }
        } finally {
            try (PreparedStatement unlock = server.prepareStatement("SELECT pg_catalog.pg_advisory_unlock(?)")) {
                unlock.setLong(1, ownerKey(name()));
                unlock.execute();
            }
        }
    }

    /** Drops the database, ending any session still connected to it; a second call does nothing. */
    @Override
    public void close() {
        if (!dropped.compareAndSet(false, true)) return;
        try {
            owner.close();
        } catch (SQLException e) {
            // The owner session only holds the lock, which ends with it either way.
        }
        try (Connection connection = DatabaseSession.open(server, origin); Statement drop = connection.createStatement()) {
            drop.execute("DROP DATABASE IF EXISTS " + Identifiers.quote(name()) + " WITH (FORCE)");
        } catch (SQLException e) {
            throw new ScratchDatabaseException("cannot drop the scratch database " + name() + " on " + server.hostList()
                    + ": " + firstLine(e) + " (drop it by hand)", e);
        }
    }

    private static long ownerKey(String name) {
        return AdvisoryLock.keyOf("scratch database " + name);
    }

    private static void lock(Connection connection, String name) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("SELECT pg_catalog.pg_advisory_lock(?)")) {
            lock.setLong(1, ownerKey(name));
            lock.execute();
        }
    }

    private static boolean tryLock(Connection connection, String name) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("SELECT pg_catalog.pg_try_advisory_lock(?)")) {
            lock.setLong(1, ownerKey(name));
            try (ResultSet row = lock.executeQuery()) {
                row.next();
                if (!row.getBoolean(1)) return false;
            }
        }
        try (PreparedStatement unlock = connection.prepareStatement("SELECT pg_catalog.pg_advisory_unlock(?)")) {
            unlock.setLong(1, ownerKey(name));
            unlock.execute();
        }
        return true;
    }

    private static List<String> scratchNames(Connection connection) throws SQLException {
        List<String> names = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT datname FROM pg_catalog.pg_database WHERE starts_with(datname, ?)"
                        + " AND pg_catalog.shobj_description(oid, 'pg_database') = ? ORDER BY 1")) {
            query.setString(1, NAME_PREFIX);
            query.setString(2, OWNED_COMMENT);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) names.add(rows.getString(1));
            }
        }
        return names;
    }

    /** Whether the owner lock is free both where it is taken before creation and inside the database. */
    private static boolean ownerGone(Connection serverConnection, ConnectionSettings scratch, UrlOrigin origin, String name)
            throws SQLException {
        if (!tryLock(serverConnection, name)) return false;
        try (Connection inside = DatabaseSession.open(scratch, origin)) {
            return tryLock(inside, name);
        } catch (CannotConnectException e) {
            return false;
        }
    }

    /** Without FORCE: a database someone is connected to is left alone. */
    private static boolean dropIfUnused(Connection connection, String name) {
        try (Statement drop = connection.createStatement()) {
            drop.execute("DROP DATABASE IF EXISTS " + Identifiers.quote(name));
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    private static String firstLine(SQLException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.strip().lines().findFirst().orElse(message);
    }
}
