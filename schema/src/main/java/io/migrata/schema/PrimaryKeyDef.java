package io.migrata.schema;

import java.util.List;
import java.util.Objects;

public record PrimaryKeyDef(String name, List<String> columns) implements ConstraintDef {

    public PrimaryKeyDef {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
        if (columns.isEmpty()) throw new IllegalArgumentException("primary key " + name + " has no columns");
    }

    @Override
    public String kind() {
        return "primary key";
    }
}
