package io.migrata.introspect;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;

/** The server's major version, which decides the catalog columns a query may name. */
record ServerVersion(int major) {

    static final int OLDEST_SUPPORTED = 13;

    /** Read from the connection's startup parameters: this costs no query. */
    static ServerVersion of(Connection connection) throws SQLException {
        ServerVersion version = new ServerVersion(connection.getMetaData().getDatabaseMajorVersion());
        if (version.major < OLDEST_SUPPORTED) {
            throw new SQLFeatureNotSupportedException("Migrata reads PostgreSQL " + OLDEST_SUPPORTED
                    + " and later; this server is PostgreSQL " + version.major + ": upgrade the server");
        }
        return version;
    }

    /** {@code UNIQUE NULLS NOT DISTINCT} and {@code pg_index.indnullsnotdistinct} came with PostgreSQL 15. */
    boolean hasNullsNotDistinct() {
        return major >= 15;
    }
}
