package io.migrata.schema;

import java.util.Locale;
import java.util.Objects;

/**
 * One privilege one role holds on one object ({@code GRANT SELECT ON TABLE public.users TO
 * reporting}), on one column ({@code GRANT SELECT (email) ON public.users TO reporting}), or one
 * default privilege, which objects a role creates later get ({@code ALTER DEFAULT PRIVILEGES FOR
 * ROLE app IN SCHEMA public GRANT SELECT ON TABLES TO reporting}), as {@code aclexplode} lists it.
 * The owner's own privileges are not listed: they go with ownership, which the model leaves out.
 * Nor is a privilege PostgreSQL gives without being asked, {@code EXECUTE} on every new function
 * and {@code USAGE} on every new type to {@code PUBLIC}; its absence is, as a {@code revokedDefault}
 * grant ({@code REVOKE EXECUTE ON FUNCTION ... FROM PUBLIC}, or {@code ALTER DEFAULT PRIVILEGES FOR
 * ROLE app REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC}), so a model lists what differs from a freshly
 * created object, as {@code pg_dump} does.
 *
 * @param schema        the object's schema; for a default privilege, the schema it is limited to, or null for every schema
 * @param name          the table, view, sequence, function or aggregate in {@code schema}; null for a grant on the schema and a default privilege
 * @param argumentTypes a function's input argument types ({@link FunctionDef#argumentTypes()}), an aggregate's arguments
 *                      ({@link AggregateDef#argumentTypes()}); null for other kinds
 * @param column        the column of a column privilege; null for other kinds
 * @param creator       the role whose new objects a default privilege is for; null for other kinds
 * @param grantee       the role, or {@code PUBLIC}
 * @param privilege     {@code SELECT}, {@code USAGE}, {@code EXECUTE}, …
 * @param grantable     whether the grantee may grant it on ({@code WITH GRANT OPTION})
 * @param revokedDefault that this is a default privilege taken away, not a privilege given
 */
public record GrantDef(Kind kind, String schema, String name, String argumentTypes, String column, String creator, String grantee,
                       String privilege, boolean grantable, boolean revokedDefault) {

    /** The role name that means every role. */
    public static final String PUBLIC = "PUBLIC";

    /**
     * The object kinds a grant is compared on. The {@code DEFAULT_} kinds are default privileges,
     * on the objects {@code ALTER DEFAULT PRIVILEGES ... ON} names ({@link #objects()}).
     */
    public enum Kind {
        TABLE, SEQUENCE, SCHEMA, FUNCTION, AGGREGATE, COLUMN,
        DEFAULT_TABLES, DEFAULT_SEQUENCES, DEFAULT_FUNCTIONS, DEFAULT_TYPES, DEFAULT_SCHEMAS;

        public String sql() {
            return name().toLowerCase(Locale.ROOT);
        }

        public boolean isDefault() {
            return name().startsWith("DEFAULT_");
        }

        /** Whether the object is known by name and arguments. */
        public boolean isRoutine() {
            return this == FUNCTION || this == AGGREGATE;
        }

        /** {@code TABLES}, {@code FUNCTIONS}, …: what a default privilege is on, as {@code ALTER DEFAULT PRIVILEGES} spells it. */
        public String objects() {
            if (!isDefault()) throw new IllegalStateException(this + " is not a default privilege");
            return name().substring("DEFAULT_".length());
        }

        /**
         * The privilege PostgreSQL gives {@code PUBLIC} on every new object of this kind, which a
         * model lists only when it is taken away; null for kinds without one.
         */
        public String publicDefault() {
            return switch (this) {
                case FUNCTION, AGGREGATE, DEFAULT_FUNCTIONS -> "EXECUTE";
                case DEFAULT_TYPES -> "USAGE";
                default -> null;
            };
        }
    }

    public GrantDef {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(grantee, "grantee");
        Objects.requireNonNull(privilege, "privilege");
        if (schema == null && !kind.isDefault()) throw new IllegalArgumentException("a grant on " + kind.sql() + " names its schema");
        if ((kind == Kind.SCHEMA || kind.isDefault()) != (name == null)) {
            throw new IllegalArgumentException("a grant names an object exactly when it is not on a schema nor a default privilege");
        }
        if (kind.isRoutine() != (argumentTypes != null)) {
            throw new IllegalArgumentException("a grant gives argument types exactly when it is on a function or aggregate");
        }
        if ((kind == Kind.COLUMN) != (column != null)) throw new IllegalArgumentException("a grant names a column exactly when it is on one");
        if (kind.isDefault() != (creator != null)) {
            throw new IllegalArgumentException("a grant names the creating role exactly when it is a default privilege");
        }
        if (kind == Kind.DEFAULT_SCHEMAS && schema != null) throw new IllegalArgumentException("default privileges on schemas are for every schema");
        if (grantee.isEmpty() || privilege.isEmpty()) throw new IllegalArgumentException("a grant names its grantee and privilege");
        privilege = privilege.toUpperCase(Locale.ROOT);
        // A default privilege limited to a schema only adds to the database-wide ones, so it takes nothing away.
        boolean defaultOfKind = privilege.equals(kind.publicDefault()) && grantee.equals(PUBLIC) && !grantable
                && (kind.isRoutine() || schema == null);
        if (revokedDefault && !defaultOfKind) {
            throw new IllegalArgumentException("the only default privileges revoked are EXECUTE on a function or aggregate and,"
                    + " for every schema, EXECUTE on functions and USAGE on types, from PUBLIC");
        }
    }

    public static GrantDef onRelation(Kind kind, QualifiedName relation, String grantee, String privilege, boolean grantable) {
        return new GrantDef(kind, relation.schema(), relation.name(), null, null, null, grantee, privilege, grantable, false);
    }

    public static GrantDef onSchema(String schema, String grantee, String privilege, boolean grantable) {
        return new GrantDef(Kind.SCHEMA, schema, null, null, null, null, grantee, privilege, grantable, false);
    }

    public static GrantDef onFunction(QualifiedName function, String argumentTypes, String grantee, String privilege,
                                      boolean grantable) {
        return new GrantDef(Kind.FUNCTION, function.schema(), function.name(), argumentTypes, null, null, grantee, privilege, grantable,
                false);
    }

    /** @param argumentTypes the aggregate's arguments as {@link AggregateDef#argumentTypes()} spells them */
    public static GrantDef onAggregate(QualifiedName aggregate, String argumentTypes, String grantee, String privilege,
                                       boolean grantable) {
        return new GrantDef(Kind.AGGREGATE, aggregate.schema(), aggregate.name(), argumentTypes, null, null, grantee, privilege,
                grantable, false);
    }

    /** {@code GRANT privilege (column) ON TABLE table TO grantee}: a table's or view's column. */
    public static GrantDef onColumn(QualifiedName table, String column, String grantee, String privilege, boolean grantable) {
        return new GrantDef(Kind.COLUMN, table.schema(), table.name(), null, Objects.requireNonNull(column, "column"), null, grantee,
                privilege, grantable, false);
    }

    /**
     * A default privilege: what {@code creator}'s new objects of {@code kind} give {@code grantee}.
     *
     * @param schema the schema it is limited to, or null for every schema
     */
    public static GrantDef byDefault(Kind kind, String creator, String schema, String grantee, String privilege, boolean grantable) {
        if (!kind.isDefault()) throw new IllegalArgumentException(kind + " is not a default privilege");
        return new GrantDef(kind, schema, null, null, null, Objects.requireNonNull(creator, "creator"), grantee, privilege, grantable,
                false);
    }

    /** {@code REVOKE EXECUTE ON FUNCTION ... FROM PUBLIC}: the function's default privilege taken away. */
    public static GrantDef executeRevokedFromPublic(QualifiedName function, String argumentTypes) {
        return new GrantDef(Kind.FUNCTION, function.schema(), function.name(), argumentTypes, null, null, PUBLIC, "EXECUTE", false, true);
    }

    /** The aggregate's default {@code EXECUTE} to {@code PUBLIC} taken away, as for a function. */
    public static GrantDef executeRevokedFromPublicOnAggregate(QualifiedName aggregate, String argumentTypes) {
        return new GrantDef(Kind.AGGREGATE, aggregate.schema(), aggregate.name(), argumentTypes, null, null, PUBLIC, "EXECUTE", false,
                true);
    }

    /** {@code ALTER DEFAULT PRIVILEGES FOR ROLE creator REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC}, or {@code USAGE ON TYPES}. */
    public static GrantDef publicDefaultRevoked(Kind kind, String creator) {
        if (!kind.isDefault() || kind.publicDefault() == null) throw new IllegalArgumentException(kind + " gives PUBLIC nothing by default");
        return new GrantDef(kind, null, null, null, null, Objects.requireNonNull(creator, "creator"), PUBLIC, kind.publicDefault(), false,
                true);
    }

    /** The table, view, sequence, function or aggregate, or a column's table; null for a schema and a default privilege. */
    public QualifiedName relation() {
        return name == null ? null : QualifiedName.of(schema, name);
    }

    /** This grant on another table, as a table's privileges follow it when it is renamed. */
    public GrantDef onRenamedTable(QualifiedName table) {
        if (kind != Kind.TABLE && kind != Kind.COLUMN) throw new IllegalStateException("a grant on " + kind.sql() + " has no table");
        return new GrantDef(kind, table.schema(), table.name(), null, column, null, grantee, privilege, grantable, false);
    }

    /** This column privilege on another column of the same table. */
    public GrantDef onRenamedColumn(String newColumn) {
        if (kind != Kind.COLUMN) throw new IllegalStateException("a grant on " + kind.sql() + " has no column");
        return onColumn(relation(), newColumn, grantee, privilege, grantable);
    }

    /**
     * The object as SQL names it: {@code public.users}, {@code billing} for a schema,
     * {@code public.add(integer, integer)} for a function ({@link FunctionDef#signature()}), {@code public.total(*)}
     * for an aggregate ({@link AggregateDef#signature()}),
     * {@code public.users (email)} for a column, {@code tables of app in billing} for a default privilege.
     */
    public String object() {
        if (kind.isDefault()) {
            return kind.objects().toLowerCase(Locale.ROOT) + " of " + Identifiers.quote(creator)
                    + (schema == null ? "" : " in " + Identifiers.quote(schema));
        }
        if (kind == Kind.SCHEMA) return Identifiers.quote(schema);
        String relation = QualifiedName.of(schema, name).toString();
        if (kind == Kind.COLUMN) return relation + " (" + Identifiers.quote(column) + ")";
        return kind.isRoutine() ? relation + "(" + argumentTypes + ")" : relation;
    }

    /** The grantee as SQL names it: {@code PUBLIC} is a keyword, any other role an identifier. */
    public String granteeSql() {
        return grantee.equals(PUBLIC) ? PUBLIC : Identifiers.quote(grantee);
    }

    /** What tells grants apart: the grant option is a property of one. */
    public String key() {
        return kind + " " + object() + " " + grantee + " " + privilege;
    }

    /**
     * {@code SELECT on table public.users to reporting}, {@code default EXECUTE on function public.f() from PUBLIC},
     * {@code SELECT on new tables of app in billing to reporting}.
     */
    public String describe() {
        String on = kind.isDefault() ? "new " + object() : kind.sql() + " " + object();
        if (revokedDefault) return "default " + privilege + " on " + on + " from " + PUBLIC;
        return privilege + " on " + on + " to " + granteeSql() + (grantable ? " with grant option" : "");
    }
}
