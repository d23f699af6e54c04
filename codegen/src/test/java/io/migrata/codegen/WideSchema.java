package io.migrata.codegen;

import io.migrata.schema.ColumnDef;
import io.migrata.schema.ForeignKeyDef;
import io.migrata.schema.IndexDef;
import io.migrata.schema.PrimaryKeyDef;
import io.migrata.schema.QualifiedName;
import io.migrata.schema.SchemaModel;
import io.migrata.schema.SqlType;
import io.migrata.schema.TableDef;

import java.util.ArrayList;
import java.util.List;

/**
 * A schema of many tables in {@code public}, for tests of migrations larger than one method can
 * hold: each table {@code t00001}, … has a primary key, a name, an amount with a default, a time,
 * a foreign key to the table before it and an index on the name, all named as PostgreSQL names
 * them, so the schema the migration builds reads back the same.
 */
public final class WideSchema {

    private WideSchema() {
    }

    public static SchemaModel of(int tables) {
        return of(tables, false);
    }

    /** As {@link #of(int)}, with a comment of its own on every column: many more string constants. */
    public static SchemaModel commented(int tables) {
        return of(tables, true);
    }

    private static SchemaModel of(int tables, boolean commented) {
        List<TableDef> defs = new ArrayList<>();
        for (int i = 1; i <= tables; i++) defs.add(table(i, commented));
        return SchemaModel.empty().withSchemas(List.of("public")).withTables(defs);
    }

    public static String tableName(int number) {
        return String.format("t%05d", number);
    }

    private static TableDef table(int number, boolean commented) {
        String name = tableName(number);
        List<ColumnDef> columns = new ArrayList<>(List.of(
                ColumnDef.of("id", SqlType.of("bigint")).withNullable(false),
                ColumnDef.of("name", SqlType.of("character varying(100)")).withNullable(false),
                ColumnDef.of("amount", SqlType.of("numeric(12,2)")).withNullable(false).withDefault("0"),
                ColumnDef.of("created_at", SqlType.of("timestamp with time zone"))));
        List<ForeignKeyDef> foreignKeys = new ArrayList<>();
        if (number > 1) {
            columns.add(ColumnDef.of("parent_id", SqlType.of("bigint")));
            foreignKeys.add(ForeignKeyDef.of(name + "_parent_id_fkey", List.of("parent_id"),
                    QualifiedName.of("public", tableName(number - 1)), List.of("id")));
        }
        if (commented) columns.replaceAll(column -> column.withComment(column.name() + " of " + name));
        return new TableDef(QualifiedName.of("public", name), columns, new PrimaryKeyDef(name + "_pkey", List.of("id")),
                List.of(), List.of(), foreignKeys, List.of(IndexDef.on(name + "_name_idx", false, "name")), null);
    }
}
