package io.migrata.workflow.model;

import io.migrata.introspect.IntrospectionOptions;
import io.migrata.introspect.PostgresIntrospector;
import io.migrata.workflow.connect.DatabaseSession;
import io.migrata.workflow.connect.DatabaseTarget;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Reads a database into a schema model through the introspector (the configured schemas, which
 * it must have, else every user schema; {@link SchemaScope} narrows further), with what it holds
 * that the model has no place for. The entities' side is built on a scratch database and read back
 * the same way ({@link EntityTables}).
 *
 * <pre>{@code
 * LoadedModel live = ModelLoader.database(databases.target(), schemas);
 * }</pre>
 */
public final class ModelLoader {

    private ModelLoader() {
    }

    /**
     * The schema of a database: these schemas, or every user schema when empty.
     *
     * @throws io.migrata.introspect.UnknownSchemaException one of {@code schemas} does not exist there
     */
    public static LoadedModel database(DatabaseTarget target, List<String> schemas) throws SQLException {
        try (DatabaseSession session = target.session()) {
            return database(session, schemas);
        }
    }

    /** The schema of an open database: these schemas, or every user schema when empty. */
    public static LoadedModel database(DatabaseSession session, List<String> schemas) throws SQLException {
        return database(session.connection(), session.label(), schemas);
    }

    /** The schema of an open connection, labelled for output: these schemas, or every user schema when empty. */
    static LoadedModel database(Connection connection, String label, List<String> schemas) throws SQLException {
        int major = connection.getMetaData().getDatabaseMajorVersion();
        IntrospectionOptions options = new IntrospectionOptions(schemas, List.of(), false);
        PostgresIntrospector introspector = new PostgresIntrospector(connection);
        return new LoadedModel(introspector.read(options), label, false, major).withUnmodeled(introspector.unmodeled(options));
    }
}
