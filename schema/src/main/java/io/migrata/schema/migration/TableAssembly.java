package io.migrata.schema.migration;

import io.migrata.schema.CheckDef;
import io.migrata.schema.ColumnDef;
import io.migrata.schema.ForeignKeyDef;
import io.migrata.schema.IndexDef;
import io.migrata.schema.PartitionOf;
import io.migrata.schema.PrimaryKeyDef;
import io.migrata.schema.QualifiedName;
import io.migrata.schema.TableDef;
import io.migrata.schema.UniqueDef;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The {@link TableDef} that {@code createTable(name, elements…)} declares. Columns listed in the
 * primary key become NOT NULL, as PostgreSQL makes them.
 */
final class TableAssembly {

    private TableAssembly() {
    }

    static TableDef assemble(QualifiedName name, TableElement[] elements, ObjectNames names) {
        Require.present(elements, "table elements");
        List<ColumnSpec> columns = new ArrayList<>();
        PrimaryKeyDef primaryKey = null;
        List<UniqueDef> uniques = new ArrayList<>();
        List<CheckDef> checks = new ArrayList<>();
        List<ForeignKeyDef> foreignKeys = new ArrayList<>();
        List<IndexDef> indexes = new ArrayList<>();
        String comment = null;
        PartitionSpec partitioning = null;
        for (TableElement element : elements) {
            Require.present(element, "table element");
            if (element instanceof ColumnSpec column) {
                columns.add(column);
            } else if (element instanceof PrimaryKeySpec key) {
                if (primaryKey != null) throw twoPrimaryKeys(name);
                primaryKey = key.resolve(name, names);
            } else if (element instanceof UniqueSpec unique) {
                uniques.add(unique.resolve(name, names));
            } else if (element instanceof CheckSpec check) {
                checks.add(check.resolve(name, names));
            } else if (element instanceof ForeignKeySpec foreignKey) {
                foreignKeys.add(foreignKey.resolve(name, names));
            } else if (element instanceof IndexSpec index) {
                if (index.isConcurrently()) {
                    throw new IllegalArgumentException("index " + index.name() + " of new table " + name
                            + " cannot be created concurrently");
                }
                indexes.add(index.resolve());
            } else if (element instanceof TableComment tableComment) {
                if (comment != null) throw new IllegalArgumentException("table " + name + " has two comments");
                comment = tableComment.text();
            } else if (element instanceof PartitionSpec partition) {
                if (partitioning != null) throw new IllegalArgumentException("table " + name + " is partitioned twice");
                partitioning = partition;
            }
        }
        PartitionOf partitionOf = partitioning == null || partitioning.parent() == null ? null
                : new PartitionOf(names.parse(partitioning.parent(), "table"), partitioning.bound());
        if (partitionOf != null && !columns.isEmpty()) {
            throw new IllegalArgumentException("partition " + name + " lists columns: a partition's columns are its parent's");
        }
        if (partitionOf == null && columns.isEmpty()) throw new IllegalArgumentException("table " + name + " has no columns");
        List<String> keyColumns = columns.stream().filter(ColumnSpec::isPrimaryKey).map(ColumnSpec::name).toList();
        if (!keyColumns.isEmpty()) {
            if (primaryKey != null) throw twoPrimaryKeys(name);
            primaryKey = new PrimaryKeyDef(DefaultNames.primaryKey(name.name()), keyColumns);
        }
        for (ColumnSpec column : columns) {
            if (column.isUnique()) {
                uniques.add(Schema.unique(column.name()).resolve(name, names));
            }
        }
        Set<String> notNull = primaryKey == null ? Set.of() : new HashSet<>(primaryKey.columns());
        List<ColumnDef> columnDefs = columns.stream()
                .map(ColumnSpec::resolve)
                .map(c -> notNull.contains(c.name()) ? c.withNullable(false) : c)
                .toList();
        return new TableDef(name, columnDefs, primaryKey, uniques, checks, foreignKeys, indexes, comment,
                partitioning == null ? null : partitioning.key(), partitionOf);
    }

    private static IllegalArgumentException twoPrimaryKeys(QualifiedName table) {
        return new IllegalArgumentException("table " + table + " declares two primary keys");
    }
}
