package io.migrata.schema;

import java.util.Objects;

/**
 * Where a partition sits: its parent table and its bound, as {@code pg_get_expr(relpartbound)}
 * prints it ({@code FOR VALUES FROM ('2024-01-01') TO ('2024-02-01')}, {@code FOR VALUES IN (1, 2)},
 * {@code FOR VALUES WITH (modulus 4, remainder 0)} or {@code DEFAULT}).
 */
public record PartitionOf(QualifiedName parent, String bound) {

    public PartitionOf {
        Objects.requireNonNull(parent, "parent");
        Objects.requireNonNull(bound, "bound");
        if (bound.isBlank()) throw new IllegalArgumentException("the bound of a partition of " + parent + " is empty");
    }

    /** {@code public.payment FOR VALUES FROM (…) TO (…)}. */
    public String describe() {
        return parent + " " + bound;
    }
}
