package io.migrata.introspect;

import io.migrata.schema.QualifiedName;

/**
 * A table, view or materialized view as the relation query found it; {@code oid} keys the rows of
 * the column, constraint and index queries back to it.
 */
record Relation(long oid, QualifiedName name, Kind kind, String viewDefinition, String comment) {

    enum Kind { TABLE, VIEW, MATERIALIZED_VIEW }

    boolean isTable() {
        return kind == Kind.TABLE;
    }
}
