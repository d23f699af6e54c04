package io.migrata.schema;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * A row-level security policy on a table ({@code CREATE POLICY own_rows ON public.notes AS
 * RESTRICTIVE FOR SELECT TO app USING (owner = CURRENT_USER)}).
 *
 * @param command   {@code ALL}, {@code SELECT}, {@code INSERT}, {@code UPDATE} or {@code DELETE}
 * @param roles     the role names it applies to, sorted; {@code PUBLIC} (alone) for every role
 * @param using     the {@code USING} expression as {@code pg_get_expr} prints it, or null
 * @param withCheck the {@code WITH CHECK} expression as {@code pg_get_expr} prints it, or null
 */
public record PolicyDef(QualifiedName table, String name, String command, boolean permissive, List<String> roles,
                        String using, String withCheck) {

    /** The role list that means every role, as {@code CREATE POLICY ... TO PUBLIC} says. */
    public static final String PUBLIC = "PUBLIC";

    private static final Set<String> COMMANDS = Set.of("ALL", "SELECT", "INSERT", "UPDATE", "DELETE");

    public PolicyDef {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(command, "command");
        if (name.isEmpty()) throw new IllegalArgumentException("policy name is empty");
        command = command.toUpperCase(Locale.ROOT);
        if (!COMMANDS.contains(command)) {
            throw new IllegalArgumentException("policy " + name + " is for " + command + ": write ALL, SELECT, INSERT, UPDATE or DELETE");
        }
        // PostgreSQL keeps PUBLIC alone when other roles are named with it ("ignoring specified roles other than PUBLIC").
        roles = roles.isEmpty() || roles.contains(PUBLIC) ? List.of(PUBLIC) : Names.sortedUnique(roles, r -> r, () -> "role of policy " + name);
    }

    /** {@code own_rows on public.notes}. */
    public String describe() {
        return Identifiers.quote(name) + " on " + table;
    }
}
