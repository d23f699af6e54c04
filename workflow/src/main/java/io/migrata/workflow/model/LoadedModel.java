package io.migrata.workflow.model;

import io.migrata.introspect.UnmodeledObject;
import io.migrata.schema.QualifiedName;
import io.migrata.schema.SchemaModel;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A schema model read from one side of a comparison.
 *
 * @param label        what it was read from, for output: {@code localhost:5432/app}, {@code entities}, {@code head (002_add_phone)}
 * @param fromEntities whether the JPA entities are its source; they cannot say which views and schemas exist
 * @param serverMajor  the PostgreSQL major version of the database it was read from, 0 for the entities
 * @param initialRows  the rows Hibernate inserts into some of the entities' tables when it creates them, by table
 * @param unmodeled    what the database holds that the model has no place for, so that no comparison covers it
 * @param declaresAll  for the entities: whether they say which views, extensions, functions and triggers exist, as
 *                     they do with schema SQL files ({@link SchemaSqlFiles}); JPA alone cannot
 */
public record LoadedModel(SchemaModel model, String label, boolean fromEntities, int serverMajor,
                          Map<QualifiedName, List<String>> initialRows, List<UnmodeledObject> unmodeled, boolean declaresAll) {

    public LoadedModel {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(label, "label");
        initialRows = Map.copyOf(initialRows);
        unmodeled = List.copyOf(unmodeled);
    }

    /** A model of the entities: they hold nothing the model lacks. */
    public LoadedModel(SchemaModel model, String label, boolean fromEntities, int serverMajor,
                       Map<QualifiedName, List<String>> initialRows) {
        this(model, label, fromEntities, serverMajor, initialRows, List.of(), false);
    }

    /** A model without initial rows: what a database or the replayed history gives. */
    public LoadedModel(SchemaModel model, String label, boolean fromEntities, int serverMajor) {
        this(model, label, fromEntities, serverMajor, Map.of());
    }

    public LoadedModel withModel(SchemaModel newModel) {
        return new LoadedModel(newModel, label, fromEntities, serverMajor, initialRows, unmodeled, declaresAll);
    }

    public LoadedModel withLabel(String newLabel) {
        return new LoadedModel(model, newLabel, fromEntities, serverMajor, initialRows, unmodeled, declaresAll);
    }

    public LoadedModel withUnmodeled(List<UnmodeledObject> objects) {
        return new LoadedModel(model, label, fromEntities, serverMajor, initialRows, objects, declaresAll);
    }
}
