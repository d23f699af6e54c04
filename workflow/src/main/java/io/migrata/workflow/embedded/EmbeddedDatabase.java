package io.migrata.workflow.embedded;

import io.migrata.workflow.config.ConnectionSettings;
import io.migrata.workflow.config.HostPort;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

/**
 * The database commands use when none is configured: a PostgreSQL server started for the length of
 * one command, on a free port, whose data directory persists in {@code .migrata/postgres} under the
 * project directory, so the next command sees the same tables.
 *
 * <pre>{@code
 * try (EmbeddedDatabase db = EmbeddedDatabase.start(projectDir)) {
 *     Connection c = DriverManager.getConnection(db.settings().jdbcUrl(), db.settings().jdbcProperties());
 * }
 * }</pre>
 */
public final class EmbeddedDatabase implements AutoCloseable {

    /** The data directory, relative to the project directory. */
    public static final String DATA_DIRECTORY = ".migrata/postgres";
    public static final String DATABASE = "migrata";
    /** The database that always exists, to connect to for creating and dropping others. */
    public static final String MAINTENANCE_DATABASE = "postgres";
    private static final String SUPERUSER = "postgres";

    private final EmbeddedPostgres postgres;

    private EmbeddedDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /** Starts the server (running initdb the first time) and creates the {@value #DATABASE} database if missing. */
    public static EmbeddedDatabase start(Path projectDir) {
        Path dataDirectory = projectDir.resolve(DATA_DIRECTORY);
        EmbeddedPostgres postgres;
        try {
            Files.createDirectories(dataDirectory);
            LeftoverServer.stopIfOrphaned(dataDirectory);
            postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    // The command's own shutdown hook stops it, after dropping its scratch databases.
                    .setRegisterShutdownHook(false)
                    // The data persists between commands, so keep PostgreSQL's durable default.
                    .setServerConfig("synchronous_commit", "on")
                    .start();
        } catch (IOException | RuntimeException e) {
            throw new EmbeddedDatabaseException(startFailure(e), e);
        }
        EmbeddedDatabase database = new EmbeddedDatabase(postgres);
        try {
            database.createDatabaseIfMissing();
        } catch (SQLException e) {
            database.close();
            throw new EmbeddedDatabaseException("cannot create the database \"" + DATABASE + "\" in the embedded PostgreSQL in "
                    + DATA_DIRECTORY + ": " + e.getMessage() + " (delete " + DATA_DIRECTORY + " to start afresh)", e);
        }
        return database;
    }

    private static String startFailure(Exception e) {
        String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (detail.startsWith("could not lock")) {
            return "the embedded PostgreSQL in " + DATA_DIRECTORY + " is in use by another migrata command"
                    + " (wait for it to finish, or set DATABASE_URL to use your own database)";
        }
        if (e instanceof LeftoverServer.StillRunningException) return detail;
        return "the embedded PostgreSQL in " + DATA_DIRECTORY + " did not start: " + detail
                + " (run with --verbose for details; its server log is in " + DATA_DIRECTORY + ", or set DATABASE_URL)";
    }

    /**
     * The PostgreSQL major version of the project's embedded data directory ({@code PG_VERSION},
     * which initdb writes and the server refuses to start without matching), read without
     * starting it; 0 when there is none yet.
     */
    public static int dataDirectoryMajor(Path projectDir) {
        try {
            return Integer.parseInt(Files.readString(projectDir.resolve(DATA_DIRECTORY).resolve("PG_VERSION")).strip());
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
    }

    /** The running server's major version. */
    public int serverMajor() {
        try (Connection connection = new org.postgresql.Driver().connect(settings(MAINTENANCE_DATABASE).jdbcUrl(),
                settings(MAINTENANCE_DATABASE).jdbcProperties())) {
            return connection.getMetaData().getDatabaseMajorVersion();
        } catch (SQLException e) {
            return 0;
        }
    }

    /** Connection settings for the {@value #DATABASE} database, as its superuser, without a password. */
    public ConnectionSettings settings() {
        return settings(DATABASE);
    }

    /** Connection settings for another database on the same server, as its superuser. */
    public ConnectionSettings settings(String database) {
        return new ConnectionSettings(List.of(new HostPort("localhost", postgres.getPort())), database, SUPERUSER, null, Map.of());
    }

    private void createDatabaseIfMissing() throws SQLException {
        ConnectionSettings maintenance = settings(MAINTENANCE_DATABASE);
        try (Connection connection = new org.postgresql.Driver().connect(maintenance.jdbcUrl(), maintenance.jdbcProperties());
             PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, DATABASE);
            try (ResultSet row = exists.executeQuery()) {
                if (row.next()) return;
            }
            try (Statement create = connection.createStatement()) {
                create.execute("CREATE DATABASE " + DATABASE);
            }
        }
    }

    /** Stops the server; the data directory stays. */
    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new EmbeddedDatabaseException("cannot stop the embedded PostgreSQL in " + DATA_DIRECTORY + ": " + e.getMessage(), e);
        }
    }
}
