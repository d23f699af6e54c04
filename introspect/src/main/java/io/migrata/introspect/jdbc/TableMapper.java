package io.migrata.introspect.jdbc;

import io.migrata.schema.ColumnDef;
import io.migrata.schema.ForeignKeyDef;
import io.migrata.schema.IndexDef;
import io.migrata.schema.IndexKey;
import io.migrata.schema.PrimaryKeyDef;
import io.migrata.schema.QualifiedName;
import io.migrata.schema.SqlType;
import io.migrata.schema.TableDef;
import java.util.List;
import java.util.function.Function;
import schemacrawler.schema.Column;
import schemacrawler.schema.Index;
import schemacrawler.schema.IndexColumn;
import schemacrawler.schema.IndexColumnSortSequence;
import schemacrawler.schema.IndexType;
import schemacrawler.schema.PrimaryKey;
import schemacrawler.schema.Schema;
import schemacrawler.schema.Table;
import schemacrawler.schema.TableConstraintColumn;

/**
 * One SchemaCrawler table to one {@link TableDef}, keeping only what plain JDBC metadata states:
 * columns, primary key and indexes (foreign keys come from {@link ForeignKeyReader}). CHECK
 * constraints are never read, and unique constraints appear as the unique indexes that back them,
 * because JDBC has no call for either.
 */
final class TableMapper {

    private final Function<Column, SqlType> typeSpelling;

    /** @param typeSpelling how this database's reported column types become model spellings */
    TableMapper(Function<Column, SqlType> typeSpelling) {
        this.typeSpelling = typeSpelling;
    }

    /** The schema a crawled object lives in: databases without schemas (MariaDB) name their catalog instead. */
    static String schemaName(Schema schema) {
        return schema.getName() != null ? schema.getName() : schema.getCatalogName();
    }

    static QualifiedName nameOf(Table table) {
        return QualifiedName.of(schemaName(table.getSchema()), table.getName());
    }

    /** @param foreignKeys the table's foreign keys, which {@link ForeignKeyReader} reads */
    TableDef map(Table table, List<ForeignKeyDef> foreignKeys) {
        PrimaryKeyDef primaryKey = primaryKey(table.getPrimaryKey());
        List<ColumnDef> columns = table.getColumns().stream().map(this::column).toList();
        List<IndexDef> indexes = table.getIndexes().stream()
                .filter(index -> primaryKey == null || !index.getName().equals(primaryKey.name()))
                // A driver may report table statistics as an index row without columns.
                .filter(index -> !index.getColumns().isEmpty())
                .map(index -> index(table, index))
                .toList();
        return new TableDef(nameOf(table), columns, primaryKey, List.of(), List.of(), foreignKeys, indexes,
                textOrNull(table.getRemarks()));
    }

    private ColumnDef column(Column column) {
        String expression = defaultOf(column);
        ColumnDef plain = ColumnDef.of(column.getName(), typeSpelling.apply(column))
                .withNullable(column.isNullable())
                .withComment(textOrNull(column.getRemarks()));
        // The driver reports a stored generated column's expression as its default.
        return column.isGenerated() ? plain.withGenerated(expression) : plain.withDefault(expression);
    }

    // MariaDB reports the text NULL for a nullable column declared without a default.
    private static String defaultOf(Column column) {
        String value = textOrNull(column.getDefaultValue());
        return value == null || value.equalsIgnoreCase("NULL") ? null : value;
    }

    private static PrimaryKeyDef primaryKey(PrimaryKey primaryKey) {
        if (primaryKey == null) return null;
        return new PrimaryKeyDef(primaryKey.getName(),
                primaryKey.getConstrainedColumns().stream().map(TableConstraintColumn::getName).toList());
    }

    private static IndexDef index(Table table, Index index) {
        List<IndexKey> keys = index.getColumns().stream().map(column -> key(table, column)).toList();
        String method = index.getIndexType() == IndexType.hashed ? "hash" : "btree";
        return new IndexDef(index.getName(), keys, index.isUnique(), false, method, List.of(),
                textOrNull(index.getFilterCondition()));
    }

    // An expression key comes back as a column named after the expression, which the table lacks.
    private static IndexKey key(Table table, IndexColumn column) {
        IndexKey key = table.lookupColumn(column.getName()).isPresent()
                ? IndexKey.column(column.getName())
                : IndexKey.expression(column.getName());
        return column.getSortSequence() == IndexColumnSortSequence.descending ? key.desc() : key;
    }

    private static String textOrNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
