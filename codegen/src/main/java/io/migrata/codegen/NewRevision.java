package io.migrata.codegen;

import io.migrata.schema.op.SchemaOp;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What {@link MigrationWriter} writes: a revision with its message, parents (the current heads),
 * creation time, upgrade ops (the downgrade is their inverses in reverse order), warnings on ops
 * of either direction, notes for the top of the upgrade, and whether it is a baseline
 * ({@code @Revision(baseline = true)}: the first revision, building a database Migrata takes over),
 * and, for the squash of a range, what it replaces and its own downgrade ({@code squashed}, else null), and
 * whether it stays {@code transactional()} even with steps that run on their own ({@code grouped}: the
 * statements between those steps then run together, in one transaction each, as a swap needs).
 *
 * <pre>{@code
 * NewRevision revision = NewRevision.of("add user phone", List.of("001_initial_schema"), Instant.now(), ops);
 * }</pre>
 */
public record NewRevision(String message, List<String> parents, Instant created, List<SchemaOp> ops,
                          List<OpWarning> warnings, List<String> notes, boolean baseline, SquashedRange squashed,
                          boolean grouped) {

    public NewRevision {
        Objects.requireNonNull(message, "message is null");
        Objects.requireNonNull(created, "created is null");
        parents = List.copyOf(parents);
        ops = List.copyOf(ops);
        warnings = List.copyOf(warnings);
        notes = List.copyOf(notes);
    }

    /** Not a baseline, nor a squash. */
    public NewRevision(String message, List<String> parents, Instant created, List<SchemaOp> ops, List<OpWarning> warnings,
                       List<String> notes) {
        this(message, parents, created, ops, warnings, notes, false, null, false);
    }

    public static NewRevision of(String message, List<String> parents, Instant created, List<SchemaOp> ops) {
        return new NewRevision(message, parents, created, ops, List.of(), List.of());
    }

    /** A revision to write by hand: {@code revision -m} without autogenerate. */
    public static NewRevision empty(String message, List<String> parents, Instant created) {
        return of(message, parents, created, List.of());
    }

    public NewRevision withWarnings(List<OpWarning> newWarnings) {
        return new NewRevision(message, parents, created, ops, newWarnings, notes, baseline, squashed, grouped);
    }

    public NewRevision withNotes(List<String> newNotes) {
        return new NewRevision(message, parents, created, ops, warnings, newNotes, baseline, squashed, grouped);
    }

    /** The same revision as a baseline; it has no parents. */
    public NewRevision asBaseline() {
        if (!parents.isEmpty()) throw new IllegalArgumentException("a baseline is a first revision, but this one has parents " + parents);
        return new NewRevision(message, parents, created, ops, warnings, notes, true, squashed, grouped);
    }

    /** The same revision, its transactional statements grouped between the steps that run on their own. */
    public NewRevision withGroupedTransactions() {
        return new NewRevision(message, parents, created, ops, warnings, notes, baseline, squashed, true);
    }

    /** The same revision as the squash of a range. */
    public NewRevision asSquash(SquashedRange range) {
        return new NewRevision(message, parents, created, ops, warnings, notes, baseline, range, grouped);
    }
}
