package io.migrata.schema;

import java.util.List;
import java.util.Objects;

/** A {@code UNIQUE} constraint (a unique index that is not a constraint is an {@link IndexDef}). */
public record UniqueDef(String name, List<String> columns, boolean nullsNotDistinct, Deferrability deferrability)
        implements ConstraintDef {

    public UniqueDef {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(deferrability, "deferrability");
        columns = List.copyOf(columns);
        if (columns.isEmpty()) throw new IllegalArgumentException("unique constraint " + name + " has no columns");
    }

    public static UniqueDef of(String name, List<String> columns) {
        return new UniqueDef(name, columns, false, Deferrability.NOT_DEFERRABLE);
    }

    @Override
    public String kind() {
        return "unique";
    }
}
