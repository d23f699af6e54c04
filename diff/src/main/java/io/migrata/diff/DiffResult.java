package io.migrata.diff;

import io.migrata.schema.op.SchemaOp;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * What {@link SchemaDiff} found: the ops that turn the first model into the second, in an order
 * PostgreSQL and {@link io.migrata.schema.op.OpApplier} accept; the hazards of those ops; likely
 * renames it did not act on; notes on decisions a reader may want to know about (a view dropped
 * and created again around a type change, a constraint matched by definition under another name);
 * and the objects the second model lacks that were left alone because they are not Migrata's
 * ({@link Ownership}).
 *
 * <pre>{@code
 * DiffResult result = SchemaDiff.between(database, entities);
 * List<SchemaOp> upgrade = result.ops();
 * List<SchemaOp> downgrade = result.downgrade();
 * result.hazards().forEach(System.out::println);
 * }</pre>
 */
public record DiffResult(List<SchemaOp> ops, List<Hazard> hazards, List<RenameCandidate> renameCandidates,
                         List<String> notes, List<UnmanagedObject> unmanaged) {

    public DiffResult {
        ops = List.copyOf(ops);
        hazards = List.copyOf(hazards);
        renameCandidates = List.copyOf(renameCandidates);
        notes = List.copyOf(notes);
        unmanaged = List.copyOf(unmanaged);
    }

    /** Whether the two models are the same (notes, candidates and unmanaged objects need no ops, so they do not count). */
    public boolean isEmpty() {
        return ops.isEmpty();
    }

    /** The inverse of every op, in reverse order: what takes the second model back to the first. */
    public List<SchemaOp> downgrade() {
        List<SchemaOp> inverse = new ArrayList<>(ops.size());
        for (SchemaOp op : ops) inverse.add(op.inverse());
        Collections.reverse(inverse);
        return List.copyOf(inverse);
    }

    /** The hazards of the given kinds, in op order. */
    public List<Hazard> hazards(Set<HazardKind> kinds) {
        return hazards.stream().filter(h -> kinds.contains(h.kind())).toList();
    }
}
