package io.migrata.diff;

import io.migrata.schema.ColumnRef;
import io.migrata.schema.QualifiedName;
import io.migrata.schema.op.SchemaOp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the comparators emit, unordered: ops, notes and rename candidates, plus the facts about
 * tables that later comparators need (which keys are dropped, which tables lose columns or change
 * a column's type), so that no comparator looks at another's output list.
 */
final class Changes {

    final List<SchemaOp> ops = new ArrayList<>();
    final List<String> notes = new ArrayList<>();
    final List<RenameCandidate> candidates = new ArrayList<>();

    final Set<QualifiedName> droppedTables = new HashSet<>();
    final Set<QualifiedName> typeChangedTables = new HashSet<>();
    final Map<QualifiedName, Set<String>> droppedColumns = new HashMap<>();
    /** Spellings of enum types that lose a label: PostgreSQL rebuilds them, changing the type of every column using them. */
    final Set<String> rebuiltEnums = new HashSet<>();
    /** Names of primary keys, unique constraints and unique indexes dropped from tables that stay. */
    final Map<QualifiedName, Set<String>> droppedKeys = new HashMap<>();
    /** Columns in both models that are dropped and added again ({@link RecreatedColumns}), by table. */
    final Map<QualifiedName, Set<String>> recreatedColumns = new HashMap<>();

    void add(SchemaOp op) {
        ops.add(op);
    }

    void note(String note) {
        notes.add(note);
    }

    void droppedColumn(QualifiedName table, String column) {
        droppedColumns.computeIfAbsent(table, t -> new HashSet<>()).add(column);
    }

    void droppedKey(QualifiedName table, String name) {
        droppedKeys.computeIfAbsent(table, t -> new HashSet<>()).add(name);
    }

    Set<String> droppedKeys(QualifiedName table) {
        return droppedKeys.getOrDefault(table, Set.of());
    }

    void recreatedColumn(QualifiedName table, String column) {
        recreatedColumns.computeIfAbsent(table, t -> new HashSet<>()).add(column);
    }

    Set<String> recreatedColumns(QualifiedName table) {
        return recreatedColumns.getOrDefault(table, Set.of());
    }

    boolean isRecreated(ColumnRef column) {
        return recreatedColumns(column.table()).contains(column.column());
    }
}
