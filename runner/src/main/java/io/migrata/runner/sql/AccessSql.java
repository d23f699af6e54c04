package io.migrata.runner.sql;

import io.migrata.schema.GrantDef;
import io.migrata.schema.Identifiers;
import io.migrata.schema.PolicyDef;
import io.migrata.schema.op.ChangeRowSecurity;
import io.migrata.schema.op.CreatePolicy;
import io.migrata.schema.op.DropPolicy;
import io.migrata.schema.op.GrantPrivilege;
import io.migrata.schema.op.RevokePrivilege;
import io.migrata.schema.op.SetSchemaComment;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Row-level security, policies, grants, and comments on schemas. */
final class AccessSql {

    private AccessSql() {
    }

    /** {@code ENABLE} and {@code FORCE} are separate switches; only those that change are thrown. */
    static List<Statement> rowSecurity(ChangeRowSecurity op) {
        Statements statements = new Statements(op);
        String table = "ALTER TABLE " + op.table();
        if (op.from().enabled() != op.to().enabled()) {
            statements.add(table + (op.to().enabled() ? " ENABLE" : " DISABLE") + " ROW LEVEL SECURITY");
        }
        if (op.from().forced() != op.to().forced()) {
            statements.add(table + (op.to().forced() ? " FORCE" : " NO FORCE") + " ROW LEVEL SECURITY");
        }
        return statements.toList();
    }

    static List<Statement> createPolicy(CreatePolicy op) {
        PolicyDef policy = op.policy();
        StringBuilder sql = new StringBuilder("CREATE POLICY ").append(SqlText.name(policy.name())).append(" ON ").append(policy.table())
                .append(policy.permissive() ? " AS PERMISSIVE" : " AS RESTRICTIVE")
                .append(" FOR ").append(policy.command())
                .append(" TO ").append(policy.roles().stream().map(AccessSql::role).collect(Collectors.joining(", ")));
        if (policy.using() != null) sql.append(" USING (").append(policy.using()).append(')');
        if (policy.withCheck() != null) sql.append(" WITH CHECK (").append(policy.withCheck()).append(')');
        return new Statements(op).add(sql.toString()).toList();
    }

    static List<Statement> dropPolicy(DropPolicy op) {
        return new Statements(op).add("DROP POLICY " + SqlText.name(op.policy().name()) + " ON " + op.policy().table()).toList();
    }

    static List<Statement> grant(GrantPrivilege op) {
        GrantDef grant = op.grant();
        return new Statements(op).add(grant.revokedDefault() ? revokeSql(grant) : grantSql(grant)).toList();
    }

    static List<Statement> revoke(RevokePrivilege op) {
        GrantDef grant = op.grant();
        return new Statements(op).add(grant.revokedDefault() ? grantSql(grant) : revokeSql(grant)).toList();
    }

    private static String grantSql(GrantDef grant) {
        return defaults(grant) + "GRANT " + privilege(grant) + " ON " + on(grant) + " TO " + grant.granteeSql()
                + (grant.grantable() ? " WITH GRANT OPTION" : "");
    }

    /** Takes the grant option with the privilege, as the grant gave both. */
    private static String revokeSql(GrantDef grant) {
        return defaults(grant) + "REVOKE " + privilege(grant) + " ON " + on(grant) + " FROM " + grant.granteeSql();
    }

    /**
     * A default privilege always names its role: without {@code FOR ROLE} it would be the role the
     * migration runs as, which need not be the one whose objects it was read for.
     */
    private static String defaults(GrantDef grant) {
        if (!grant.kind().isDefault()) return "";
        return "ALTER DEFAULT PRIVILEGES FOR ROLE " + Identifiers.quote(grant.creator())
                + (grant.schema() == null ? "" : " IN SCHEMA " + SqlText.name(grant.schema())) + " ";
    }

    private static String privilege(GrantDef grant) {
        return grant.kind() == GrantDef.Kind.COLUMN ? grant.privilege() + " (" + SqlText.name(grant.column()) + ")" : grant.privilege();
    }

    static List<Statement> schemaComment(SetSchemaComment op) {
        return new Statements(op).add("COMMENT ON SCHEMA " + SqlText.name(op.schema()) + " IS " + SqlText.literal(op.to())).toList();
    }

    /**
     * {@code ROUTINE} names a function and a procedure alike, and an aggregate, which {@code GRANT}
     * has no word of its own for; a column is named with its privilege.
     */
    private static String on(GrantDef grant) {
        if (grant.kind().isDefault()) return grant.kind().objects();
        return switch (grant.kind()) {
            case FUNCTION -> "ROUTINE " + grant.object();
            case AGGREGATE -> "ROUTINE " + grant.relation() + "(" + routineArguments(grant.argumentTypes()) + ")";
            case COLUMN, TABLE -> "TABLE " + grant.relation();
            default -> grant.kind().name().toUpperCase(Locale.ROOT) + " " + grant.object();
        };
    }

    /**
     * An aggregate's arguments as a routine's: {@code GRANT} takes a plain list of types, without
     * {@code *} for none and with an ordered-set aggregate's direct and aggregated arguments in one
     * row; a hypothetical-set aggregate over {@code VARIADIC "any"} on both sides has that one argument.
     */
    static String routineArguments(String aggregateArguments) {
        if (aggregateArguments.equals("*")) return "";
        int orderBy = aggregateArguments.indexOf("ORDER BY ");
        if (orderBy < 0) return aggregateArguments;
        String direct = aggregateArguments.substring(0, orderBy).strip();
        String aggregated = aggregateArguments.substring(orderBy + "ORDER BY ".length()).strip();
        if (direct.isEmpty()) return aggregated;
        if (aggregated.startsWith("VARIADIC ") && direct.endsWith(aggregated)) return direct;
        return direct + ", " + aggregated;
    }

    private static String role(String role) {
        return role.equals(PolicyDef.PUBLIC) ? PolicyDef.PUBLIC : Identifiers.quote(role);
    }
}
