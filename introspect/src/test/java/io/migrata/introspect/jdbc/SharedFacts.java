package io.migrata.introspect.jdbc;

import io.migrata.schema.ColumnDef;
import io.migrata.schema.ForeignKeyDef;
import io.migrata.schema.IndexDef;
import io.migrata.schema.IndexKey;
import io.migrata.schema.SchemaModel;
import io.migrata.schema.TableDef;
import io.migrata.schema.UniqueDef;
import java.util.ArrayList;
import java.util.List;

/**
 * The facts of a model that both the PostgreSQL reader and the generic JDBC reader can state, one
 * sorted line each, so two models compare with one {@code assertEquals} whose failure is a line
 * diff. Left out on purpose: identity options, collations, index methods and INCLUDE columns,
 * MATCH FULL, the deferrability and NULLS NOT DISTINCT of unique constraints, CHECK constraints,
 * enums, sequences and views. A unique constraint and a unique index on plain columns are the
 * same fact here ("unique"), because JDBC reports both as a unique index.
 */
final class SharedFacts {

    private SharedFacts() {
    }

    static String of(SchemaModel model) {
        List<String> facts = new ArrayList<>();
        facts.add("schemas " + model.schemas());
        for (TableDef table : model.tables()) {
            String name = table.name().toString();
            facts.add("table " + name + comment(table.comment()));
            for (ColumnDef column : table.columns()) facts.add(column(name, column));
            if (table.primaryKey() != null) {
                facts.add("primary key " + name + " " + table.primaryKey().name() + " " + table.primaryKey().columns());
            }
            for (ForeignKeyDef foreignKey : table.foreignKeys()) facts.add(foreignKey(name, foreignKey));
            for (UniqueDef unique : table.uniques()) facts.add("unique " + name + " " + unique.name() + " " + unique.columns());
            for (IndexDef index : table.indexes()) facts.add(index(name, index));
        }
        return String.join("\n", facts.stream().sorted().toList());
    }

    private static String column(String table, ColumnDef column) {
        return "column " + table + "." + column.name() + " " + column.type()
                + (column.nullable() ? "" : " not null")
                + (column.defaultExpression() == null ? "" : " default " + column.defaultExpression())
                + (column.generatedExpression() == null ? "" : " generated " + column.generatedExpression())
                + comment(column.comment());
    }

    private static String foreignKey(String table, ForeignKeyDef foreignKey) {
        return "foreign key " + table + " " + foreignKey.name() + " " + foreignKey.columns()
                + " -> " + foreignKey.targetTable() + " " + foreignKey.targetColumns()
                + " on delete " + foreignKey.onDelete().sql() + " on update " + foreignKey.onUpdate().sql()
                + foreignKey.deferrability().sqlSuffix();
    }

    private static String index(String table, IndexDef index) {
        boolean plainUnique = index.unique() && index.predicate() == null
                && index.keys().stream().noneMatch(key -> key.isExpression() || key.descending());
        if (plainUnique) {
            return "unique " + table + " " + index.name() + " " + index.keys().stream().map(IndexKey::column).toList();
        }
        return "index " + table + " " + index.name() + (index.unique() ? " unique " : " ")
                + index.keys().stream().map(SharedFacts::key).toList()
                + (index.predicate() == null ? "" : " where " + index.predicate());
    }

    private static String key(IndexKey key) {
        return (key.isExpression() ? "(" + key.expression() + ")" : key.column()) + (key.descending() ? " desc" : "");
    }

    private static String comment(String comment) {
        return comment == null ? "" : " comment '" + comment + "'";
    }
}
