package io.migrata.workflow;

import io.migrata.schema.SchemaModel;
import java.util.Objects;

/**
 * A schema model and what it was read from.
 *
 * @param source {@code 127.0.0.1:5432/app} for a database, {@code entities} for the entities
 */
public record Inspection(SchemaModel model, String source) {

    public Inspection {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(source, "source");
    }
}
