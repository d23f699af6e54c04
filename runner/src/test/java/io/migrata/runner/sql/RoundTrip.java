package io.migrata.runner.sql;

import static io.migrata.runner.sql.ModelAssertions.assertModelEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import io.migrata.schema.SchemaModel;
import io.migrata.schema.op.SchemaOp;
import io.migrata.testing.TestDatabase;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The database round trip: build schema A and schema B in two fresh databases, migrate A with
 * the ops a {@link Planner} derives from their models, and let {@code pg_dump} judge.
 * <ol>
 *   <li>after the upgrade, A dumps exactly as B does;</li>
 *   <li>the models read back are equal, and planning again from upgraded A to B finds nothing
 *       (no phantom difference);</li>
 *   <li>after the downgrade, A dumps and reads exactly as it did before the upgrade.</li>
 * </ol>
 */
final class RoundTrip {

    /** What a migration from one model to another consists of. */
    record Plan(List<SchemaOp> upgrade, List<SchemaOp> downgrade) {

        /** The ops, and as downgrade their inverses in reverse order. */
        static Plan of(List<SchemaOp> upgrade) {
            List<SchemaOp> downgrade = new ArrayList<>(upgrade.stream().map(SchemaOp::inverse).toList());
            Collections.reverse(downgrade);
            return new Plan(upgrade, downgrade);
        }
    }

    /** Derives the migration from model A to model B: the diff engine, or ops written by hand. */
    @FunctionalInterface
    interface Planner {
        Plan plan(SchemaModel from, SchemaModel to);
    }

    private final Planner planner;
    private final PostgresSqlRenderer renderer;

    RoundTrip(Planner planner, PostgresSqlRenderer renderer) {
        this.planner = planner;
        this.renderer = renderer;
    }

    void assertRoundTrip(TestDatabase a, TestDatabase b, String sqlA, String sqlB) throws SQLException {
        a.execute(sqlA);
        b.execute(sqlB);
        CompletableFuture<String> dumpA = PgDump.start(a);
        CompletableFuture<String> dumpB = PgDump.start(b);
        SchemaModel modelA = Databases.read(a);
        SchemaModel modelB = Databases.read(b);
        List<String> originalA = PgDump.normalize(dumpA.join());
        List<String> schemaB = PgDump.normalize(dumpB.join());

        Plan plan = planner.plan(modelA, modelB);
        Databases.apply(a, renderer, plan.upgrade());
        assertSameDump(schemaB, PgDump.schema(a), "A after the upgrade, compared with B", plan.upgrade());
        SchemaModel upgraded = Databases.read(a);
        assertModelEquals(modelB, upgraded, "the model of A after the upgrade");
        assertEquals(List.of(), planner.plan(upgraded, modelB).upgrade(), "ops left between upgraded A and B");

        Databases.apply(a, renderer, plan.downgrade());
        assertSameDump(originalA, PgDump.schema(a), "A after the downgrade, compared with A before the upgrade",
                plan.downgrade());
        assertModelEquals(modelA, Databases.read(a), "the model of A after the downgrade");
    }

    private void assertSameDump(List<String> expected, List<String> actual, String what, List<SchemaOp> ops) {
        if (expected.equals(actual)) return;
        List<String> lines = new ArrayList<>();
        expected.stream().filter(s -> !actual.contains(s)).forEach(s -> lines.add("missing:\n" + s));
        actual.stream().filter(s -> !expected.contains(s)).forEach(s -> lines.add("unexpected:\n" + s));
        if (lines.isEmpty()) lines.add("the same statements, repeated a different number of times");
        lines.add("statements run:");
        renderer.render(ops).forEach(statement -> lines.add(statement.sql() + ";"));
        fail(what + ": pg_dump differs\n" + String.join("\n", lines));
    }
}
