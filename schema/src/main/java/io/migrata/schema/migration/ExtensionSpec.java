package io.migrata.schema.migration;

import io.migrata.schema.ExtensionDef;

/**
 * An extension: {@code extension("citext")} installs the server's default version into the default
 * schema; {@code extension("pg_trgm").schema("ext").version("1.6")} says both. It keeps the comment
 * {@code CREATE EXTENSION} gives it unless {@code .comment("…")} says another, or {@code .comment("")} none.
 */
public final class ExtensionSpec {

    private final String name;
    private final String schema;
    private final String version;
    private final String comment;

    ExtensionSpec(String name, String schema, String version, String comment) {
        this.name = name;
        this.schema = schema;
        this.version = version;
        this.comment = comment;
    }

    public ExtensionSpec schema(String schemaName) {
        return new ExtensionSpec(name, Require.text(schemaName, "extension schema"), version, comment);
    }

    public ExtensionSpec version(String installedVersion) {
        return new ExtensionSpec(name, schema, Require.text(installedVersion, "extension version"), comment);
    }

    public ExtensionSpec comment(String text) {
        return new ExtensionSpec(name, schema, version, Require.present(text, "extension comment"));
    }

    public ExtensionDef resolve(ObjectNames names) {
        return new ExtensionDef(name, schema == null ? names.defaultSchema() : schema, version, comment);
    }
}
