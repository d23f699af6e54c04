package io.migrata.schema.migration;

/**
 * Something {@link Operations#createTable} lists after the table name: a column, a constraint, an
 * index, the table's comment or its place in partitioning.
 */
public abstract sealed class TableElement permits ColumnSpec, ConstraintSpec, IndexSpec, TableComment, PartitionSpec {

    TableElement() {
    }
}
