package io.migrata.schema;

import java.util.List;
import java.util.Objects;

/**
 * An index that does not back a constraint (those are {@link PrimaryKeyDef} and {@link UniqueDef}).
 * {@code method} is the access method name ({@code btree}, {@code gin}, …); {@code predicate} is the
 * partial-index condition as {@code pg_get_expr()} prints it, or {@code null}.
 */
public record IndexDef(
        String name,
        List<IndexKey> keys,
        boolean unique,
        boolean nullsNotDistinct,
        String method,
        List<String> include,
        String predicate) {

    public IndexDef {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(method, "method");
        keys = List.copyOf(keys);
        include = List.copyOf(include);
        if (keys.isEmpty()) throw new IllegalArgumentException("index " + name + " has no keys");
    }

    /** A plain b-tree index on columns. */
    public static IndexDef on(String name, boolean unique, String... columns) {
        return new IndexDef(name, List.of(columns).stream().map(IndexKey::column).toList(), unique, false, "btree",
                List.of(), null);
    }

    public IndexDef withName(String newName) {
        return new IndexDef(newName, keys, unique, nullsNotDistinct, method, include, predicate);
    }
}
