package io.migrata.schema.migration;

import io.migrata.schema.GrantDef;

/**
 * A privilege on an object to a role: {@code privilege("SELECT").onTable("users").to("reporting")},
 * {@code privilege("USAGE").onSchema("billing").to("PUBLIC")},
 * {@code privilege("EXECUTE").onFunction("add", "integer, integer").to("app").withGrantOption()},
 * {@code privilege("EXECUTE").onAggregate("group_concat", "text").to("app")},
 * {@code privilege("UPDATE").onColumn("users", "email").to("support")}.
 * {@code onTable} and {@code onColumn} cover views too, as {@code GRANT ... ON TABLE} does.
 *
 * <p>A default privilege, which the objects a role creates from then on get, names that role:
 * {@code privilege("SELECT").onTablesCreatedBy("app_owner").inSchema("billing").to("reporting")};
 * without {@code inSchema} it is for the role's objects in every schema.
 */
public final class GrantSpec {

    private final String privilege;
    private final GrantDef.Kind kind;
    private final String object;
    private final String detail;
    private final String schema;
    private final String grantee;
    private final boolean grantable;

    /**
     * @param detail a function's or aggregate's argument types, a column's name, or the creating role of a default privilege
     * @param schema the schema a default privilege is limited to
     */
    private GrantSpec(String privilege, GrantDef.Kind kind, String object, String detail, String schema, String grantee,
                      boolean grantable) {
        this.privilege = privilege;
        this.kind = kind;
        this.object = object;
        this.detail = detail;
        this.schema = schema;
        this.grantee = grantee;
        this.grantable = grantable;
    }

    static GrantSpec of(String privilege) {
        return new GrantSpec(privilege, null, null, null, null, null, false);
    }

    public GrantSpec onTable(String table) {
        return on(GrantDef.Kind.TABLE, Require.text(table, "table name"), null);
    }

    /** One column of a table or view: {@code GRANT privilege (column) ON table}. */
    public GrantSpec onColumn(String table, String column) {
        return on(GrantDef.Kind.COLUMN, Require.text(table, "table name"), Require.text(column, "column name"));
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

    /** @param argumentTypes the arguments as {@link Schema#aggregate} takes them, {@code "*"} for none */
    public GrantSpec onAggregate(String aggregate, String argumentTypes) {
        return on(GrantDef.Kind.AGGREGATE, Require.text(aggregate, "aggregate name"), Require.text(argumentTypes, "aggregate arguments"));
    }

    /** The default privilege on the tables and views {@code role} creates from now on. */
    public GrantSpec onTablesCreatedBy(String role) {
        return onNew(GrantDef.Kind.DEFAULT_TABLES, role);
    }

    public GrantSpec onSequencesCreatedBy(String role) {
        return onNew(GrantDef.Kind.DEFAULT_SEQUENCES, role);
    }

    /** Functions and procedures alike, as {@code ALTER DEFAULT PRIVILEGES ... ON FUNCTIONS} means. */
    public GrantSpec onFunctionsCreatedBy(String role) {
        return onNew(GrantDef.Kind.DEFAULT_FUNCTIONS, role);
    }

    /** Types and domains alike. */
    public GrantSpec onTypesCreatedBy(String role) {
        return onNew(GrantDef.Kind.DEFAULT_TYPES, role);
    }

    public GrantSpec onSchemasCreatedBy(String role) {
        return onNew(GrantDef.Kind.DEFAULT_SCHEMAS, role);
    }

    /** Limits a default privilege to the objects created in {@code schema}. */
    public GrantSpec inSchema(String schemaName) {
        return new GrantSpec(privilege, kind, object, detail, Require.text(schemaName, "schema name"), grantee, grantable);
    }

    /** The role, or {@code PUBLIC} for every role. */
    public GrantSpec to(String role) {
        return new GrantSpec(privilege, kind, object, detail, schema, Require.text(role, "grantee"), grantable);
    }

    public GrantSpec withGrantOption() {
        return new GrantSpec(privilege, kind, object, detail, schema, grantee, true);
    }

    private GrantSpec on(GrantDef.Kind newKind, String newObject, String newDetail) {
        return new GrantSpec(privilege, newKind, newObject, newDetail, schema, grantee, grantable);
    }

    private GrantSpec onNew(GrantDef.Kind newKind, String role) {
        return on(newKind, null, Require.text(role, "creating role"));
    }

    /**
     * The default PostgreSQL gives {@code PUBLIC}, as revoked: {@code EXECUTE} on a function, and,
     * for every schema, {@code EXECUTE} on new functions and {@code USAGE} on new types.
     */
    GrantDef resolveRevokedDefault(ObjectNames names) {
        GrantDef grant = resolve(names);
        boolean defaultOfKind = grant.grantee().equals(GrantDef.PUBLIC) && grant.privilege().equals(grant.kind().publicDefault())
                && !grant.grantable();
        if (defaultOfKind && grant.kind() == GrantDef.Kind.FUNCTION) {
            return GrantDef.executeRevokedFromPublic(grant.relation(), grant.argumentTypes());
        }
        if (defaultOfKind && grant.kind() == GrantDef.Kind.AGGREGATE) {
            return GrantDef.executeRevokedFromPublicOnAggregate(grant.relation(), grant.argumentTypes());
        }
        if (defaultOfKind && grant.schema() == null) return GrantDef.publicDefaultRevoked(grant.kind(), grant.creator());
        throw new IllegalArgumentException("the only default privileges to revoke are EXECUTE on a function or aggregate and, for every schema,"
                + " EXECUTE on new functions and USAGE on new types, to PUBLIC; not " + grant.describe());
    }

    public GrantDef resolve(ObjectNames names) {
        if (kind == null) throw new IllegalArgumentException("grant of " + privilege + " names no object: add onTable(…), onSchema(…), …");
        if (grantee == null) throw new IllegalArgumentException("grant of " + privilege + " names no role: add to(…)");
        if (schema != null && !kind.isDefault()) {
            throw new IllegalArgumentException("inSchema(…) limits a default privilege; name the schema of a " + kind.sql()
                    + " in its name instead");
        }
        return switch (kind) {
            case SCHEMA -> GrantDef.onSchema(object, grantee, privilege, grantable);
            case FUNCTION -> GrantDef.onFunction(names.parse(object, "function"), detail, grantee, privilege, grantable);
            case AGGREGATE -> GrantDef.onAggregate(names.parse(object, "aggregate"), detail, grantee, privilege, grantable);
            case TABLE, SEQUENCE -> GrantDef.onRelation(kind, names.parse(object, kind.sql()), grantee, privilege, grantable);
            case COLUMN -> GrantDef.onColumn(names.parse(object, "table"), detail, grantee, privilege, grantable);
            case DEFAULT_TABLES, DEFAULT_SEQUENCES, DEFAULT_FUNCTIONS, DEFAULT_TYPES, DEFAULT_SCHEMAS ->
                    GrantDef.byDefault(kind, detail, schema, grantee, privilege, grantable);
        };
    }
}
