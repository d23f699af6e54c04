package io.migrata.schema;

import java.util.Objects;

/**
 * One column. Absent optional parts are {@code null}: {@code defaultExpression} is the text
 * {@code pg_get_expr()} prints for the default; {@code generatedExpression} is the expression of a
 * {@code GENERATED ALWAYS AS (...) STORED} column; {@code collation} is set only when it differs
 * from the type's default.
 *
 * <pre>{@code ColumnDef phone = ColumnDef.of("phone", SqlType.of("character varying(20)")).withNullable(true);}</pre>
 */
public record ColumnDef(
        String name,
        SqlType type,
        boolean nullable,
        String defaultExpression,
        IdentityDef identity,
        String generatedExpression,
        String collation,
        String comment) {

    public ColumnDef {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        if (name.isEmpty()) throw new IllegalArgumentException("column name is empty");
        if (identity != null && defaultExpression != null) {
            throw new IllegalArgumentException("identity column " + name + " cannot also have a default");
        }
        if (identity != null && nullable) {
            throw new IllegalArgumentException("identity column " + name + " must be NOT NULL");
        }
    }

    /** A nullable column with nothing else set. */
    public static ColumnDef of(String name, SqlType type) {
        return new ColumnDef(name, type, true, null, null, null, null, null);
    }

    public ColumnDef withName(String newName) {
        return new ColumnDef(newName, type, nullable, defaultExpression, identity, generatedExpression, collation, comment);
    }

    public ColumnDef withType(SqlType newType) {
        return new ColumnDef(name, newType, nullable, defaultExpression, identity, generatedExpression, collation, comment);
    }

    public ColumnDef withNullable(boolean newNullable) {
        return new ColumnDef(name, type, newNullable, defaultExpression, identity, generatedExpression, collation, comment);
    }

    public ColumnDef withDefault(String newDefault) {
        return new ColumnDef(name, type, nullable, newDefault, identity, generatedExpression, collation, comment);
    }

    public ColumnDef withIdentity(IdentityDef newIdentity) {
        return new ColumnDef(name, type, nullable, defaultExpression, newIdentity, generatedExpression, collation, comment);
    }

    public ColumnDef withGenerated(String newExpression) {
        return new ColumnDef(name, type, nullable, defaultExpression, identity, newExpression, collation, comment);
    }

    public ColumnDef withCollation(String newCollation) {
        return new ColumnDef(name, type, nullable, defaultExpression, identity, generatedExpression, newCollation, comment);
    }

    public ColumnDef withComment(String newComment) {
        return new ColumnDef(name, type, nullable, defaultExpression, identity, generatedExpression, collation, newComment);
    }
}
