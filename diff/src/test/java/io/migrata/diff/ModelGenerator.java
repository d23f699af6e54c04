package io.migrata.diff;

import io.migrata.schema.CheckDef;
import io.migrata.schema.ColumnDef;
import io.migrata.schema.ColumnRef;
import io.migrata.schema.Deferrability;
import io.migrata.schema.EnumTypeDef;
import io.migrata.schema.ForeignKeyDef;
import io.migrata.schema.IdentityDef;
import io.migrata.schema.IndexDef;
import io.migrata.schema.IndexKey;
import io.migrata.schema.PrimaryKeyDef;
import io.migrata.schema.QualifiedName;
import io.migrata.schema.SchemaModel;
import io.migrata.schema.SequenceDef;
import io.migrata.schema.SequenceOptions;
import io.migrata.schema.SqlType;
import io.migrata.schema.TableDef;
import io.migrata.schema.UniqueDef;
import io.migrata.schema.ViewDef;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Random but valid models (valid as {@link io.migrata.schema.op.OpApplier} judges them): several
 * schemas; tables with random columns, types, defaults, identities, generated columns, collations
 * and comments; primary keys, uniques, checks, indexes with expressions, partial predicates,
 * INCLUDE columns and descending keys; foreign keys to any key of any table, self-references and
 * cycles included; enums, sequences with owners, views. Names carry a kind prefix so that objects
 * of different kinds never share a name, and {@link #fresh} names never repeat a generated one.
 */
final class ModelGenerator {

    static final List<String> SCHEMAS = List.of("public", "billing", "audit");
    private static final List<String> BASE_TYPES = List.of("integer", "bigint", "smallint", "text", "character varying(20)",
            "character varying(40)", "numeric(12,2)", "boolean", "timestamp with time zone", "date", "jsonb", "uuid", "text[]");
    private static final List<String> INTEGER_TYPES = List.of("integer", "bigint", "smallint");

    final Random random;
    private int counter;

    ModelGenerator(Random random) {
        this.random = random;
    }

    static SchemaModel generate(Random random) {
        return new ModelGenerator(random).model();
    }

    /** A name no generated model uses: mutations add objects under these. */
    String fresh(String prefix) {
        return prefix + "_m" + counter++;
    }

    SchemaModel model() {
        List<String> schemas = new ArrayList<>(List.of("public"));
        for (String schema : SCHEMAS.subList(1, SCHEMAS.size())) if (chance(0.5)) schemas.add(schema);
        if (chance(0.2)) schemas.add("empty");
        List<EnumTypeDef> enums = new ArrayList<>();
        List<TableDef> tables = new ArrayList<>();
        for (String schema : schemas) {
            if (schema.equals("empty")) continue;
            int enumCount = random.nextInt(3);
            for (int i = 0; i < enumCount; i++) enums.add(enumType(QualifiedName.of(schema, "e" + i)));
        }
        for (String schema : schemas) {
            if (schema.equals("empty")) continue;
            int tableCount = 1 + random.nextInt(5);
            for (int i = 0; i < tableCount; i++) tables.add(table(QualifiedName.of(schema, "t" + i), enums));
        }
        tables = withForeignKeys(tables);
        List<SequenceDef> sequences = new ArrayList<>();
        List<ViewDef> views = new ArrayList<>();
        for (String schema : schemas) {
            if (schema.equals("empty")) continue;
            int count = random.nextInt(3);
            for (int i = 0; i < count; i++) sequences.add(sequence(QualifiedName.of(schema, "s" + i), tables));
            count = random.nextInt(3);
            for (int i = 0; i < count; i++) views.add(view(QualifiedName.of(schema, "v" + i), tables));
        }
        return new SchemaModel(schemas, tables, enums, sequences, views);
    }

    EnumTypeDef enumType(QualifiedName name) {
        List<String> labels = new ArrayList<>();
        int count = 1 + random.nextInt(4);
        for (int i = 0; i < count; i++) labels.add("l" + i);
        Collections.shuffle(labels, random);
        return new EnumTypeDef(name, labels, comment());
    }

    /** A table without foreign keys (they are added once every table exists). */
    TableDef table(QualifiedName name, List<EnumTypeDef> enums) {
        List<ColumnDef> columns = new ArrayList<>();
        int count = 1 + random.nextInt(5);
        for (int i = 0; i < count; i++) columns.add(column("c" + i, enums));
        TableDef table = TableDef.of(name, columns).withComment(comment());
        if (chance(0.7)) table = withPrimaryKey(table, name.name() + "_pkey");
        List<UniqueDef> uniques = new ArrayList<>();
        for (int i = random.nextInt(3); i > 0; i--) uniques.add(unique(table, name.name() + "_u" + i));
        List<CheckDef> checks = new ArrayList<>();
        for (int i = random.nextInt(3); i > 0; i--) checks.add(check(table, name.name() + "_c" + i));
        List<IndexDef> indexes = new ArrayList<>();
        for (int i = random.nextInt(3); i > 0; i--) indexes.add(index(table, name.name() + "_i" + i));
        return table.withUniques(uniques).withChecks(checks).withIndexes(indexes);
    }

    ColumnDef column(String name, List<EnumTypeDef> enums) {
        SqlType type = type(enums);
        ColumnDef column = ColumnDef.of(name, type).withNullable(chance(0.6)).withComment(comment());
        if (INTEGER_TYPES.contains(type.spelling()) && chance(0.2)) {
            IdentityDef.Generation generation = chance(0.5) ? IdentityDef.Generation.ALWAYS : IdentityDef.Generation.BY_DEFAULT;
            return column.withNullable(false).withIdentity(new IdentityDef(generation, SequenceOptions.defaultsFor(type)));
        }
        if (chance(0.1)) return column.withGenerated("(length('" + name + "'::text))");
        if (chance(0.3)) column = column.withDefault(pick(List.of("0", "now()", "random()", "''::text", "gen_random_uuid()")));
        if (type.spelling().equals("text") && chance(0.2)) column = column.withCollation("\"C\"");
        return column;
    }

    SqlType type(List<EnumTypeDef> enums) {
        if (!enums.isEmpty() && chance(0.2)) {
            SqlType type = pick(enums).asType();
            return chance(0.2) ? SqlType.of(type.spelling() + "[]") : type;
        }
        return SqlType.of(pick(BASE_TYPES));
    }

    TableDef withPrimaryKey(TableDef table, String name) {
        List<String> columns = someColumns(table, 2);
        TableDef keyed = table;
        for (String column : columns) keyed = keyed.withColumn(column, c -> c.withNullable(false));
        return keyed.withPrimaryKey(new PrimaryKeyDef(name, columns));
    }

    UniqueDef unique(TableDef table, String name) {
        Deferrability deferrability = pick(List.of(Deferrability.values()));
        return new UniqueDef(name, someColumns(table, 2), chance(0.2), deferrability);
    }

    CheckDef check(TableDef table, String name) {
        return new CheckDef(name, "(" + pick(table.columns()).name() + " IS NOT NULL OR " + random.nextInt(100) + " > 0)");
    }

    IndexDef index(TableDef table, String name) {
        List<IndexKey> keys = new ArrayList<>();
        Set<String> used = new HashSet<>();
        int count = 1 + random.nextInt(2);
        for (int i = 0; i < count; i++) {
            String column = pick(table.columns()).name();
            IndexKey key = chance(0.25) ? IndexKey.expression("lower((" + column + ")::text)")
                    : used.add(column) ? IndexKey.column(column) : IndexKey.expression("(" + column + " IS NULL)");
            if (chance(0.3)) key = key.desc();
            if (chance(0.1)) key = new IndexKey(key.column(), key.expression(), key.descending(), !key.nullsFirst(),
                    chance(0.5) ? "text_pattern_ops" : null, chance(0.5) ? "\"C\"" : null);
            keys.add(key);
        }
        List<String> include = new ArrayList<>();
        if (chance(0.2)) include.add(pick(table.columns()).name());
        boolean unique = chance(0.4);
        String predicate = chance(0.2) ? "(" + pick(table.columns()).name() + " IS NOT NULL)" : null;
        return new IndexDef(name, keys, unique, unique && chance(0.2), pick(List.of("btree", "btree", "hash")), include, predicate);
    }

    /** 1 to {@code max} distinct columns of the table, in random order. */
    List<String> someColumns(TableDef table, int max) {
        List<String> names = new ArrayList<>(table.columns().stream().map(ColumnDef::name).toList());
        Collections.shuffle(names, random);
        return List.copyOf(names.subList(0, 1 + random.nextInt(Math.min(max, names.size()))));
    }

    private List<TableDef> withForeignKeys(List<TableDef> tables) {
        List<TableDef> result = new ArrayList<>();
        for (TableDef table : tables) {
            List<ForeignKeyDef> fks = new ArrayList<>();
            for (int i = random.nextInt(3); i > 0; i--) {
                ForeignKeyDef fk = foreignKey(table, table.name().name() + "_f" + i, tables);
                if (fk != null) fks.add(fk);
            }
            result.add(table.withForeignKeys(fks));
        }
        return result;
    }

    /** A foreign key from {@code table} to a key of a random table, or null when the pick has no usable key. */
    ForeignKeyDef foreignKey(TableDef table, String name, List<TableDef> tables) {
        TableDef target = pick(tables);
        if (target.name().equals(table.name())) target = table;
        List<List<String>> keys = keys(target);
        if (keys.isEmpty()) return null;
        List<String> targetColumns = new ArrayList<>(pick(keys));
        if (targetColumns.size() > table.columns().size()) return null;
        Collections.shuffle(targetColumns, random);
        List<String> columns = new ArrayList<>(table.columns().stream().map(ColumnDef::name).toList());
        Collections.shuffle(columns, random);
        return new ForeignKeyDef(name, columns.subList(0, targetColumns.size()), target.name(), targetColumns,
                pick(List.of(ForeignKeyDef.Action.values())), pick(List.of(ForeignKeyDef.Action.values())), chance(0.2),
                pick(List.of(Deferrability.values())));
    }

    /** The column lists a foreign key may reference: those of the primary key, uniques and plain unique indexes. */
    static List<List<String>> keys(TableDef table) {
        List<List<String>> keys = new ArrayList<>();
        if (table.primaryKey() != null) keys.add(table.primaryKey().columns());
        table.uniques().forEach(u -> keys.add(u.columns()));
        for (IndexDef index : table.indexes()) {
            if (index.unique() && index.predicate() == null && index.keys().stream().noneMatch(IndexKey::isExpression)
                    && index.keys().stream().map(IndexKey::column).distinct().count() == index.keys().size()) {
                keys.add(index.keys().stream().map(IndexKey::column).toList());
            }
        }
        return keys;
    }

    SequenceDef sequence(QualifiedName name, List<TableDef> tables) {
        SqlType type = SqlType.of(pick(INTEGER_TYPES));
        SequenceOptions options = SequenceOptions.defaultsFor(type);
        if (chance(0.3)) options = options.withIncrement(50);
        if (chance(0.3)) options = options.withStart(100);
        return new SequenceDef(name, type, options, owner(name.schema(), tables), comment());
    }

    ColumnRef owner(String schema, List<TableDef> tables) {
        List<TableDef> local = tables.stream().filter(t -> t.name().schema().equals(schema)).toList();
        if (local.isEmpty() || chance(0.5)) return null;
        TableDef table = pick(local);
        return new ColumnRef(table.name(), pick(table.columns()).name());
    }

    ViewDef view(QualifiedName name, List<TableDef> tables) {
        TableDef table = pick(tables);
        String query = " SELECT " + table.name().name() + "." + pick(table.columns()).name() + "\n   FROM " + table.name()
                + (chance(0.5) ? "\n  WHERE " + random.nextInt(10) + " > 1" : "") + ";";
        return new ViewDef(name, query, chance(0.2), comment());
    }

    String comment() {
        return chance(0.3) ? "comment " + random.nextInt(5) : null;
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }
}
