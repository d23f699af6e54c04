package io.migrata.workflow;

import io.migrata.diff.DiffResult;
import io.migrata.diff.UnmanagedObject;
import io.migrata.introspect.UnmodeledKind;
import io.migrata.introspect.UnmodeledObject;
import io.migrata.schema.op.SchemaOp;
import io.migrata.workflow.model.LoadedModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Two schemas compared: the operations that turn the first into the second, in the order they
 * would run, with their hazards, the likely renames the comparison did not act on, its notes, the
 * objects it left alone as not Migrata's, the objects either side holds that no comparison covers,
 * and the one-line verdict a front end prints.
 *
 * <pre>{@code
 * Comparison check = migrata.check();
 * if (!check.equal()) check.ops().forEach(op -> System.out.println(op.describe()));
 * }</pre>
 *
 * @param from       what the first schema was read from: {@code 127.0.0.1:5432/app}, {@code entities}, {@code head (002_add_phone)}
 * @param to         what the second schema was read from
 * @param statements each op's SQL statements, in op order, when they were asked for; else null
 * @param unmanaged  what the first schema has, the second lacks, and the comparison left alone because no revision
 *                   created it (or only the baseline did): {@code table public.shedlock}
 * @param notCompared what either side holds that the schema model has no place for, by side and kind: a
 *                   difference there does not show in {@code ops}
 * @param verdict    the workflow's one-line conclusion, e.g. {@code the entities match the migrations' head (003)}
 */
public record Comparison(String from, String to, List<SchemaOp> ops, List<Hazard> hazards,
                         List<RenameCandidate> renameCandidates, List<String> notes, List<List<SqlStatement>> statements,
                         List<String> unmanaged, List<NotCompared> notCompared, String verdict) {

    public Comparison {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        ops = List.copyOf(ops);
        hazards = List.copyOf(hazards);
        renameCandidates = List.copyOf(renameCandidates);
        notes = List.copyOf(notes);
        unmanaged = List.copyOf(unmanaged);
        notCompared = List.copyOf(notCompared);
        statements = statements == null ? null : statements.stream().map(List::copyOf).toList();
    }

    static Comparison of(String from, String to, DiffResult result) {
        List<Hazard> hazards = result.hazards().stream()
                .map(h -> new Hazard(h.op(), h.kind().name(), h.message()))
                .toList();
        List<RenameCandidate> candidates = result.renameCandidates().stream()
                .map(c -> new RenameCandidate(c.kind().name(), c.table().toString(), c.from(), c.to(),
                        RenameFlags.value(c.hint()), c.describe(), RenameFlags.flagFor(c)))
                .toList();
        List<String> unmanaged = result.unmanaged().stream().map(UnmanagedObject::describe).toList();
        return new Comparison(from, to, result.ops(), hazards, candidates, RenameFlags.otherNotes(result), null, unmanaged, List.of(),
                "");
    }

    /** Whether the two schemas are the same. */
    public boolean equal() {
        return ops.isEmpty();
    }

    /** The hazards of one of the ops. */
    public List<Hazard> hazardsOf(SchemaOp op) {
        return hazards.stream().filter(h -> h.op().equals(op)).toList();
    }

    Comparison withStatements(List<List<SqlStatement>> newStatements) {
        return new Comparison(from, to, ops, hazards, renameCandidates, notes, newStatements, unmanaged, notCompared, verdict);
    }

    /** The verdict, followed by what was not compared, if anything was not: never a bare "no differences". */
    Comparison withVerdict(String newVerdict) {
        String summary = notComparedSummary();
        String full = summary.isEmpty() ? newVerdict : newVerdict + "; not compared: " + summary;
        return new Comparison(from, to, ops, hazards, renameCandidates, notes, statements, unmanaged, notCompared, full);
    }

    /** With what the two sides hold that no comparison covers. */
    Comparison withNotCompared(LoadedModel first, LoadedModel second) {
        List<NotCompared> counted = new ArrayList<>(NotCompared.of(first));
        counted.addAll(NotCompared.of(second));
        return new Comparison(from, to, ops, hazards, renameCandidates, notes, statements, unmanaged, counted, verdict);
    }

    /** {@code 2 event triggers, 1 rule in 127.0.0.1:5432/app}, sides apart by {@code ;}; empty when everything was compared. */
    public String notComparedSummary() {
        Map<String, List<String>> bySource = new LinkedHashMap<>();
        for (NotCompared counted : notCompared) {
            bySource.computeIfAbsent(counted.source(), s -> new ArrayList<>()).add(counted.description());
        }
        return bySource.entrySet().stream().map(e -> String.join(", ", e.getValue()) + " in " + e.getKey())
                .collect(Collectors.joining("; "));
    }

    /**
     * One risk of one op.
     *
     * @param kind {@code DATA_LOSS}, {@code TABLE_REWRITE}, {@code LOCK}, {@code MAY_FAIL}, … (docs/diff.md)
     */
    public record Hazard(SchemaOp op, String kind, String message) {
    }

    /**
     * A drop and a create that look like one rename, which the comparison did not act on.
     *
     * @param kind        {@code COLUMN} or {@code TABLE}
     * @param table       the table holding the column, or the dropped table
     * @param rename      the rename as {@code OLD=NEW}, the value a rename setting takes
     * @param description {@code column public.users.phone may have been renamed to phone_number}
     * @param flag        the command-line flag that makes it a rename: {@code --rename public.users.phone=phone_number}
     */
    public record RenameCandidate(String kind, String table, String from, String to, String rename, String description,
                                  String flag) {
    }

    /**
     * The objects of one kind that one side holds and the schema model has no place for.
     *
     * @param source      the side: {@code 127.0.0.1:5432/app}, {@code head (002_add_phone)}
     * @param kind        {@code event trigger}, {@code rule}, … (docs/objects.md lists them)
     * @param description {@code 2 event triggers}
     * @param objects     their names: {@code audit_rule on public.users}
     */
    public record NotCompared(String source, String kind, int count, String description, List<String> objects) {

        public NotCompared {
            objects = List.copyOf(objects);
        }

        static List<NotCompared> of(LoadedModel side) {
            Map<UnmodeledKind, List<String>> byKind = new LinkedHashMap<>();
            for (UnmodeledObject object : side.unmodeled()) {
                byKind.computeIfAbsent(object.kind(), k -> new ArrayList<>()).add(object.name());
            }
            return byKind.entrySet().stream()
                    .map(e -> new NotCompared(side.label(), e.getKey().singular(), e.getValue().size(),
                            e.getKey().count(e.getValue().size()), e.getValue()))
                    .toList();
        }
    }

    /**
     * One SQL statement of an op.
     *
     * @param transactional whether it may run in a transaction ({@code CREATE INDEX CONCURRENTLY} may not)
     */
    public record SqlStatement(String sql, boolean transactional) {
    }
}
