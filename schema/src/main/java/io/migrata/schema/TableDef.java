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
 */
public record TableDef(
        QualifiedName name,
        List<ColumnDef> columns,
        PrimaryKeyDef primaryKey,
        List<UniqueDef> uniques,
        List<CheckDef> checks,
        List<ForeignKeyDef> foreignKeys,
        List<IndexDef> indexes,
        String comment) {

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
    }

    /** A table with these columns and nothing else. */
    public static TableDef of(QualifiedName name, List<ColumnDef> columns) {
        return new TableDef(name, columns, null, List.of(), List.of(), List.of(), List.of(), null);
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
        return new TableDef(newName, columns, primaryKey, uniques, checks, foreignKeys, indexes, comment);
    }

    public TableDef withColumns(List<ColumnDef> newColumns) {
        return new TableDef(name, newColumns, primaryKey, uniques, checks, foreignKeys, indexes, comment);
    }

    /** The same table with one column replaced by the result of {@code change}. */
    public TableDef withColumn(String columnName, UnaryOperator<ColumnDef> change) {
        return withColumns(columns.stream().map(c -> c.name().equals(columnName) ? change.apply(c) : c).toList());
    }

    public TableDef withPrimaryKey(PrimaryKeyDef newPrimaryKey) {
        return new TableDef(name, columns, newPrimaryKey, uniques, checks, foreignKeys, indexes, comment);
    }

    public TableDef withUniques(List<UniqueDef> newUniques) {
        return new TableDef(name, columns, primaryKey, newUniques, checks, foreignKeys, indexes, comment);
    }

    public TableDef withChecks(List<CheckDef> newChecks) {
        return new TableDef(name, columns, primaryKey, uniques, newChecks, foreignKeys, indexes, comment);
    }

    public TableDef withForeignKeys(List<ForeignKeyDef> newForeignKeys) {
        return new TableDef(name, columns, primaryKey, uniques, checks, newForeignKeys, indexes, comment);
    }

    public TableDef withIndexes(List<IndexDef> newIndexes) {
        return new TableDef(name, columns, primaryKey, uniques, checks, foreignKeys, newIndexes, comment);
    }

    public TableDef withComment(String newComment) {
        return new TableDef(name, columns, primaryKey, uniques, checks, foreignKeys, indexes, newComment);
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
                && Objects.equals(comment, that.comment);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, columnsByName(), primaryKey, uniques, checks, foreignKeys, indexes, comment);
    }
}
