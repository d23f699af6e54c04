package io.migrata.workflow.model;

import io.migrata.schema.SchemaModel;
import java.util.Objects;

/**
 * A schema model read from one side of a comparison.
 *
 * @param label        what it was read from, for output: {@code localhost:5432/app}, {@code entities}, {@code head (002_add_phone)}
 * @param fromEntities whether the JPA entities are its source; they cannot say which views and schemas exist
 * @param serverMajor  the PostgreSQL major version of the database it was read from, 0 for the entities
 */
public record LoadedModel(SchemaModel model, String label, boolean fromEntities, int serverMajor) {

    public LoadedModel {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(label, "label");
    }
}
