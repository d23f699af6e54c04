package io.migrata.workflow;

import io.migrata.introspect.UnmodeledObject;
import io.migrata.schema.SchemaModel;
import java.util.List;
import java.util.Objects;

/**
 * A schema model and what it was read from.
 *
 * @param source    {@code 127.0.0.1:5432/app} for a database, {@code entities} for the entities
 * @param unmodeled what the database holds that the model has no place for (never compared); empty for the entities
 */
public record Inspection(SchemaModel model, String source, List<UnmodeledObject> unmodeled) {

    public Inspection {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(source, "source");
        unmodeled = List.copyOf(unmodeled);
    }

    public Inspection(SchemaModel model, String source) {
        this(model, source, List.of());
    }
}
