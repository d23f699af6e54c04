package io.migrata.workflow.model;

import io.migrata.entities.EntityModel;
import io.migrata.entities.EntityModelReader;
import io.migrata.entities.EntitySource;
import io.migrata.introspect.IntrospectionOptions;
import io.migrata.introspect.PostgresIntrospector;
import io.migrata.runner.MigratorConfig;
import io.migrata.workflow.config.ProjectSettings;
import io.migrata.workflow.connect.DatabaseSession;
import io.migrata.workflow.connect.DatabaseTarget;
import io.migrata.workflow.replay.EntityModelCache;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * Reads one side of a comparison into a schema model: a database through the introspector (the
 * configured schemas, which it must have, else every user schema; {@link SchemaScope} narrows
 * further), with what it holds that the model has no place for, and the entities through the
 * entity reader.
 *
 * <pre>{@code
 * LoadedModel live = ModelLoader.database(databases.target(), schemas);
 * LoadedModel entities = ModelLoader.entities(settings, live.serverMajor());
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
        int major = session.connection().getMetaData().getDatabaseMajorVersion();
        IntrospectionOptions options = new IntrospectionOptions(schemas, List.of(), false);
        PostgresIntrospector introspector = new PostgresIntrospector(session.connection());
        return new LoadedModel(introspector.read(options), session.label(), false, major).withUnmodeled(introspector.unmodeled(options));
    }

    /**
     * The schema the project's entities describe, for a server of this major version (0: the
     * default); from the {@link EntityModelCache} when nothing it was read from has changed.
     */
    public static LoadedModel entities(ProjectSettings settings, int postgresMajor) {
        EntitySource source = EntitySettings.source(settings, postgresMajor);
        EntityModelCache cache = new EntityModelCache(settings.projectDir().resolve(MigratorConfig.DEFAULT_CACHE_DIRECTORY));
        Optional<String> key = EntityModelCache.key(source);
        Optional<EntityModel> kept = key.flatMap(cache::find);
        EntityModel entities;
        if (kept.isPresent()) {
            entities = kept.get();
        } else {
            entities = new EntityModelReader().readWithInitialRows(source);
            key.ifPresent(k -> cache.store(k, entities));
        }
        return new LoadedModel(entities.model(), SchemaSource.ENTITIES, true, 0, entities.initialRows());
    }
}
