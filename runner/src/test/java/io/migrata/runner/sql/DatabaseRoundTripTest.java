package io.migrata.runner.sql;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migrata.codegen.GeneratedMigrationRoundTrip;
import io.migrata.diff.DiffOptions;
import io.migrata.diff.DiffResult;
import io.migrata.diff.SchemaDiff;
import io.migrata.schema.ColumnRef;
import io.migrata.schema.QualifiedName;
import io.migrata.schema.SchemaModel;
import io.migrata.schema.op.SchemaOp;
import io.migrata.testing.PostgresExtension;
import io.migrata.testing.TestDatabase;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.sql.SQLException;
import java.util.List;

/**
 * The acceptance test of the whole chain: for every pair of schemas under
 * {@code src/test/resources/roundtrip}, introspect both, diff, render, migrate A, and compare with
 * {@code pg_dump}; then downgrade and compare again (see {@link RoundTrip}). The diff's ops also
 * go through the code generator's round trip (written, compiled, recorded back). A pair with a
 * {@code known-issue.txt} must fail as that file says, so a fix elsewhere shows up here.
 */
@ExtendWith(PostgresExtension.class)
@Execution(ExecutionMode.CONCURRENT)
class DatabaseRoundTripTest {

    static List<RoundTripPairs.Pair> pairs() {
        return RoundTripPairs.all();
    }

    /**
     * The upgrade from {@code from} to {@code to} with the pair's upgrade conversions, and as
     * downgrade the inverse, or, when the pair gives conversions for the way back, the diff back
     * with those.
     */
    private static RoundTrip.Plan diff(SchemaModel from, SchemaModel to, RoundTripPairs.Pair pair) {
        DiffResult result = SchemaDiff.between(from, to, conversions(pair, "up "));
        // What the database runs must also survive being written as a migration class: the
        // generated source, compiled, records exactly these ops and their inverses.
        GeneratedMigrationRoundTrip.assertRoundTrip(result.ops());
        boolean ownWayBack = pair.conversions().stream().anyMatch(line -> line.startsWith("down "));
        List<SchemaOp> downgrade = ownWayBack ? SchemaDiff.between(to, from, conversions(pair, "down ")).ops() : result.downgrade();
        return new RoundTrip.Plan(result.ops(), downgrade);
    }

    private static DiffOptions conversions(RoundTripPairs.Pair pair, String direction) {
        DiffOptions options = DiffOptions.defaults();
        for (String line : pair.conversions()) {
            if (!line.startsWith(direction)) continue;
            String[] column = line.substring(direction.length()).split("=", 2);
            int dot = column[0].lastIndexOf('.');
            options = options.withConversion(new ColumnRef(qualified(column[0].substring(0, dot)),
                    column[0].substring(dot + 1)), column[1]);
        }
        return options;
    }

    private static QualifiedName qualified(String schemaDotTable) {
        int dot = schemaDotTable.indexOf('.');
        return QualifiedName.of(schemaDotTable.substring(0, dot), schemaDotTable.substring(dot + 1));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pairs")
    void migratesAToBAndBack(RoundTripPairs.Pair pair, TestDatabase a, TestDatabase b) throws SQLException {
        RoundTrip roundTrip = new RoundTrip((from, to) -> diff(from, to, pair), new PostgresSqlRenderer());
        if (pair.knownIssue() == null) {
            roundTrip.assertRoundTrip(a, b, pair.a(), pair.b());
            return;
        }
        // A known issue must still fail, and in the way it describes: once fixed, the pair is
        // reported here until its known-issue.txt is deleted.
        Throwable failure = assertThrows(Throwable.class, () -> roundTrip.assertRoundTrip(a, b, pair.a(), pair.b()),
                pair.name() + " passes now: delete its known-issue.txt");
        String expected = RoundTripPairs.expectedFailure(pair);
        assertTrue(String.valueOf(failure.getMessage()).contains(expected),
                pair.name() + " fails, but not with \"" + expected + "\" as its known-issue.txt says:\n" + failure);
    }
}
