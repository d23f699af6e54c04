package io.migrata.diff;

import io.migrata.schema.ColumnDef;
import io.migrata.schema.QualifiedName;
import io.migrata.schema.TableDef;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Spots drops and creates that may be one rename, and reports them as {@link RenameCandidate}s
 * with a note naming the hint that would make it a rename. It never changes the ops.
 */
final class RenameDetector {

    private RenameDetector() {
    }

    /** Every dropped column paired with every added column of the same type in the table. */
    static void columns(QualifiedName table, List<ColumnDef> dropped, List<ColumnDef> added, Changes changes) {
        for (ColumnDef old : dropped) {
            for (ColumnDef fresh : added) {
                if (old.type().equals(fresh.type())) report(RenameCandidate.column(table, old.name(), fresh.name()), changes);
            }
        }
    }

    /**
     * A dropped and a created table in the same schema that may be one table renamed: the same
     * column types, and at least one column (or, for a table without columns, none) the same by
     * name and type. Columns renamed along with the table are allowed, so renaming both at once
     * is asked about as a rename of either alone is; once the table rename is decided, the column
     * comparison reports the renamed columns as candidates of their own.
     */
    static void tables(List<TableDef> dropped, List<TableDef> created, Changes changes) {
        if (dropped.isEmpty() || created.isEmpty()) return;
        Map<String, List<TableDef>> createdByTypes = new HashMap<>();
        for (TableDef table : created) createdByTypes.computeIfAbsent(types(table), s -> new ArrayList<>()).add(table);
        for (TableDef old : dropped) {
            for (TableDef fresh : createdByTypes.getOrDefault(types(old), List.of())) {
                if (sharesAColumn(old, fresh)) report(RenameCandidate.table(old.name(), fresh.name().name()), changes);
            }
        }
    }

    private static String types(TableDef table) {
        return table.name().schema() + "\u0000" + table.columns().stream()
                .map(c -> c.type().spelling())
                .sorted()
                .collect(Collectors.joining("\u0000"));
    }

    private static boolean sharesAColumn(TableDef old, TableDef fresh) {
        if (old.columns().isEmpty()) return true;
        Set<String> columns = old.columns().stream().map(c -> c.name() + " " + c.type().spelling()).collect(Collectors.toSet());
        return fresh.columns().stream().anyMatch(c -> columns.contains(c.name() + " " + c.type().spelling()));
    }

    private static void report(RenameCandidate candidate, Changes changes) {
        changes.candidates.add(candidate);
        changes.note(candidate.describe() + ": it is dropped and created instead; to rename it, pass the hint \""
                + candidate.hint() + "\"");
    }
}
