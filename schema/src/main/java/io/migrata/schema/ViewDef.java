package io.migrata.schema;

import java.util.Objects;

/** A view or materialized view; {@code definition} is the query as {@code pg_get_viewdef()} prints it. */
public record ViewDef(QualifiedName name, String definition, boolean materialized, String comment) {

    public ViewDef {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(definition, "definition");
    }
}
