package io.migrata.schema;

import java.util.Locale;
import java.util.Objects;

/**
 * One privilege one role holds on one object ({@code GRANT SELECT ON TABLE public.users TO
 * reporting}), as {@code aclexplode} lists it. The owner's own privileges are not listed: they
 * go with ownership, which the model leaves out. Nor is the privilege PostgreSQL gives every new
 * function, {@code EXECUTE} to {@code PUBLIC}; its absence is, as a {@code revokedDefault} grant
 * ({@code REVOKE EXECUTE ON FUNCTION ... FROM PUBLIC}), so a model lists what differs from a
 * freshly created object, as {@code pg_dump} does.
 *
 * @param name          the table, view, sequence or function in {@code schema}; null for a grant on the schema
 * @param argumentTypes a function's input argument types ({@link FunctionDef#argumentTypes()}); null for other kinds
 * @param grantee       the role, or {@code PUBLIC}
 * @param privilege     {@code SELECT}, {@code USAGE}, {@code EXECUTE}, …
 * @param grantable     whether the grantee may grant it on ({@code WITH GRANT OPTION})
 * @param revokedDefault that this is a default privilege taken away, not a privilege given
 */
public record GrantDef(Kind kind, String schema, String name, String argumentTypes, String grantee, String privilege,
                       boolean grantable, boolean revokedDefault) {

    /** The role name that means every role. */
    public static final String PUBLIC = "PUBLIC";

    /** The object kinds a grant is compared on, as {@code GRANT ... ON} spells them. */
    public enum Kind {
        TABLE, SEQUENCE, SCHEMA, FUNCTION;

        public String sql() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public GrantDef {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(grantee, "grantee");
        Objects.requireNonNull(privilege, "privilege");
        if ((kind == Kind.SCHEMA) != (name == null)) throw new IllegalArgumentException("a grant names an object exactly when it is not on a schema");
        if ((kind == Kind.FUNCTION) != (argumentTypes != null)) {
            throw new IllegalArgumentException("a grant gives argument types exactly when it is on a function");
        }
        if (grantee.isEmpty() || privilege.isEmpty()) throw new IllegalArgumentException("a grant names its grantee and privilege");
        privilege = privilege.toUpperCase(Locale.ROOT);
        if (revokedDefault && !(kind == Kind.FUNCTION && grantee.equals(PUBLIC) && privilege.equals("EXECUTE") && !grantable)) {
            throw new IllegalArgumentException("the only default privilege revoked is EXECUTE on a function from PUBLIC");
        }
    }

    public static GrantDef onRelation(Kind kind, QualifiedName relation, String grantee, String privilege, boolean grantable) {
        return new GrantDef(kind, relation.schema(), relation.name(), null, grantee, privilege, grantable, false);
    }

    public static GrantDef onSchema(String schema, String grantee, String privilege, boolean grantable) {
        return new GrantDef(Kind.SCHEMA, schema, null, null, grantee, privilege, grantable, false);
    }

    public static GrantDef onFunction(QualifiedName function, String argumentTypes, String grantee, String privilege,
                                      boolean grantable) {
        return new GrantDef(Kind.FUNCTION, function.schema(), function.name(), argumentTypes, grantee, privilege, grantable, false);
    }

    /** {@code REVOKE EXECUTE ON FUNCTION ... FROM PUBLIC}: the function's default privilege taken away. */
    public static GrantDef executeRevokedFromPublic(QualifiedName function, String argumentTypes) {
        return new GrantDef(Kind.FUNCTION, function.schema(), function.name(), argumentTypes, PUBLIC, "EXECUTE", false, true);
    }

    /** The table, view, sequence or function; null for a schema. */
    public QualifiedName relation() {
        return name == null ? null : QualifiedName.of(schema, name);
    }

    /**
     * The object as SQL names it: {@code public.users}, {@code billing} for a schema,
     * {@code public.add(integer, integer)} for a function ({@link FunctionDef#signature()}).
     */
    public String object() {
        if (kind == Kind.SCHEMA) return Identifiers.quote(schema);
        String relation = QualifiedName.of(schema, name).toString();
        return kind == Kind.FUNCTION ? relation + "(" + argumentTypes + ")" : relation;
    }

    /** The grantee as SQL names it: {@code PUBLIC} is a keyword, any other role an identifier. */
    public String granteeSql() {
        return grantee.equals(PUBLIC) ? PUBLIC : Identifiers.quote(grantee);
    }

    /** What tells grants apart: the grant option is a property of one. */
    public String key() {
        return kind + " " + object() + " " + grantee + " " + privilege;
    }

    /** {@code SELECT on table public.users to reporting}, {@code default EXECUTE on function public.f() from PUBLIC}. */
    public String describe() {
        if (revokedDefault) return "default " + privilege + " on " + kind.sql() + " " + object() + " from " + PUBLIC;
        return privilege + " on " + kind.sql() + " " + object() + " to " + granteeSql() + (grantable ? " with grant option" : "");
    }
}
