package io.migrata.runner.sql;

import static io.migrata.runner.sql.ModelAssertions.assertModelEquals;

import io.migrata.schema.SchemaModel;
import io.migrata.schema.op.OpApplier;
import io.migrata.schema.op.SchemaOp;
import io.migrata.testing.TestDatabase;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The per-op judge: the rendered SQL must change the database exactly as the in-memory applier
 * changes the model, and the inverse's SQL must bring the database back to where it was.
 */
final class OpCheck {

    private OpCheck() {
    }

    static void assertAppliesExactly(TestDatabase db, SchemaOp... ops) throws SQLException {
        assertAppliesExactly(db, new PostgresSqlRenderer(RenderOptions.defaults()), ops);
    }

    static void assertAppliesExactly(TestDatabase db, PostgresSqlRenderer renderer, SchemaOp... ops) throws SQLException {
        List<SchemaOp> up = List.of(ops);
        SchemaModel before = Databases.read(db);
        SchemaModel expected = OpApplier.apply(before, up);
        Databases.apply(db, renderer, up);
        assertModelEquals(expected, Databases.read(db), "database after " + describe(up));
        List<SchemaOp> down = new ArrayList<>(up.stream().map(SchemaOp::inverse).toList());
        Collections.reverse(down);
        Databases.apply(db, renderer, down);
        assertModelEquals(before, Databases.read(db), "database after undoing " + describe(up));
    }

    private static String describe(List<SchemaOp> ops) {
        return String.join("; ", ops.stream().map(SchemaOp::describe).toList());
    }
}
