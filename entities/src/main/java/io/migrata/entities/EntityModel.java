package io.migrata.entities;

import io.migrata.schema.QualifiedName;
import io.migrata.schema.SchemaModel;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the entities describe: the schema, and the rows Hibernate's create script inserts into some
 * of its tables right after creating them (an {@code @TableGenerator}'s initial values), as the
 * {@code insert} statements Hibernate writes, by table.
 */
public record EntityModel(SchemaModel model, Map<QualifiedName, List<String>> initialRows) {

    public EntityModel {
        Objects.requireNonNull(model, "model");
        Map<QualifiedName, List<String>> copy = new LinkedHashMap<>();
        initialRows.forEach((table, rows) -> copy.put(table, List.copyOf(rows)));
        initialRows = Collections.unmodifiableMap(copy);
    }
}
