package io.migrata.diff;

import io.migrata.schema.ColumnDef;
import io.migrata.schema.QualifiedName;
import io.migrata.schema.TableDef;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    /** A dropped and a created table in the same schema with the same column names and types. */
    static void tables(List<TableDef> dropped, List<TableDef> created, Changes changes) {
        if (dropped.isEmpty() || created.isEmpty()) return;
        Map<String, ArrayDeque<TableDef>> createdByShape = new HashMap<>();
        for (TableDef table : created) createdByShape.computeIfAbsent(shape(table), s -> new ArrayDeque<>()).add(table);
        for (TableDef old : dropped) {
            ArrayDeque<TableDef> matches = createdByShape.get(shape(old));
            if (matches == null) continue;
            for (TableDef fresh : matches) report(RenameCandidate.table(old.name(), fresh.name().name()), changes);
        }
    }

    private static String shape(TableDef table) {
        return table.name().schema() + "\u0000" + table.columns().stream()
                .map(c -> c.name() + " " + c.type().spelling())
                .sorted()
                .collect(Collectors.joining("\u0000"));
    }

    private static void report(RenameCandidate candidate, Changes changes) {
        changes.candidates.add(candidate);
        changes.note(candidate.describe() + ": it is dropped and created instead; to rename it, pass the hint \""
                + candidate.hint() + "\"");
    }
}
