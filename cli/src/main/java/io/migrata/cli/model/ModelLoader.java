package io.migrata.cli.model;

import io.migrata.cli.config.ProjectSettings;
import io.migrata.cli.connect.DatabaseSession;
import io.migrata.cli.connect.Databases;
import io.migrata.entities.EntityModelReader;
import io.migrata.introspect.IntrospectionOptions;
import io.migrata.introspect.PostgresIntrospector;
import java.sql.SQLException;
import java.util.List;

/**
 * Reads one side of a comparison into a schema model: a database through the introspector (the
 * configured schemas, which it must have, else every user schema; {@link SchemaScope} narrows
 * further), the entities through the entity reader.
 *
 * <pre>{@code
 * ModelLoader loader = new ModelLoader(databases, settings, entityConfig, urlFlag, replayer, schemas);
 * LoadedModel live = loader.load(new SchemaSource.Database(null), 0);
 * LoadedModel entities = loader.load(new SchemaSource.Entities(), live.serverMajor());
 * }</pre>
 */
public final class ModelLoader {

    private final Databases databases;
    private final ProjectSettings settings;
    private final EntityConfig entityConfig;
    private final String urlFlag;
    private final RevisionReplayer replayer;
    private final List<String> schemas;

    /**
     * @param urlFlag  the {@code --url} flag, for {@code database}
     * @param replayer replays the migrations for {@code head} and revisions
     * @param schemas  the configured schemas ({@code --schema}, {@code migrata.schemas}); empty for all
     */
    public ModelLoader(Databases databases, ProjectSettings settings, EntityConfig entityConfig, String urlFlag,
                       RevisionReplayer replayer, List<String> schemas) {
        this.databases = databases;
        this.settings = settings;
        this.entityConfig = entityConfig;
        this.urlFlag = urlFlag;
        this.replayer = replayer;
        this.schemas = List.copyOf(schemas);
    }

    /**
     * @param postgresMajor the server version the entities' DDL is for, 0 for the default
     */
    public LoadedModel load(SchemaSource source, int postgresMajor) throws SQLException {
        if (source instanceof SchemaSource.Entities) return entities(postgresMajor);
        if (source instanceof SchemaSource.Revision revision) return replayer.replay(revision.target());
        SchemaSource.Database database = (SchemaSource.Database) source;
        try (DatabaseSession session = database.url() == null ? databases.open(urlFlag) : databases.open(database.url())) {
            return database(session, schemas);
        }
    }

    /** The schema of an open database, every user schema. */
    public static LoadedModel database(DatabaseSession session) throws SQLException {
        return database(session, List.of());
    }

    /**
     * The schema of an open database: these schemas, or every user schema when empty.
     *
     * @throws io.migrata.introspect.UnknownSchemaException one of {@code schemas} does not exist there
     */
    public static LoadedModel database(DatabaseSession session, List<String> schemas) throws SQLException {
        int major = session.connection().getMetaData().getDatabaseMajorVersion();
        IntrospectionOptions options = new IntrospectionOptions(schemas, List.of(), false);
        return new LoadedModel(new PostgresIntrospector(session.connection()).read(options), session.settings().target(), false, major);
    }

    public LoadedModel entities(int postgresMajor) {
        return entities(settings, entityConfig, postgresMajor);
    }

    /** The schema the project's entities describe, for a server of this major version (0: the default). */
    public static LoadedModel entities(ProjectSettings settings, EntityConfig config, int postgresMajor) {
        return new LoadedModel(new EntityModelReader().read(config.source(settings, postgresMajor)), SchemaSource.ENTITIES, true, 0);
    }
}
