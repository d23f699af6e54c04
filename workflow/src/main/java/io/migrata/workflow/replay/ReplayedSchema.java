package io.migrata.workflow.replay;

import io.migrata.schema.SchemaModel;
import java.util.Objects;

/**
 * The schema a history built on a scratch database, as the replay cache keeps it.
 *
 * @param label       what the replay reached, for output: {@code head (002_invoices)}
 * @param serverMajor the PostgreSQL major version it was built on
 */
public record ReplayedSchema(String label, int serverMajor, SchemaModel model) {

    public ReplayedSchema {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(model, "model");
    }
}
