package io.migrata.codegen;

import io.migrata.schema.migration.Migration;
import io.migrata.schema.migration.Operations;
import io.migrata.schema.op.Backfill;
import io.migrata.schema.op.SchemaOp;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The codegen round trip as one assertion, for this module's tests and for suites elsewhere (the
 * database round trip of the diff) through {@code migrata-codegen}'s test jar: ops are written as
 * a migration class, the source is compiled in memory against {@code migrata-schema} alone, and
 * running {@code upgrade} and {@code downgrade} on a recording {@link Operations} must give back
 * exactly the ops and their inverses in reverse order. Rendering twice must give the same text.
 *
 * <pre>{@code
 * GeneratedMigrationRoundTrip.assertRoundTrip(SchemaDiff.between(a, b).ops());
 * }</pre>
 */
public final class GeneratedMigrationRoundTrip {

    private static final Instant CREATED = Instant.parse("2026-02-19T09:00:00Z");

    private GeneratedMigrationRoundTrip() {
    }

    /** @return the migration that passed, for further checks */
    public static GeneratedMigration assertRoundTrip(List<SchemaOp> ops) {
        return assertRoundTrip(ops, MigrationTemplate.defaults());
    }

    public static GeneratedMigration assertRoundTrip(List<SchemaOp> ops, MigrationTemplate template) {
        MigrationWriter writer = new MigrationWriter(template);
        NewRevision revision = NewRevision.of("round trip", List.of("000_base"), CREATED, ops);
        GeneratedMigration generated = writer.render(revision);
        if (!generated.source().equals(writer.render(revision).source())) {
            throw new AssertionError("rendering the same revision twice gave different sources");
        }
        Migration migration = InMemoryCompiler.load(template.packageName() + "." + generated.className(), generated.source());
        Operations up = new Operations(template.defaultSchema());
        migration.upgrade(up);
        assertSameOps("upgrade", ops, up.recorded(), generated.source());
        Operations down = new Operations(template.defaultSchema());
        migration.downgrade(down);
        assertSameOps("downgrade", inverses(ops), down.recorded(), generated.source());
        return generated;
    }

    /**
     * Each reversible op's inverse, last op first; a backfill's inverse keeps the values, renders no
     * statement, and is written as a comment, so the downgrade records nothing for it.
     */
    public static List<SchemaOp> inverses(List<SchemaOp> ops) {
        List<SchemaOp> inverses = new ArrayList<>();
        for (SchemaOp op : ops) if (op.isReversible() && !(op instanceof Backfill)) inverses.add(op.inverse());
        Collections.reverse(inverses);
        return inverses;
    }

    private static void assertSameOps(String method, List<SchemaOp> expected, List<SchemaOp> actual, String source) {
        if (expected.equals(actual)) return;
        int at = 0;
        while (at < expected.size() && at < actual.size() && expected.get(at).equals(actual.get(at))) at++;
        throw new AssertionError(method + "() recorded " + actual.size() + " ops where " + expected.size()
                + " were written; first difference at op " + (at + 1) + ":\n  written:  "
                + (at < expected.size() ? expected.get(at) : "nothing") + "\n  recorded: "
                + (at < actual.size() ? actual.get(at) : "nothing") + "\n\n" + InMemoryCompiler.numbered(source));
    }
}
