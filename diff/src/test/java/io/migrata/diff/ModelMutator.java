package io.migrata.diff;

import io.migrata.schema.CheckDef;
import io.migrata.schema.ColumnDef;
import io.migrata.schema.ColumnRef;
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
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Derives a second valid model from a first by a few random edits: objects of every kind added,
 * dropped and changed, never renamed. An added constraint or index never has the definition of one
 * the table had under another name (the diff would rightly see no change, and the round trip
 * would keep the old name). A final repair drops what the edits left dangling, as a database would
 * refuse it: keys and indexes on dropped columns, foreign keys without a target key, owners that
 * are gone, columns of a dropped enum type.
 */
final class ModelMutator {

    private final ModelGenerator generator;
    private final SchemaModel original;
    private final List<String> schemas;
    private final List<TableDef> tables;
    private final List<EnumTypeDef> enums;
    private final List<SequenceDef> sequences;
    private final List<ViewDef> views;

    private ModelMutator(SchemaModel original, ModelGenerator generator) {
        this.generator = generator;
        this.original = original;
        this.schemas = new ArrayList<>(original.schemas());
        this.tables = new ArrayList<>(original.tables());
        this.enums = new ArrayList<>(original.enums());
        this.sequences = new ArrayList<>(original.sequences());
        this.views = new ArrayList<>(original.views());
    }

    static SchemaModel mutate(SchemaModel model, ModelGenerator generator) {
        ModelMutator mutator = new ModelMutator(model, generator);
        int edits = 1 + generator.random.nextInt(6);
        for (int i = 0; i < edits; i++) mutator.edit();
        return mutator.repaired();
    }

    private void edit() {
        int choice = generator.random.nextInt(20);
        if (choice < 10 && !tables.isEmpty()) editTable(generator.random.nextInt(tables.size()));
        else if (choice == 10) tables.add(newTable(schema()));
        else if (choice == 11 && !tables.isEmpty()) tables.remove(generator.random.nextInt(tables.size()));
        else if (choice == 12) addSchema();
        else if (choice == 13) dropSchema();
        else if (choice < 16) editEnum();
        else if (choice < 18) editSequence();
        else editView();
    }

    private String schema() {
        return generator.pick(schemas);
    }

    private TableDef newTable(String schema) {
        TableDef table = generator.table(QualifiedName.of(schema, generator.fresh("t")), enums);
        ForeignKeyDef fk = tables.isEmpty() ? null : generator.foreignKey(table, table.name().name() + "_f", tables);
        return fk == null ? table : table.withForeignKeys(List.of(fk));
    }

    private void addSchema() {
        String schema = generator.fresh("x");
        schemas.add(schema);
        if (generator.chance(0.7)) tables.add(newTable(schema));
    }

    private void dropSchema() {
        List<String> droppable = schemas.stream().filter(s -> !s.equals("public")).toList();
        if (droppable.isEmpty()) return;
        String schema = generator.pick(droppable);
        schemas.remove(schema);
        tables.removeIf(t -> t.name().schema().equals(schema));
        enums.removeIf(e -> e.name().schema().equals(schema));
        sequences.removeIf(s -> s.name().schema().equals(schema));
        views.removeIf(v -> v.name().schema().equals(schema));
    }

    private void editTable(int at) {
        TableDef table = tables.get(at);
        TableDef before = original.table(table.name()).orElse(null);
        String prefix = table.name().name() + "_";
        TableDef changed = switch (generator.random.nextInt(11)) {
            case 0 -> table.withColumns(with(table.columns(), generator.column(generator.fresh("c"), enums)));
            case 1 -> table.columns().size() < 2 ? table
                    : table.withColumns(without(table.columns(), generator.pick(table.columns())));
            case 2, 3 -> alterColumn(table);
            case 4 -> table.primaryKey() != null && generator.chance(0.5) ? table.withPrimaryKey(null)
                    : generator.withPrimaryKey(table, prefix + "pkey");
            case 5 -> table.withUniques(edit(table.uniques(), UniqueDef::name, before == null ? List.of() : before.uniques(),
                    u -> List.of(u.columns(), u.nullsNotDistinct(), u.deferrability()),
                    name -> generator.unique(table, name), prefix + "u"));
            case 6 -> table.withChecks(edit(table.checks(), CheckDef::name, before == null ? List.of() : before.checks(),
                    CheckDef::expression, name -> generator.check(table, name), prefix + "c"));
            case 7 -> table.withIndexes(edit(table.indexes(), IndexDef::name, before == null ? List.of() : before.indexes(),
                    index -> index.withName(""), name -> generator.index(table, name), prefix + "i"));
            case 8 -> table.withForeignKeys(edit(table.foreignKeys(), ForeignKeyDef::name,
                    before == null ? List.of() : before.foreignKeys(), ModelMutator::definition,
                    name -> generator.foreignKey(table, name, tables), prefix + "f"));
            case 9 -> table.withComment(generator.comment());
            default -> table.withColumns(shuffled(table.columns()));
        };
        tables.set(at, changed);
    }

    /** Adds, drops or redefines one item; a new one never repeats the definition of one the table had. */
    private <T> List<T> edit(List<T> items, Function<T, String> name, List<T> originals, Function<T, Object> definition,
                             Function<String, T> make, String prefix) {
        int choice = generator.random.nextInt(3);
        if (choice == 0 && !items.isEmpty()) return without(items, generator.pick(items));
        if (choice == 1 && !items.isEmpty()) {
            T old = generator.pick(items);
            T redefined = make.apply(name.apply(old));
            return redefined == null ? items : with(without(items, old), redefined);
        }
        T added = make.apply(generator.fresh(prefix));
        if (added == null) return items;
        Object shape = definition.apply(added);
        if (originals.stream().anyMatch(o -> definition.apply(o).equals(shape))) return items;
        return with(items, added);
    }

    private TableDef alterColumn(TableDef table) {
        ColumnDef column = generator.pick(table.columns());
        boolean integer = List.of("integer", "bigint", "smallint").contains(column.type().spelling());
        ColumnDef changed = switch (generator.random.nextInt(7)) {
            case 0 -> column.withIdentity(null).withType(generator.type(enums));
            case 1 -> column.identity() != null ? column : column.withNullable(!column.nullable());
            case 2 -> column.identity() != null || column.generatedExpression() != null ? column
                    : column.withDefault(column.defaultExpression() == null ? generator.pick(List.of("1", "now()", "random()")) : null);
            case 3 -> !integer ? column : column.identity() != null ? column.withIdentity(null)
                    : column.withNullable(false).withDefault(null).withGenerated(null)
                    .withIdentity(new IdentityDef(IdentityDef.Generation.BY_DEFAULT, SequenceOptions.defaultsFor(column.type())));
            case 4 -> column.identity() != null ? column : column.withDefault(null)
                    .withGenerated(column.generatedExpression() == null ? "(length('x'::text))" : null);
            case 5 -> column.withCollation(column.collation() == null ? "\"C\"" : null);
            default -> column.withComment(generator.comment());
        };
        return table.withColumn(column.name(), c -> changed);
    }

    private void editEnum() {
        int choice = generator.random.nextInt(5);
        if (choice == 0 || enums.isEmpty()) {
            enums.add(generator.enumType(QualifiedName.of(nonEmptySchema(), generator.fresh("e"))));
            return;
        }
        EnumTypeDef type = generator.pick(enums);
        List<String> labels = new ArrayList<>(type.labels());
        String comment = type.comment();
        if (choice == 1) enums.remove(type);
        if (choice == 2) labels.add(generator.random.nextInt(labels.size() + 1), generator.fresh("l"));
        if (choice == 3 && !labels.isEmpty()) labels.remove(generator.random.nextInt(labels.size()));
        if (choice == 4 && labels.size() > 1) Collections.swap(labels, 0, labels.size() - 1);
        if (choice == 4 && labels.size() <= 1) comment = generator.comment();
        if (choice != 1) enums.set(enums.indexOf(type), new EnumTypeDef(type.name(), labels, comment));
    }

    private void editSequence() {
        int choice = generator.random.nextInt(5);
        if (choice == 0 || sequences.isEmpty()) {
            sequences.add(generator.sequence(QualifiedName.of(nonEmptySchema(), generator.fresh("s")), tables));
            return;
        }
        SequenceDef sequence = generator.pick(sequences);
        SequenceDef changed = switch (choice) {
            case 1 -> null;
            case 2 -> new SequenceDef(sequence.name(), SqlType.of("bigint"), sequence.options().withIncrement(7),
                    sequence.ownedBy(), sequence.comment());
            case 3 -> new SequenceDef(sequence.name(), sequence.type(), sequence.options(),
                    generator.owner(sequence.name().schema(), tables), sequence.comment());
            default -> new SequenceDef(sequence.name(), sequence.type(), sequence.options(), sequence.ownedBy(),
                    generator.comment());
        };
        if (changed == null) sequences.remove(sequence);
        else sequences.set(sequences.indexOf(sequence), changed);
    }

    private void editView() {
        int choice = generator.random.nextInt(4);
        if ((choice == 0 || views.isEmpty()) && !tables.isEmpty()) {
            views.add(generator.view(QualifiedName.of(nonEmptySchema(), generator.fresh("v")), tables));
            return;
        }
        if (views.isEmpty()) return;
        ViewDef view = generator.pick(views);
        ViewDef changed = switch (choice) {
            case 1 -> null;
            case 2 -> tables.isEmpty() ? view : new ViewDef(view.name(), generator.view(view.name(), tables).definition(),
                    generator.chance(0.3) != view.materialized(), view.comment());
            default -> new ViewDef(view.name(), view.definition(), view.materialized(), generator.comment());
        };
        if (changed == null) views.remove(view);
        else views.set(views.indexOf(view), changed);
    }

    private String nonEmptySchema() {
        return schemas.stream().filter(s -> !s.equals("empty")).findFirst().orElse("public");
    }

    private SchemaModel repaired() {
        Set<String> enumTypes = enums.stream().map(e -> e.asType().spelling()).collect(Collectors.toSet());
        List<TableDef> keyed = new ArrayList<>();
        for (TableDef table : tables) keyed.add(repairKeys(table, enumTypes));
        List<TableDef> linked = new ArrayList<>();
        for (TableDef table : keyed) {
            linked.add(table.withForeignKeys(table.foreignKeys().stream()
                    .filter(fk -> hasColumns(table, fk.columns()) && targetHasKey(fk, keyed))
                    .toList()));
        }
        List<SequenceDef> owned = sequences.stream()
                .map(s -> s.ownedBy() == null || ownerExists(s, linked) ? s
                        : new SequenceDef(s.name(), s.type(), s.options(), null, s.comment()))
                .toList();
        return new SchemaModel(schemas, linked, enums, owned, views);
    }

    private TableDef repairKeys(TableDef table, Set<String> enumTypes) {
        TableDef repaired = table.withColumns(table.columns().stream().map(c -> withKnownType(c, enumTypes)).toList());
        PrimaryKeyDef key = repaired.primaryKey();
        if (key != null && !hasColumns(repaired, key.columns())) repaired = repaired.withPrimaryKey(null);
        if (repaired.primaryKey() != null) {
            for (String column : repaired.primaryKey().columns()) repaired = repaired.withColumn(column, c -> c.withNullable(false));
        }
        TableDef current = repaired;
        return repaired
                .withUniques(repaired.uniques().stream().filter(u -> hasColumns(current, u.columns())).toList())
                .withIndexes(repaired.indexes().stream().filter(i -> hasColumns(current, indexColumns(i))).toList());
    }

    /** A column whose enum type is gone becomes text, as it would have to before the type could be dropped. */
    private static ColumnDef withKnownType(ColumnDef column, Set<String> enumTypes) {
        String spelling = column.type().spelling();
        String scalar = spelling.endsWith("[]") ? spelling.substring(0, spelling.length() - 2) : spelling;
        if (!scalar.contains(".") || enumTypes.contains(scalar)) return column;
        return column.withType(SqlType.of(spelling.endsWith("[]") ? "text[]" : "text"));
    }

    private static List<String> indexColumns(IndexDef index) {
        List<String> columns = new ArrayList<>(index.include());
        index.keys().stream().filter(k -> !k.isExpression()).map(IndexKey::column).forEach(columns::add);
        return columns;
    }

    private static boolean hasColumns(TableDef table, List<String> columns) {
        Set<String> names = table.columns().stream().map(ColumnDef::name).collect(Collectors.toSet());
        return names.containsAll(columns);
    }

    private static boolean targetHasKey(ForeignKeyDef fk, List<TableDef> tables) {
        Optional<TableDef> target = tables.stream().filter(t -> t.name().equals(fk.targetTable())).findFirst();
        return target.isPresent() && hasColumns(target.get(), fk.targetColumns())
                && KeyLookup.hasKeyOn(target.get(), fk.targetColumns(), Set.of());
    }

    private static boolean ownerExists(SequenceDef sequence, List<TableDef> tables) {
        ColumnRef owner = sequence.ownedBy();
        return owner.table().schema().equals(sequence.name().schema()) && tables.stream()
                .anyMatch(t -> t.name().equals(owner.table()) && t.column(owner.column()).isPresent());
    }

    private static Object definition(ForeignKeyDef fk) {
        return new ForeignKeyDef("", fk.columns(), fk.targetTable(), fk.targetColumns(), fk.onDelete(), fk.onUpdate(),
                fk.matchFull(), fk.deferrability());
    }

    private List<ColumnDef> shuffled(List<ColumnDef> columns) {
        List<ColumnDef> copy = new ArrayList<>(columns);
        Collections.shuffle(copy, generator.random);
        return copy;
    }

    private static <T> List<T> with(List<T> items, T item) {
        List<T> copy = new ArrayList<>(items);
        copy.add(item);
        return copy;
    }

    private static <T> List<T> without(List<T> items, T item) {
        List<T> copy = new ArrayList<>(items);
        copy.removeIf(i -> Objects.equals(i, item));
        return copy;
    }
}
