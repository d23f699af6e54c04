package io.migrata.introspect.takeover;

import io.migrata.introspect.HistoryTableLayout;
import io.migrata.schema.QualifiedName;

import java.util.List;
import java.util.Objects;

/**
 * Where another migration tool has brought a database, as its history table says: its position
 * ({@code version 7}, {@code 12 change sets}, {@code revision 3f2a9c}) and the problems that make
 * taking over from it unsafe now (a failed or pending migration, a held lock). Taking over is safe
 * when there are none: the other tool is done, and its tables are left as they are.
 */
public record OtherToolHistory(HistoryTableLayout layout, QualifiedName table, String position, List<String> problems) {

    public OtherToolHistory {
        Objects.requireNonNull(layout, "layout");
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(position, "position");
        problems = List.copyOf(problems);
    }

    public String tool() {
        return layout.tool();
    }

    public boolean readyToTakeOver() {
        return problems.isEmpty();
    }

    /** {@code Flyway (history table public.schema_version): version 7}. */
    public String describe() {
        return layout.tool() + " (" + layout.role() + " " + table + "): " + position;
    }
}
