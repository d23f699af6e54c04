package io.migrata.schema;

import java.util.Objects;

/**
 * An installed extension ({@code CREATE EXTENSION citext SCHEMA public VERSION '1.6'}). Its member
 * objects (types, functions, operator classes) belong to it and are not in the model on their own.
 *
 * @param schema  the schema its objects live in
 * @param version the installed version, as {@code pg_extension.extversion} says; null in a migration
 *                that leaves it to the server's default version (a database read always has one)
 * @param comment the comment on it where it is not the one {@code CREATE EXTENSION} gives (the
 *                extension's own, from its control file): null keeps that one, the empty string
 *                stands for none (PostgreSQL takes {@code COMMENT ON EXTENSION … IS ''} as removing it)
 */
public record ExtensionDef(String name, String schema, String version, String comment) {

    public ExtensionDef {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(schema, "schema");
        if (name.isEmpty()) throw new IllegalArgumentException("extension name is empty");
    }

    /** An extension with its own comment. */
    public ExtensionDef(String name, String schema, String version) {
        this(name, schema, version, null);
    }

    public ExtensionDef withVersion(String newVersion) {
        return new ExtensionDef(name, schema, newVersion, comment);
    }
}
