package io.migrata.schema.migration;

import io.migrata.schema.PolicyDef;

import java.util.List;

/**
 * A row-level security policy: {@code policy("notes", "own_rows")} is permissive, for all commands
 * and every role, with no expressions; {@code .restrictive()}, {@code .command("SELECT")},
 * {@code .roles("app", "auditor")}, {@code .using("(owner = CURRENT_USER)")} and
 * {@code .withCheck("(owner = CURRENT_USER)")} say otherwise.
 */
public final class PolicySpec {

    private final String table;
    private final String name;
    private final String command;
    private final boolean permissive;
    private final List<String> roles;
    private final String using;
    private final String withCheck;

    PolicySpec(String table, String name, String command, boolean permissive, List<String> roles, String using, String withCheck) {
        this.table = table;
        this.name = name;
        this.command = command;
        this.permissive = permissive;
        this.roles = roles;
        this.using = using;
        this.withCheck = withCheck;
    }

    public PolicySpec command(String newCommand) {
        return new PolicySpec(table, name, Require.text(newCommand, "policy command"), permissive, roles, using, withCheck);
    }

    public PolicySpec restrictive() {
        return new PolicySpec(table, name, command, false, roles, using, withCheck);
    }

    /** The roles it applies to; {@code PUBLIC} for every role, the default. */
    public PolicySpec roles(String... newRoles) {
        return new PolicySpec(table, name, command, permissive, Require.names(newRoles, "policy", "role"), using, withCheck);
    }

    public PolicySpec using(String expression) {
        return new PolicySpec(table, name, command, permissive, roles, Require.sql(expression, "policy USING"), withCheck);
    }

    public PolicySpec withCheck(String expression) {
        return new PolicySpec(table, name, command, permissive, roles, using, Require.sql(expression, "policy WITH CHECK"));
    }

    public PolicyDef resolve(ObjectNames names) {
        return new PolicyDef(names.parse(table, "table"), name, command, permissive, roles, using, withCheck);
    }
}
