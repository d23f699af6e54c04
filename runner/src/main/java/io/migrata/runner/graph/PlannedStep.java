package io.migrata.runner.graph;

import java.util.List;
import java.util.Objects;

/**
 * One revision to apply or undo, with the version table's rows before and after it: a merge
 * revision replaces its parents' rows, undoing it brings them back.
 */
public record PlannedStep(RevisionNode revision, boolean upgrade, List<String> headsBefore, List<String> headsAfter) {

    public PlannedStep {
        Objects.requireNonNull(revision, "revision");
        headsBefore = List.copyOf(headsBefore);
        headsAfter = List.copyOf(headsAfter);
    }

    /** {@code upgrade 001_initial_schema -> 002_add_user_phone}, as Alembic prints a step. */
    public String describe() {
        String before = headsBefore.isEmpty() ? "base" : String.join(", ", headsBefore);
        String after = headsAfter.isEmpty() ? "base" : String.join(", ", headsAfter);
        return (upgrade ? "upgrade " : "downgrade ") + before + " -> " + after;
    }
}
