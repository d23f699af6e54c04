package io.migrata.schema.migration;

/**
 * Something {@link Operations#createTable} lists after the table name: a column, a constraint, an
 * index or the table's comment.
 */
public abstract sealed class TableElement permits ColumnSpec, ConstraintSpec, IndexSpec, TableComment {

    TableElement() {
    }
}
