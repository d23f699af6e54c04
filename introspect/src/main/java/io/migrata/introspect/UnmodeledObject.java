package io.migrata.introspect;

import java.util.Objects;

/**
 * One catalog object the schema model does not hold, so that no comparison covers it.
 *
 * @param schema the schema it is in (for a policy, rule or trigger: its table's), null for database-wide objects
 *               such as event triggers and publications
 * @param name how to find it: {@code public.measurements}, {@code audit_rule on public.users},
 *             {@code public.sum_of(integer)}, quoted where SQL would need it
 */
public record UnmodeledObject(UnmodeledKind kind, String schema, String name) {

    public UnmodeledObject {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
    }

    /** {@code rule audit_rule on public.users} */
    public String describe() {
        return kind.singular() + " " + name;
    }
}
