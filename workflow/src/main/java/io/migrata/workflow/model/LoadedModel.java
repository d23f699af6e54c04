package io.migrata.workflow.model;

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
 */
public record LoadedModel(SchemaModel model, String label, boolean fromEntities, int serverMajor,
                          Map<QualifiedName, List<String>> initialRows) {

    public LoadedModel {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(label, "label");
        initialRows = Map.copyOf(initialRows);
    }

    /** A model without initial rows: what a database or the replayed history gives. */
    public LoadedModel(SchemaModel model, String label, boolean fromEntities, int serverMajor) {
        this(model, label, fromEntities, serverMajor, Map.of());
    }
}
