package io.migrata.diff;

import io.migrata.schema.CheckDef;
import io.migrata.schema.ColumnDef;
import io.migrata.schema.ConstraintDef;
import io.migrata.schema.EnumTypeDef;
import io.migrata.schema.ForeignKeyDef;
import io.migrata.schema.IndexDef;
import io.migrata.schema.IndexKey;
import io.migrata.schema.PrimaryKeyDef;
import io.migrata.schema.QualifiedName;
import io.migrata.schema.SchemaModel;
import io.migrata.schema.SequenceDef;
import io.migrata.schema.TableDef;
import io.migrata.schema.UniqueDef;
import io.migrata.schema.ViewDef;
import io.migrata.schema.op.DropColumn;
import io.migrata.schema.op.DropConstraint;
import io.migrata.schema.op.DropEnum;
import io.migrata.schema.op.DropIndex;
import io.migrata.schema.op.DropSequence;
import io.migrata.schema.op.DropTable;
import io.migrata.schema.op.DropView;
import io.migrata.schema.op.SchemaOp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The objects a first comparison would drop that are not Migrata's ({@link Ownership}), put into
 * the wanted model so that a second comparison leaves them alone. Only what the target lacks by
 * name is kept (a changed object, dropped and created again under its name, is the target's to
 * say), and only what can still stand there: an index or constraint whose columns the target
 * drops, a foreign key whose table it drops, a second primary key, or a sequence owned by a column
 * that goes, goes too.
 */
final class UnmanagedObjects {

    /** The target with the kept objects in it, and those objects. */
    record Kept(SchemaModel to, List<UnmanagedObject> objects) {
    }

    private final Ownership ownership;
    private final SchemaModel from;
    private final Set<QualifiedName> before;
    private final Map<QualifiedName, TableDef> wanted = new HashMap<>();
    private final Map<QualifiedName, TableDef> tables = new LinkedHashMap<>();
    private final List<SequenceDef> sequences = new ArrayList<>();
    private final List<ViewDef> views = new ArrayList<>();
    private final List<EnumTypeDef> enums = new ArrayList<>();
    private final List<UnmanagedObject> objects = new ArrayList<>();

    private UnmanagedObjects(SchemaModel from, SchemaModel to, Ownership ownership) {
        this.ownership = ownership;
        this.from = from;
        this.before = from.tables().stream().map(TableDef::name).collect(Collectors.toSet());
        to.tables().forEach(table -> wanted.put(table.name(), table));
        tables.putAll(wanted);
    }

    /**
     * @param from the first model, as the ops start from it
     * @param ops  what the first comparison of {@code from} and {@code to} gave
     */
    static Kept keep(SchemaModel from, SchemaModel to, List<SchemaOp> ops, Ownership ownership) {
        UnmanagedObjects kept = new UnmanagedObjects(from, to, ownership);
        for (SchemaOp op : ops) {
            if (op instanceof DropTable drop) kept.table(drop.table());
        }
        for (SchemaOp op : ops) {
            if (op instanceof DropColumn drop) kept.column(drop.table(), drop.column());
        }
        for (SchemaOp op : ops) {
            if (op instanceof DropIndex drop) kept.index(drop.table(), drop.index());
            if (op instanceof DropConstraint drop) kept.constraint(drop.table(), drop.constraint());
            if (op instanceof DropSequence drop) kept.sequence(drop.sequence());
            if (op instanceof DropView drop) kept.view(drop.view());
            if (op instanceof DropEnum drop) kept.enumType(drop.type());
        }
        if (kept.objects.isEmpty()) return new Kept(to, List.of());
        List<SequenceDef> allSequences = new ArrayList<>(to.sequences());
        allSequences.addAll(kept.sequences);
        List<ViewDef> allViews = new ArrayList<>(to.views());
        // A view on a column whose type changes is dropped around the change and created again, so the target has it already.
        kept.views.stream().filter(view -> to.view(view.name()).isEmpty() && !allViews.contains(view)).forEach(allViews::add);
        List<EnumTypeDef> allEnums = new ArrayList<>(to.enums());
        allEnums.addAll(kept.enums);
        SchemaModel model = to.withTables(kept.tables.values().stream().map(kept::withoutDanglingKeys).toList())
                .withSequences(allSequences).withViews(allViews).withEnums(allEnums);
        return new Kept(model, kept.objects);
    }

    private void table(TableDef table) {
        if (tables.containsKey(table.name()) || ownership.ownsTable(table.name())) return;
        tables.put(table.name(), table);
        objects.add(new UnmanagedObject("table", table.name(), null));
        // Dropping a table drops the sequences it owns without an op of their own: keep them with it.
        for (SequenceDef sequence : from.sequences()) {
            if (sequence.ownedBy() != null && sequence.ownedBy().table().equals(table.name())) sequence(sequence);
        }
    }

    private void column(QualifiedName tableName, ColumnDef column) {
        TableDef table = tables.get(tableName);
        if (table == null || table.column(column.name()).isPresent() || ownership.ownsColumn(tableName, column.name())) return;
        List<ColumnDef> columns = new ArrayList<>(table.columns());
        columns.add(column);
        tables.put(tableName, table.withColumns(columns));
        objects.add(new UnmanagedObject("column", tableName, column.name()));
    }

    private void index(QualifiedName tableName, IndexDef index) {
        TableDef table = tables.get(tableName);
        if (table == null || table.indexes().stream().anyMatch(i -> i.name().equals(index.name()))
                || ownership.ownsIndex(tableName, index.name())) {
            return;
        }
        List<String> columns = index.keys().stream().filter(key -> !key.isExpression()).map(IndexKey::column).toList();
        if (!hasColumns(table, columns) || !hasColumns(table, index.include())) return;
        List<IndexDef> indexes = new ArrayList<>(table.indexes());
        indexes.add(index);
        tables.put(tableName, table.withIndexes(indexes));
        objects.add(new UnmanagedObject("index", tableName, index.name()));
    }

    private void constraint(QualifiedName tableName, ConstraintDef constraint) {
        TableDef table = tables.get(tableName);
        if (table == null || table.constraint(constraint.name()).isPresent()
                || ownership.ownsConstraint(tableName, constraint.name())) {
            return;
        }
        TableDef with;
        if (constraint instanceof PrimaryKeyDef key) {
            if (table.primaryKey() != null || !hasColumns(table, key.columns())) return;
            with = table.withPrimaryKey(key);
        } else if (constraint instanceof UniqueDef unique) {
            if (!hasColumns(table, unique.columns())) return;
            with = table.withUniques(plus(table.uniques(), unique));
        } else if (constraint instanceof CheckDef check) {
            with = table.withChecks(plus(table.checks(), check));
        } else {
            ForeignKeyDef key = (ForeignKeyDef) constraint;
            if (!hasColumns(table, key.columns())) return;
            with = table.withForeignKeys(plus(table.foreignKeys(), key));
        }
        tables.put(tableName, with);
        objects.add(new UnmanagedObject("constraint", tableName, constraint.name()));
    }

    /** A sequence whose owner goes is detached before its drop, so the drop op's copy has no owner: the first one kept wins. */
    private void sequence(SequenceDef sequence) {
        if (ownership.ownsSequence(sequence.name()) || sequences.stream().anyMatch(s -> s.name().equals(sequence.name()))) return;
        if (sequence.ownedBy() != null) {
            TableDef owner = tables.get(sequence.ownedBy().table());
            if (owner == null || owner.column(sequence.ownedBy().column()).isEmpty()) return;
        }
        sequences.add(sequence);
        objects.add(new UnmanagedObject("sequence", sequence.name(), null));
    }

    private void view(ViewDef view) {
        if (ownership.ownsView(view.name())) return;
        views.add(view);
        objects.add(new UnmanagedObject("view", view.name(), null));
    }

    private void enumType(EnumTypeDef type) {
        if (ownership.ownsEnum(type.name())) return;
        enums.add(type);
        objects.add(new UnmanagedObject("enum type", type.name(), null));
    }

    /**
     * Kept foreign keys to tables the target drops go: PostgreSQL could not keep them. (A key to a
     * table neither model holds points outside the comparison, and stays.)
     */
    private TableDef withoutDanglingKeys(TableDef table) {
        TableDef asWanted = wanted.get(table.name());
        List<ForeignKeyDef> keys = table.foreignKeys().stream()
                .filter(key -> asWanted != null && asWanted.foreignKeys().contains(key)
                        || tables.containsKey(key.targetTable()) || !before.contains(key.targetTable()))
                .toList();
        if (keys.size() == table.foreignKeys().size()) return table;
        objects.removeIf(o -> o.kind().equals("constraint") && o.object().equals(table.name())
                && table.foreignKeys().stream().anyMatch(k -> k.name().equals(o.part()) && !keys.contains(k)));
        return table.withForeignKeys(keys);
    }

    private static boolean hasColumns(TableDef table, List<String> columns) {
        return columns.stream().allMatch(column -> table.column(column).isPresent());
    }

    private static <T> List<T> plus(List<T> items, T item) {
        List<T> all = new ArrayList<>(items);
        all.add(item);
        return all;
    }
}
