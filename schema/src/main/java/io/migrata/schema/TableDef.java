package io.migrata.schema;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * A table with everything that lives on it. Columns keep their physical order (so a created table
 * reads naturally), but two tables are equal regardless of column order: Hibernate's column order
 * is not stable across runs and an appended column lands last, so order is never a difference.
 * Constraints and indexes are kept sorted by name.
 *
 * <p>A partitioned table has a {@code partitionKey} as {@code pg_get_partkeydef()} prints it
 * ({@code RANGE (payment_date)}, {@code LIST (region)}, {@code HASH (id, lower(email))}). A
 * partition has {@code partitionOf}; its columns are its parent's and are not listed (they are
 * empty), and what PostgreSQL clones from the parent (keys, checks, foreign keys, indexes,
 * triggers) is the parent's too: only what the partition has of its own is listed. A partition
 * may be partitioned itself.
 */
public record TableDef(
        QualifiedName name,
        List<ColumnDef> columns,
        PrimaryKeyDef primaryKey,
        List<UniqueDef> uniques,
        List<CheckDef> checks,
        List<ForeignKeyDef> foreignKeys,
        List<IndexDef> indexes,
        String comment,
        String partitionKey,
        PartitionOf partitionOf) {

    public TableDef {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
        Set<String> seen = new HashSet<>();
        for (ColumnDef column : columns) {
            if (!seen.add(column.name())) {
                throw new IllegalArgumentException("table " + name + " has two columns named " + column.name());
            }
        }
        uniques = Names.sortedUnique(uniques, UniqueDef::name, () -> "unique constraint on " + name);
        checks = Names.sortedUnique(checks, CheckDef::name, () -> "check constraint on " + name);
        foreignKeys = Names.sortedUnique(foreignKeys, ForeignKeyDef::name, () -> "foreign key on " + name);
        indexes = Names.sortedUnique(indexes, IndexDef::name, () -> "index on " + name);
        if (partitionKey != null && partitionKey.isBlank()) throw new IllegalArgumentException("table " + name + " has an empty partition key");
        if (partitionOf != null && !columns.isEmpty()) {
            throw new IllegalArgumentException("partition " + name + " lists columns: a partition's columns are its parent's");
        }
    }

    /** A table that is neither partitioned nor a partition. */
    public TableDef(QualifiedName name, List<ColumnDef> columns, PrimaryKeyDef primaryKey, List<UniqueDef> uniques,
                    List<CheckDef> checks, List<ForeignKeyDef> foreignKeys, List<IndexDef> indexes, String comment) {
        this(name, columns, primaryKey, uniques, checks, foreignKeys, indexes, comment, null, null);
    }

    /** A table with these columns and nothing else. */
    public static TableDef of(QualifiedName name, List<ColumnDef> columns) {
        return new TableDef(name, columns, null, List.of(), List.of(), List.of(), List.of(), null);
    }

    /** A partition of {@code parent} with this bound and nothing of its own yet. */
    public static TableDef partition(QualifiedName name, PartitionOf partitionOf) {
        return new TableDef(name, List.of(), null, List.of(), List.of(), List.of(), List.of(), null, null, partitionOf);
    }

    public boolean isPartitioned() {
        return partitionKey != null;
    }

    public boolean isPartition() {
        return partitionOf != null;
    }

    public Optional<ColumnDef> column(String columnName) {
        return columns.stream().filter(c -> c.name().equals(columnName)).findFirst();
    }

    /** Every constraint, primary key first, then by kind and name. */
    public List<ConstraintDef> constraints() {
        return Stream.of(Stream.ofNullable(primaryKey), uniques.stream(), checks.stream(), foreignKeys.stream())
                .flatMap(s -> s.map(ConstraintDef.class::cast))
                .toList();
    }

    public Optional<ConstraintDef> constraint(String constraintName) {
        return constraints().stream().filter(c -> c.name().equals(constraintName)).findFirst();
    }

    public TableDef withName(QualifiedName newName) {
        return new TableDef(newName, columns, primaryKey, uniques, checks, foreignKeys, indexes, comment, partitionKey, partitionOf);
    }

    public TableDef withColumns(List<ColumnDef> newColumns) {
        return new TableDef(name, newColumns, primaryKey, uniques, checks, foreignKeys, indexes, comment, partitionKey, partitionOf);
    }

    /** The same table with one column replaced by the result of {@code change}. */
    public TableDef withColumn(String columnName, UnaryOperator<ColumnDef> change) {
        return withColumns(columns.stream().map(c -> c.name().equals(columnName) ? change.apply(c) : c).toList());
    }

    public TableDef withPrimaryKey(PrimaryKeyDef newPrimaryKey) {
        return new TableDef(name, columns, newPrimaryKey, uniques, checks, foreignKeys, indexes, comment, partitionKey, partitionOf);
    }

    public TableDef withUniques(List<UniqueDef> newUniques) {
        return new TableDef(name, columns, primaryKey, newUniques, checks, foreignKeys, indexes, comment, partitionKey, partitionOf);
    }

    public TableDef withChecks(List<CheckDef> newChecks) {
        return new TableDef(name, columns, primaryKey, uniques, newChecks, foreignKeys, indexes, comment, partitionKey, partitionOf);
    }

    public TableDef withForeignKeys(List<ForeignKeyDef> newForeignKeys) {
        return new TableDef(name, columns, primaryKey, uniques, checks, newForeignKeys, indexes, comment, partitionKey, partitionOf);
    }

    public TableDef withIndexes(List<IndexDef> newIndexes) {
        return new TableDef(name, columns, primaryKey, uniques, checks, foreignKeys, newIndexes, comment, partitionKey, partitionOf);
    }

    public TableDef withComment(String newComment) {
        return new TableDef(name, columns, primaryKey, uniques, checks, foreignKeys, indexes, newComment, partitionKey, partitionOf);
    }

    public TableDef withPartitionKey(String newPartitionKey) {
        return new TableDef(name, columns, primaryKey, uniques, checks, foreignKeys, indexes, comment, newPartitionKey, partitionOf);
    }

    public TableDef withPartitionOf(PartitionOf newPartitionOf) {
        return new TableDef(name, columns, primaryKey, uniques, checks, foreignKeys, indexes, comment, partitionKey, newPartitionOf);
    }

    private List<ColumnDef> columnsByName() {
        return columns.stream().sorted(Comparator.comparing(ColumnDef::name)).toList();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TableDef that
                && name.equals(that.name)
                && columnsByName().equals(that.columnsByName())
                && Objects.equals(primaryKey, that.primaryKey)
                && uniques.equals(that.uniques)
                && checks.equals(that.checks)
                && foreignKeys.equals(that.foreignKeys)
                && indexes.equals(that.indexes)
                && Objects.equals(comment, that.comment)
                && Objects.equals(partitionKey, that.partitionKey)
                && Objects.equals(partitionOf, that.partitionOf);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, columnsByName(), primaryKey, uniques, checks, foreignKeys, indexes, comment, partitionKey,
                partitionOf);
    }
}
