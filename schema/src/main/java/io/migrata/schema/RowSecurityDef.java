package io.migrata.schema;

import java.util.Objects;

/** A table whose row-level security is not {@link RowSecurity#OFF}; tables with it off are not listed. */
public record RowSecurityDef(QualifiedName table, RowSecurity mode) {

    public RowSecurityDef {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(mode, "mode");
        if (mode == RowSecurity.OFF) throw new IllegalArgumentException("row security of " + table + " is off: leave it out");
    }
}
