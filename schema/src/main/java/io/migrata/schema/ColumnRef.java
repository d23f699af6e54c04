package io.migrata.schema;

import java.util.Objects;

/** A column named by its table: the owner of a sequence, the target of a column comment. */
public record ColumnRef(QualifiedName table, String column) implements Comparable<ColumnRef> {

    public ColumnRef {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(column, "column");
    }

    @Override
    public int compareTo(ColumnRef other) {
        int byTable = table.compareTo(other.table);
        return byTable != 0 ? byTable : column.compareTo(other.column);
    }

    @Override
    public String toString() {
        return table + "." + Identifiers.quote(column);
    }
}
