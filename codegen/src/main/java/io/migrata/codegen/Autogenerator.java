package io.migrata.codegen;

import io.migrata.diff.ConversionRequiredException;
import io.migrata.diff.DefaultVolatility;
import io.migrata.diff.DiffOptions;
import io.migrata.diff.DiffResult;
import io.migrata.diff.ExpandContractPlan;
import io.migrata.diff.Hazard;
import io.migrata.diff.HazardClassifier;
import io.migrata.diff.HazardKind;
import io.migrata.diff.OnlinePlan;
import io.migrata.diff.RenameCandidate;
import io.migrata.diff.RenameHint;
import io.migrata.diff.SchemaDiff;
import io.migrata.schema.Identifiers;
import io.migrata.schema.QualifiedName;
import io.migrata.schema.op.AddColumn;
import io.migrata.schema.op.CreateTable;
import io.migrata.schema.op.DropColumn;
import io.migrata.schema.op.ExecuteSql;
import io.migrata.schema.op.DropTable;
import io.migrata.schema.op.SchemaOp;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * {@code revision --autogenerate} as a library call: diffs the schema as it is against the schema
 * as it should be and writes the difference as a migration whose parents are the current heads.
 * The callers read both models (the introspector for a database, the entity reader for the JPA
 * model); this class touches neither a database nor the entities.
 *
 * <pre>{@code
 * AutogenerateResult result = new Autogenerator(MigrationTemplate.defaults())
 *         .generate(AutogenerateRequest.of(database, entities, heads, "add user phone"));
 * if (result.noChanges()) System.out.println("No changes in schema detected.");
 * else result.summary().forEach(System.out::println);
 * }</pre>
 *
 * <p>Each hazard of an upgrade op, and of a downgrade op, becomes a {@code // WARNING:} above it;
 * each likely rename a {@code // WARNING:} above the drop, with the hint that makes the diff
 * rename instead; the diff's notes go to the top of {@code upgrade()}.
 */
public final class Autogenerator {

    private final MigrationWriter writer;

    public Autogenerator(MigrationTemplate template) {
        this.writer = new MigrationWriter(Objects.requireNonNull(template, "template is null"));
    }

    /**
     * Diffs and writes the migration; with no changes, writes nothing unless the request asks for
     * an empty revision.
     *
     * @throws MigrationWriteException     when the message, the template or the directory is unusable;
     *                                     nothing is written then
     * @throws ConversionRequiredException when a type change needs a conversion only the user can
     *                                     give ({@link DiffOptions#withConversion}); nothing is written then
     */
    public AutogenerateResult generate(AutogenerateRequest request) {
        return run(request, true);
    }

    /** As {@link #generate}, but only renders the migration: nothing is written. */
    public AutogenerateResult preview(AutogenerateRequest request) {
        return run(request, false);
    }

    private AutogenerateResult run(AutogenerateRequest request, boolean write) {
        Objects.requireNonNull(request, "request is null");
        DiffResult diff = SchemaDiff.between(request.current(), request.target(), request.diffOptions());
        if (diff.isEmpty() && !request.writeWhenEmpty()) {
            return new AutogenerateResult(diff, Optional.empty());
        }
        List<Hazard> unconverted = diff.hazards(Set.of(HazardKind.CONVERSION_REQUIRED));
        if (write && !unconverted.isEmpty()) throw new ConversionRequiredException(unconverted);
        List<String> notes = new ArrayList<>(diff.notes());
        if (request.expandContract() && ExpandContractPlan.appliesTo(diff.ops(), request.current())) {
            return split(request, diff, ExpandContractPlan.of(diff.ops(), request.current()), notes, write);
        }
        List<OpWarning> warnings = new ArrayList<>();
        List<SchemaOp> ops = diff.ops();
        DefaultVolatility volatility = request.diffOptions().volatility();
        if (request.online()) {
            ops = online(ops, request, warnings);
        } else {
            diff.hazards().forEach(hazard -> warnings.add(warning(hazard)));
            HazardClassifier.classify(diff.downgrade(), volatility).forEach(hazard -> warnings.add(warning(hazard)));
        }
        renameWarnings(diff, ops, warnings, notes);
        NewRevision revision = new NewRevision(request.message(), request.heads(), request.created(),
                withInitialRows(ops, request.initialRows(), notes), warnings, notes);
        GeneratedMigration migration = write ? writer.write(revision) : writer.render(revision);
        return new AutogenerateResult(diff, Optional.of(migration));
    }

    /**
     * The expand revision (the other changes, and for each column the new one, its sync trigger and
     * backfill) and the contract revision after it (the swap), rendered before either is written.
     */
    private AutogenerateResult split(AutogenerateRequest request, DiffResult diff, ExpandContractPlan plan,
                                     List<String> notes, boolean write) {
        List<OpWarning> expandWarnings = new ArrayList<>();
        List<SchemaOp> expand = request.online() ? online(plan.expand(), request, expandWarnings) : plan.expand();
        if (!request.online()) hazards(expand, request, expandWarnings);
        // Dropping a new column in the expand's downgrade loses nothing: it only held copies.
        Set<SchemaOp> copies = new HashSet<>();
        for (SchemaOp op : plan.expand()) {
            if (op instanceof AddColumn && plan.reasons().containsKey(op)) copies.add(op.inverse());
        }
        expandWarnings.removeIf(warning -> copies.contains(warning.op()));
        renameWarnings(diff, expand, expandWarnings, notes);
        List<OpWarning> contractWarnings = new ArrayList<>();
        // The old column's drop loses nothing: its values live on in the new column, which takes its name.
        HazardClassifier.classify(plan.contract(), request.diffOptions().volatility()).stream()
                .filter(hazard -> !(hazard.op() instanceof DropColumn))
                .forEach(hazard -> contractWarnings.add(warning(hazard)));
        plan.reasons().forEach((op, reason) -> (plan.contract().contains(op) ? contractWarnings : expandWarnings)
                .add(OpWarning.online(op, reason)));
        notes.add("the revision after this one swaps the new columns in: apply it once the application running"
                + " against this one is deployed and the backfill has finished");
        NewRevision first = new NewRevision(request.message() + " (expand)", request.heads(), request.created(),
                withInitialRows(expand, request.initialRows(), notes), expandWarnings, notes).withGroupedTransactions();
        GeneratedMigration expanded = writer.render(first);
        NewRevision second = new NewRevision(request.message() + " (contract)", List.of(expanded.revisionId()),
                request.created(), plan.contract(), contractWarnings,
                List.of("the contract of " + expanded.revisionId() + ": each changed column is swapped for the one it filled;"
                        + " the statements between the steps that run on their own run in one transaction each")).withGroupedTransactions();
        GeneratedMigration contracted = writer.render(second);
        if (write) {
            expanded = writer.write(first);
            try {
                contracted = writer.write(second);
            } catch (MigrationWriteException e) {
                // One revision without the other is half a plan: neither is left behind.
                writer.remove(expanded);
                throw e;
            }
        }
        return new AutogenerateResult(diff, Optional.of(expanded), Optional.of(contracted));
    }

    private static List<SchemaOp> online(List<SchemaOp> ops, AutogenerateRequest request, List<OpWarning> warnings) {
        OnlinePlan plan = OnlinePlan.of(ops, request.onlineHasRows(), request.current());
        plan.reasons().forEach((op, reason) -> warnings.add(OpWarning.online(op, reason)));
        hazards(plan.ops(), request, warnings);
        return plan.ops();
    }

    private static void hazards(List<SchemaOp> ops, AutogenerateRequest request, List<OpWarning> warnings) {
        DefaultVolatility volatility = request.diffOptions().volatility();
        HazardClassifier.classify(ops, volatility).forEach(hazard -> warnings.add(warning(hazard)));
        HazardClassifier.classify(inverses(ops), volatility).forEach(hazard -> warnings.add(warning(hazard)));
    }

    private static void renameWarnings(DiffResult diff, List<SchemaOp> ops, List<OpWarning> warnings, List<String> notes) {
        for (RenameCandidate candidate : diff.renameCandidates()) {
            String message = candidate.describe() + "; if so, generate again with the rename hint \""
                    + candidate.hint() + "\", which keeps the data";
            Optional<SchemaOp> drop = droppedBy(ops, candidate);
            if (drop.isPresent()) {
                warnings.add(new OpWarning(drop.get(), message));
                // The diff notes each candidate too, starting with its description; the warning says it where it matters.
                notes.removeIf(note -> note.startsWith(candidate.describe() + ":"));
            }
        }
    }

    /**
     * The ops with Hibernate's initial rows inserted right after the creation of their table, each
     * undone by emptying the table before the downgrade drops it. Without them an
     * {@code @TableGenerator} table is created empty and the application cannot generate ids.
     */
    private static List<SchemaOp> withInitialRows(List<SchemaOp> ops, Map<QualifiedName, List<String>> rows,
                                                  List<String> notes) {
        if (rows.isEmpty()) return ops;
        List<SchemaOp> all = new ArrayList<>();
        for (SchemaOp op : ops) {
            all.add(op);
            if (!(op instanceof CreateTable create)) continue;
            QualifiedName table = create.table().name();
            List<String> inserts = rows.getOrDefault(table, List.of());
            for (String insert : inserts) all.add(new ExecuteSql(insert, "DELETE FROM "
                    + Identifiers.alwaysQuote(table.schema()) + "." + Identifiers.alwaysQuote(table.name()), true));
            if (!inserts.isEmpty()) {
                notes.add("table " + table + " gets the initial rows Hibernate's create script inserts into it"
                        + " (an @TableGenerator's values)");
            }
        }
        return all;
    }

    /** The downgrade of {@code ops}: each one's inverse, last first. */
    private static List<SchemaOp> inverses(List<SchemaOp> ops) {
        List<SchemaOp> down = new ArrayList<>();
        for (int i = ops.size() - 1; i >= 0; i--) {
            if (ops.get(i).isReversible()) down.add(ops.get(i).inverse());
        }
        return down;
    }

    private static OpWarning warning(Hazard hazard) {
        return new OpWarning(hazard.op(), hazard.kind() + ": " + hazard.message());
    }

    /** The drop of the column or table a rename candidate is about. */
    private static Optional<SchemaOp> droppedBy(List<SchemaOp> ops, RenameCandidate candidate) {
        return ops.stream().filter(op -> candidate.kind() == RenameHint.Kind.TABLE
                        ? op instanceof DropTable table && table.table().name().equals(candidate.table())
                        : op instanceof DropColumn column && column.table().equals(candidate.table())
                                && column.column().name().equals(candidate.from()))
                .findFirst();
    }
}
