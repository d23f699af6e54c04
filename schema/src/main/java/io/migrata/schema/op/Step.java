package io.migrata.schema.op;

import io.migrata.schema.ColumnDef;
import io.migrata.schema.ColumnRef;
import io.migrata.schema.ConstraintDef;
import io.migrata.schema.ForeignKeyDef;
import io.migrata.schema.Identifiers;
import io.migrata.schema.IndexDef;
import io.migrata.schema.IndexKey;
import io.migrata.schema.QualifiedName;
import io.migrata.schema.RowSecurity;
import io.migrata.schema.SchemaModel;
import io.migrata.schema.TableDef;
import io.migrata.schema.ViewDef;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * One op being applied to one model: the model before the op, lookups that fail with a message
 * naming the op, and the name and dependency rules PostgreSQL enforces across objects.
 */
final class Step {

    final SchemaModel model;
    private final SchemaOp op;

    Step(SchemaModel model, SchemaOp op) {
        this.model = model;
        this.op = op;
    }

    IllegalStateException fail(String problem) {
        return new IllegalStateException("cannot " + op.describe() + ": " + problem);
    }

    TableDef table(QualifiedName name) {
        return model.table(name).orElseThrow(() -> fail("table " + name + " does not exist"));
    }

    /** A partition's columns are those of the table at the top of its partition tree. */
    ColumnDef column(TableDef table, String column) {
        TableDef owner = columnOwner(table);
        return owner.column(column).orElseThrow(() -> fail("table " + table.name() + " has no column " + column));
    }

    TableDef columnOwner(TableDef table) {
        TableDef owner = table;
        Set<QualifiedName> seen = new HashSet<>();
        while (owner.isPartition() && seen.add(owner.name())) owner = table(owner.partitionOf().parent());
        return owner;
    }

    /** The partitions whose parent is {@code table}. */
    List<TableDef> partitionsOf(QualifiedName table) {
        return model.tables().stream().filter(t -> t.isPartition() && t.partitionOf().parent().equals(table)).toList();
    }

    void requireColumns(TableDef table, List<String> columns) {
        columns.forEach(column -> column(table, column));
    }

    /** That {@code carried}, the definition an op removes or replaces, is exactly the current one. */
    void requireCurrent(Object current, Object carried, String what) {
        if (!current.equals(carried)) {
            throw fail(what + " differs from the definition the op carries: the model has " + current
                    + " but the op expects " + carried);
        }
    }

    /** A new object may only go into a schema the model covers. */
    void requireSchema(QualifiedName object) {
        if (!model.schemas().contains(object.schema())) {
            throw fail("schema " + Identifiers.quote(object.schema())
                    + " is not in the model: create it first");
        }
    }

    /**
     * Tables, views, sequences and indexes (including those behind primary keys and unique
     * constraints) share one namespace per schema. {@code changing} is a table being built or
     * changed by the op, which counts in place of the model's version of it.
     */
    void requireRelationNameFree(QualifiedName name, TableDef changing) {
        Optional<String> holder = relationHolding(name, changing);
        if (holder.isPresent()) throw fail("the name " + name + " is taken by " + holder.get());
    }

    void requireRelationNameFree(QualifiedName name) {
        requireRelationNameFree(name, null);
    }

    private Optional<String> relationHolding(QualifiedName name, TableDef changing) {
        for (TableDef table : tablesWith(changing)) {
            if (table.name().equals(name)) return Optional.of("table " + name);
            if (!table.name().schema().equals(name.schema())) continue;
            for (String index : indexNames(table)) {
                if (index.equals(name.name())) return Optional.of("an index on table " + table.name());
            }
        }
        if (model.view(name).isPresent()) return Optional.of("view " + name);
        for (ViewDef view : model.views()) {
            if (view.name().schema().equals(name.schema())
                    && view.indexes().stream().anyMatch(index -> index.name().equals(name.name()))) {
                return Optional.of("an index on materialized view " + view.name());
            }
        }
        if (model.sequence(name).isPresent()) return Optional.of("sequence " + name);
        return Optional.empty();
    }

    /** Tables and views have row types, so their names and enum names share the type namespace. */
    void requireTypeNameFree(QualifiedName name) {
        if (model.enumType(name).isPresent()) throw fail("the type name " + name + " is taken by enum " + name);
        if (model.table(name).isPresent()) throw fail("the type name " + name + " is taken by the row type of table " + name);
        if (model.view(name).isPresent()) throw fail("the type name " + name + " is taken by the row type of view " + name);
    }

    void requireConstraintNameFree(TableDef table, String name) {
        table.constraint(name).ifPresent(existing -> {
            throw fail("table " + table.name() + " already has a " + existing.kind() + " constraint named " + name);
        });
    }

    /** The names of the indexes a table owns: its plain indexes and those behind its keys. */
    static List<String> indexNames(TableDef table) {
        List<String> names = new ArrayList<>();
        if (table.primaryKey() != null) names.add(table.primaryKey().name());
        table.uniques().forEach(unique -> names.add(unique.name()));
        table.indexes().forEach(index -> names.add(index.name()));
        return names;
    }

    /** The model's tables with {@code changing} in place of its stored version (or added). */
    List<TableDef> tablesWith(TableDef changing) {
        if (changing == null) return model.tables();
        return Stream.concat(model.tables().stream().filter(t -> !t.name().equals(changing.name())), Stream.of(changing))
                .toList();
    }

    /** The table a foreign key of {@code owner} references, which may be {@code owner} itself. */
    TableDef foreignKeyTarget(TableDef owner, ForeignKeyDef foreignKey) {
        if (foreignKey.targetTable().equals(owner.name())) return owner;
        return model.table(foreignKey.targetTable()).orElseThrow(() -> fail("foreign key " + foreignKey.name()
                + " references table " + foreignKey.targetTable() + ", which does not exist"));
    }

    /**
     * PostgreSQL requires a foreign key's target columns to be exactly the columns of a primary
     * key, a unique constraint or a plain unique index, in any order.
     */
    static boolean hasKeyOn(TableDef table, List<String> columns) {
        Set<String> wanted = Set.copyOf(columns);
        if (wanted.size() != columns.size()) return false;
        if (table.primaryKey() != null && Set.copyOf(table.primaryKey().columns()).equals(wanted)) return true;
        if (table.uniques().stream().anyMatch(u -> Set.copyOf(u.columns()).equals(wanted))) return true;
        return table.indexes().stream().anyMatch(index -> isKeyIndexOn(index, wanted));
    }

    private static boolean isKeyIndexOn(IndexDef index, Set<String> columns) {
        if (!index.unique() || index.predicate() != null) return false;
        if (index.keys().stream().anyMatch(IndexKey::isExpression)) return false;
        List<String> keyColumns = index.keys().stream().map(IndexKey::column).toList();
        return keyColumns.size() == columns.size() && new HashSet<>(keyColumns).equals(columns);
    }

    /**
     * Refuses to take a key away from {@code before} when a foreign key relies on it and
     * {@code after} offers no other key on the same columns.
     */
    void requireNoForeignKeyRelies(TableDef before, TableDef after, String what) {
        for (TableDef table : tablesWith(after)) {
            for (ForeignKeyDef fk : table.foreignKeys()) {
                if (fk.targetTable().equals(before.name()) && hasKeyOn(before, fk.targetColumns())
                        && !hasKeyOn(after, fk.targetColumns())) {
                    throw fail("foreign key " + fk.name() + " on " + table.name() + " depends on " + what);
                }
            }
        }
    }

    /** Foreign keys, in any table but {@code table} itself, that reference {@code table}. */
    List<String> foreignKeysReferencing(QualifiedName table) {
        List<String> found = new ArrayList<>();
        for (TableDef other : model.tables()) {
            if (other.name().equals(table)) continue;
            for (ForeignKeyDef fk : other.foreignKeys()) {
                if (fk.targetTable().equals(table)) found.add("foreign key " + fk.name() + " on " + other.name());
            }
        }
        return found;
    }

    /** Sequences whose {@code OWNED BY} column is in {@code table} (and is {@code column}, unless null). */
    List<String> sequencesOwnedBy(QualifiedName table, String column) {
        return model.sequences().stream()
                .filter(s -> s.ownedBy() != null && s.ownedBy().table().equals(table)
                        && (column == null || s.ownedBy().column().equals(column)))
                .map(s -> "sequence " + s.name() + " (owned by " + s.ownedBy() + ")")
                .toList();
    }

    /** An {@code OWNED BY} column must exist, in a table of the sequence's own schema. */
    void requireOwner(QualifiedName sequence, ColumnRef owner) {
        if (owner == null) return;
        if (!owner.table().schema().equals(sequence.schema())) {
            throw fail("sequence " + sequence + " cannot be owned by " + owner + ", a column in another schema");
        }
        column(table(owner.table()), owner.column());
    }

    SchemaModel withTable(TableDef changed) {
        return model.withTables(tablesWith(changed));
    }

    /** PostgreSQL drops a table's or view's triggers with it, which no inverse would restore. */
    void requireNoTriggers(QualifiedName relation) {
        List<String> triggers = model.triggers().stream().filter(t -> t.table().equals(relation)).map(t -> t.name()).toList();
        if (!triggers.isEmpty()) throw fail("it still has triggers " + String.join(", ", triggers) + ": drop them first");
    }

    /** PostgreSQL drops a table's policies and row-level security with it, which no inverse would restore. */
    void requireNoPolicies(QualifiedName table) {
        List<String> policies = model.policies().stream().filter(p -> p.table().equals(table)).map(p -> p.name()).toList();
        if (!policies.isEmpty()) throw fail("it still has policies " + String.join(", ", policies) + ": drop them first");
        if (model.rowSecurity(table) != RowSecurity.OFF) throw fail("its row-level security is on: turn it off first");
    }

    static <T> List<T> replaced(List<T> items, T old, T replacement) {
        return items.stream().map(item -> Objects.equals(item, old) ? replacement : item).toList();
    }

    static <T> List<T> without(List<T> items, T removed) {
        return items.stream().filter(item -> !Objects.equals(item, removed)).toList();
    }

    static <T> List<T> with(List<T> items, T added) {
        return Stream.concat(items.stream(), Stream.of(added)).toList();
    }

    static String kindAndName(ConstraintDef constraint) {
        return constraint.kind() + " constraint " + constraint.name();
    }
}
