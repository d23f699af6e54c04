package io.migrata.workflow.replay;

import io.migrata.introspect.UnmodeledObject;
import io.migrata.schema.SchemaModel;
import java.util.List;
import java.util.Objects;

/**
 * The schema a history built on a scratch database, as the replay cache keeps it.
 *
 * @param label       what the replay reached, for output: {@code head (002_invoices)}
 * @param serverMajor the PostgreSQL major version it was built on
 * @param unmodeled   what the history built that the model has no place for, named as not compared
 */
public record ReplayedSchema(String label, int serverMajor, SchemaModel model, List<UnmodeledObject> unmodeled) {

    public ReplayedSchema {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(model, "model");
        unmodeled = List.copyOf(unmodeled);
    }
}
