package io.migrata.schema.migration;

import io.migrata.schema.ExtensionDef;

/**
 * An extension: {@code extension("citext")} installs the server's default version into the default
 * schema; {@code extension("pg_trgm").schema("ext").version("1.6")} says both.
 */
public final class ExtensionSpec {

    private final String name;
    private final String schema;
    private final String version;

    ExtensionSpec(String name, String schema, String version) {
        this.name = name;
        this.schema = schema;
        this.version = version;
    }

    public ExtensionSpec schema(String schemaName) {
        return new ExtensionSpec(name, Require.text(schemaName, "extension schema"), version);
    }

    public ExtensionSpec version(String installedVersion) {
        return new ExtensionSpec(name, schema, Require.text(installedVersion, "extension version"));
    }

    public ExtensionDef resolve(ObjectNames names) {
        return new ExtensionDef(name, schema == null ? names.defaultSchema() : schema, version);
    }
}
