package io.migrata.introspect;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

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

    /** {@code 1 rule, 2 event triggers}: the objects counted by kind, in kind order; empty for none. */
    public static String counted(List<UnmodeledObject> objects) {
        Map<UnmodeledKind, Integer> counts = new EnumMap<>(UnmodeledKind.class);
        for (UnmodeledObject object : objects) counts.merge(object.kind(), 1, Integer::sum);
        return counts.entrySet().stream().map(e -> e.getKey().count(e.getValue())).collect(Collectors.joining(", "));
    }

    /** {@code rule audit_rule on public.users} */
    public String describe() {
        return kind.singular() + " " + name;
    }
}
