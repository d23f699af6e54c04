package io.migrata.schema.migration;

import io.migrata.schema.GrantDef;

/**
 * A privilege on an object to a role: {@code privilege("SELECT").onTable("users").to("reporting")},
 * {@code privilege("USAGE").onSchema("billing").to("PUBLIC")},
 * {@code privilege("EXECUTE").onFunction("add", "integer, integer").to("app").withGrantOption()}.
 * {@code onTable} covers views too, as {@code GRANT ... ON TABLE} does.
 */
public final class GrantSpec {

    private final String privilege;
    private final GrantDef.Kind kind;
    private final String object;
    private final String argumentTypes;
    private final String grantee;
    private final boolean grantable;

    GrantSpec(String privilege, GrantDef.Kind kind, String object, String argumentTypes, String grantee, boolean grantable) {
        this.privilege = privilege;
        this.kind = kind;
        this.object = object;
        this.argumentTypes = argumentTypes;
        this.grantee = grantee;
        this.grantable = grantable;
    }

    public GrantSpec onTable(String table) {
        return on(GrantDef.Kind.TABLE, Require.text(table, "table name"), null);
    }

    public GrantSpec onSequence(String sequence) {
        return on(GrantDef.Kind.SEQUENCE, Require.text(sequence, "sequence name"), null);
    }

    public GrantSpec onSchema(String schema) {
        return on(GrantDef.Kind.SCHEMA, Require.text(schema, "schema name"), null);
    }

    /** @param argumentTypes the input argument types, {@code "integer, text"}, or {@code ""} for none */
    public GrantSpec onFunction(String function, String argumentTypes) {
        return on(GrantDef.Kind.FUNCTION, Require.text(function, "function name"), Require.present(argumentTypes, "argument types"));
    }

    /** The role, or {@code PUBLIC} for every role. */
    public GrantSpec to(String role) {
        return new GrantSpec(privilege, kind, object, argumentTypes, Require.text(role, "grantee"), grantable);
    }

    public GrantSpec withGrantOption() {
        return new GrantSpec(privilege, kind, object, argumentTypes, grantee, true);
    }

    private GrantSpec on(GrantDef.Kind newKind, String newObject, String newArgumentTypes) {
        return new GrantSpec(privilege, newKind, newObject, newArgumentTypes, grantee, grantable);
    }

    /** The function's default {@code EXECUTE} to {@code PUBLIC}, as revoked. */
    GrantDef resolveRevokedDefault(ObjectNames names) {
        GrantDef grant = resolve(names);
        if (grant.kind() != GrantDef.Kind.FUNCTION || !grant.grantee().equals(GrantDef.PUBLIC) || !grant.privilege().equals("EXECUTE")) {
            throw new IllegalArgumentException("the only default privilege to revoke is EXECUTE on a function to PUBLIC, not "
                    + grant.describe());
        }
        return GrantDef.executeRevokedFromPublic(grant.relation(), grant.argumentTypes());
    }

    public GrantDef resolve(ObjectNames names) {
        if (kind == null) throw new IllegalArgumentException("grant of " + privilege + " names no object: add onTable(…), onSchema(…), …");
        if (grantee == null) throw new IllegalArgumentException("grant of " + privilege + " names no role: add to(…)");
        return switch (kind) {
            case SCHEMA -> GrantDef.onSchema(object, grantee, privilege, grantable);
            case FUNCTION -> GrantDef.onFunction(names.parse(object, "function"), argumentTypes, grantee, privilege, grantable);
            case TABLE, SEQUENCE -> GrantDef.onRelation(kind, names.parse(object, kind.sql()), grantee, privilege, grantable);
        };
    }
}
