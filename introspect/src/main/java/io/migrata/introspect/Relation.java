package io.migrata.introspect;

import io.migrata.schema.PartitionOf;
import io.migrata.schema.QualifiedName;

/**
 * A table, view or materialized view as the relation query found it; {@code oid} keys the rows of
 * the column, constraint and index queries back to it. {@code populated} is false only for a
 * materialized view created or refreshed {@code WITH NO DATA}; {@code partitionKey} is set on a
 * partitioned table, {@code partitionOf} on a partition.
 */
record Relation(long oid, QualifiedName name, Kind kind, String viewDefinition, boolean populated, String partitionKey,
                PartitionOf partitionOf, String comment) {

    enum Kind { TABLE, VIEW, MATERIALIZED_VIEW }

    boolean isTable() {
        return kind == Kind.TABLE;
    }
}
