package io.migrata.diff;

import io.migrata.schema.SchemaModel;
import io.migrata.schema.op.OpApplier;
import io.migrata.schema.op.SchemaOp;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code assertDiff(from, to).up(...).down(...)}: checks the ops both ways, that applying them turns
 * each model into the other, and that each model diffed against itself is empty.
 */
final class DiffAssert {

    private final SchemaModel from;
    private final SchemaModel to;
    private final DiffResult result;

    private DiffAssert(SchemaModel from, SchemaModel to, DiffOptions options) {
        this.from = from;
        this.to = to;
        DiffOptions withoutRenames = new DiffOptions(List.of(), options.concurrentIndexes());
        assertTrue(SchemaDiff.between(from, from, withoutRenames).isEmpty(), "diff(from, from) is empty");
        assertTrue(SchemaDiff.between(to, to, withoutRenames).isEmpty(), "diff(to, to) is empty");
        this.result = SchemaDiff.between(from, to, options);
    }

    static DiffAssert assertDiff(SchemaModel from, SchemaModel to) {
        return new DiffAssert(from, to, DiffOptions.defaults());
    }

    static DiffAssert assertDiff(SchemaModel from, SchemaModel to, DiffOptions options) {
        return new DiffAssert(from, to, options);
    }

    DiffAssert up(SchemaOp... ops) {
        assertOps(Arrays.asList(ops), result.ops());
        assertEquals(to, OpApplier.apply(from, result.ops()), "the upgrade turns from into to");
        return this;
    }

    DiffAssert down(SchemaOp... ops) {
        assertOps(Arrays.asList(ops), result.downgrade());
        assertEquals(from, OpApplier.apply(to, result.downgrade()), "the downgrade turns to into from");
        return this;
    }

    DiffAssert hazards(HazardKind... kinds) {
        assertEquals(Arrays.asList(kinds), result.hazards().stream().map(Hazard::kind).toList(), result.hazards().toString());
        return this;
    }

    DiffAssert candidates(RenameCandidate... candidates) {
        assertEquals(Arrays.asList(candidates), result.renameCandidates());
        return this;
    }

    DiffResult result() {
        return result;
    }

    /** Descriptions first, so a mismatch reads as a list of one-line ops. */
    private static void assertOps(List<SchemaOp> expected, List<SchemaOp> actual) {
        assertEquals(describe(expected), describe(actual));
        assertEquals(expected, actual);
    }

    private static String describe(List<SchemaOp> ops) {
        return String.join("\n", ops.stream().map(SchemaOp::describe).toList());
    }
}
