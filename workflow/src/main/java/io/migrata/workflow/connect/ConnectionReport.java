package io.migrata.workflow.connect;

import java.util.List;
import java.util.Objects;

/**
 * What {@link ConnectionProbe} found out about a database connection.
 *
 * @param serverVersion  {@code SHOW server_version}, e.g. {@code 15.14 (Debian 15.14-1.pgdg120+1)}
 * @param sslVersion     the TLS version in use, or null without SSL
 * @param sslCipher      the cipher in use, or null without SSL
 * @param latencyMicros  the median round trip of a {@code SELECT 1}, in microseconds
 * @param canCreateSchema whether the user may create schemas in the database
 * @param schemas        the schemas migrations write to, and whether the user may create tables in them
 */
public record ConnectionReport(String target, String serverVersion, int serverVersionNumber, String sslVersion,
                               String sslCipher, long latencyMicros, String user, String database,
                               boolean canCreateSchema, List<SchemaAccess> schemas) {

    public ConnectionReport {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(serverVersion, "serverVersion");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(database, "database");
        schemas = List.copyOf(schemas);
    }

    public boolean ssl() {
        return sslVersion != null;
    }

    /** A schema and what the user may do in it. */
    public record SchemaAccess(String name, boolean exists, boolean canCreate) {
    }
}
