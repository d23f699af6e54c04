package io.migrata.workflow.connect;

import io.migrata.workflow.config.ConnectionSettings;
import io.migrata.workflow.config.UrlOrigin;
import io.migrata.schema.Identifiers;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;

/**
 * A database created empty for one command and dropped when it closes: where the migration
 * history is replayed ({@code check}, {@code drift}, {@code verify}, {@code diff --to head}). It is
 * made from {@code template0}, so nothing installed in {@code template1} leaks in, and nobody else
 * connected to {@code template1} can make the creation fail.
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

    private final ConnectionSettings server;
    private final ConnectionSettings settings;
    private final UrlOrigin origin;

    private ScratchDatabase(ConnectionSettings server, ConnectionSettings settings, UrlOrigin origin) {
        this.server = server;
        this.settings = settings;
        this.origin = origin;
    }

    /**
     * Creates the database on the server {@code server} connects to (its own database is only used
     * to run {@code CREATE DATABASE}).
     *
     * @throws ScratchDatabaseException when the user may not create databases there
     */
    public static ScratchDatabase create(ConnectionSettings server, UrlOrigin origin) {
        byte[] random = new byte[5];
        RANDOM.nextBytes(random);
        String name = NAME_PREFIX + HexFormat.of().formatHex(random);
        try (Connection connection = DatabaseSession.open(server, origin); Statement create = connection.createStatement()) {
            create.execute("CREATE DATABASE " + Identifiers.quote(name) + " TEMPLATE template0");
        } catch (SQLException e) {
            throw new ScratchDatabaseException("cannot create a scratch database on " + server.hostList() + " as user \""
                    + server.user() + "\": " + firstLine(e) + " (the user needs the CREATEDB privilege; name a server"
                    + " where it has it with --dev-url or MIGRATA_DEV_URL, or leave both unset to use the embedded PostgreSQL)", e);
        }
        return new ScratchDatabase(server, server.withDatabase(name), origin);
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

    /** Drops the database, ending any session still connected to it. */
    @Override
    public void close() {
        try (Connection connection = DatabaseSession.open(server, origin); Statement drop = connection.createStatement()) {
            drop.execute("DROP DATABASE IF EXISTS " + Identifiers.quote(name()) + " WITH (FORCE)");
        } catch (SQLException e) {
            throw new ScratchDatabaseException("cannot drop the scratch database " + name() + " on " + server.hostList()
                    + ": " + firstLine(e) + " (drop it by hand)", e);
        }
    }

    private static String firstLine(SQLException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.strip().lines().findFirst().orElse(message);
    }
}
