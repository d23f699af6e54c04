package io.migrata.diff;

import io.migrata.schema.SchemaModel;
import io.migrata.schema.op.SchemaOp;

import java.util.List;
import java.util.Objects;

/**
 * Compares two schema models and returns the ops that turn the first into the second, ordered so
 * that PostgreSQL (and {@link io.migrata.schema.op.OpApplier}) accept them, with their hazards.
 * Pure: no database, no I/O; linear in the number of objects (everything is paired through maps by
 * name, never by scanning pairs).
 *
 * <pre>{@code
 * DiffResult result = SchemaDiff.between(live, entities,
 *         DiffOptions.defaults().withRename("users.phone -> phone_number"));
 * assert OpApplier.apply(live, result.ops()).equals(entities);
 * }</pre>
 *
 * <p>Objects are paired by qualified name; constraints and indexes that no name pairs are paired by
 * definition too, so a foreign key the database calls {@code fk_meters_user} and Hibernate calls
 * {@code FKk3l…} needs no op. Renames are never guessed: only {@link RenameHint}s rename, and a
 * drop plus an add that look like one are reported as {@link RenameCandidate}s.
 *
 * <p>Only the objects the options' {@link ObjectFilter} covers are compared. Objects the second
 * model lacks that are not Migrata's ({@link Ownership}) are left alone rather than dropped, and
 * listed in {@link DiffResult#unmanaged()}: the comparison runs again with them in the second model.
 */
public final class SchemaDiff {

    private SchemaDiff() {
    }

    public static DiffResult between(SchemaModel from, SchemaModel to) {
        return between(from, to, DiffOptions.defaults());
    }

    /** @throws InvalidRenameHintException when a hint does not describe a rename from {@code from} to {@code to} */
    public static DiffResult between(SchemaModel from, SchemaModel to, DiffOptions options) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(options, "options");
        SchemaModel covered = compared(options.filter().apply(from), options);
        SchemaModel wanted = compared(options.filter().apply(to), options);
        DiffResult first = compare(covered, wanted, options, List.of());
        if (options.ownership().isEverything()) return first;
        Ownership ownership = options.ownership().following(RenameHints.resolve(covered, wanted, options.renames()).ops());
        UnmanagedObjects.Kept kept = UnmanagedObjects.keep(covered, wanted, first.ops(), ownership);
        if (kept.objects().isEmpty()) return first;
        return compare(covered, kept.to(), options, kept.objects());
    }

    /** Grants count only when the options say so: privileges are often managed apart from the schema. */
    private static SchemaModel compared(SchemaModel model, DiffOptions options) {
        return options.grants() || model.grants().isEmpty() ? model : model.withGrants(List.of());
    }

    private static DiffResult compare(SchemaModel from, SchemaModel to, DiffOptions options, List<UnmanagedObject> unmanaged) {
        RenameHints.Plan renames = RenameHints.resolve(from, to, options.renames());
        ModelIndex before = new ModelIndex(renames.renamed());
        ModelIndex after = new ModelIndex(to);
        Changes changes = new Changes();
        renames.ops().forEach(changes::add);
        SchemaComparator.compare(renames.renamed(), to, changes);
        RecreatedColumns.find(before, after, changes);
        EnumComparator.compare(before, after, changes);
        SequenceComparator.compare(before, after, changes);
        TableComparator.compare(before, after, options, changes);
        ViewComparator.compare(before, after, changes);
        RoutineComparator.compare(renames.renamed(), to, options.grants(), changes);
        AggregateComparator.compare(renames.renamed(), to, options.grants(), changes);
        DomainComparator.compare(renames.renamed(), to, changes);
        AccessComparator.compare(renames.renamed(), to, changes);
        List<SchemaOp> ops = OpOrderer.order(from, changes.ops);
        return new DiffResult(ops, HazardClassifier.classify(ops, options.volatility()), changes.candidates, changes.notes, unmanaged);
    }
}
