package io.migrata.schema;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/** A PostgreSQL enum type; {@code labels} are in their sort order. */
public record EnumTypeDef(QualifiedName name, List<String> labels, String comment) {

    public EnumTypeDef {
        Objects.requireNonNull(name, "name");
        labels = List.copyOf(labels);
        if (new HashSet<>(labels).size() != labels.size()) {
            throw new IllegalArgumentException("enum " + name + " repeats a label");
        }
    }

    /** The type as a column would spell it ({@code schema.name}, quoted where needed). */
    public SqlType asType() {
        return SqlType.of(name.toString());
    }
}
