package io.migrata.diff;

import io.migrata.schema.IndexDef;
import io.migrata.schema.IndexKey;
import io.migrata.schema.TableDef;
import io.migrata.schema.UniqueDef;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The key a foreign key relies on: PostgreSQL wants a primary key, a unique constraint or a plain
 * unique index (no expression, no predicate) on exactly the referenced columns, in any order.
 */
final class KeyLookup {

    private KeyLookup() {
    }

    /** Whether {@code table} has such a key on {@code columns} that is not among the {@code excluded} names. */
    static boolean hasKeyOn(TableDef table, List<String> columns, Set<String> excluded) {
        Set<String> wanted = Set.copyOf(columns);
        if (wanted.size() != columns.size()) return false;
        if (table.primaryKey() != null && !excluded.contains(table.primaryKey().name())
                && Set.copyOf(table.primaryKey().columns()).equals(wanted)) {
            return true;
        }
        for (UniqueDef unique : table.uniques()) {
            if (!excluded.contains(unique.name()) && Set.copyOf(unique.columns()).equals(wanted)) return true;
        }
        for (IndexDef index : table.indexes()) {
            if (!excluded.contains(index.name()) && isKeyIndexOn(index, wanted)) return true;
        }
        return false;
    }

    private static boolean isKeyIndexOn(IndexDef index, Set<String> columns) {
        if (!index.unique() || index.predicate() != null) return false;
        if (index.keys().stream().anyMatch(IndexKey::isExpression)) return false;
        List<String> keyColumns = index.keys().stream().map(IndexKey::column).toList();
        return keyColumns.size() == columns.size() && new HashSet<>(keyColumns).equals(columns);
    }
}
