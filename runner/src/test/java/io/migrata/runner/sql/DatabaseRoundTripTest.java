package io.migrata.runner.sql;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migrata.codegen.GeneratedMigrationRoundTrip;
import io.migrata.diff.DiffOptions;
import io.migrata.diff.DiffResult;
import io.migrata.diff.SchemaDiff;
import io.migrata.schema.SchemaModel;
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

    private static final RoundTrip ROUND_TRIP = new RoundTrip(DatabaseRoundTripTest::diff, new PostgresSqlRenderer());

    static List<RoundTripPairs.Pair> pairs() {
        return RoundTripPairs.all();
    }

    private static RoundTrip.Plan diff(SchemaModel from, SchemaModel to) {
        DiffResult result = SchemaDiff.between(from, to, DiffOptions.defaults());
        // What the database runs must also survive being written as a migration class: the
        // generated source, compiled, records exactly these ops and their inverses.
        GeneratedMigrationRoundTrip.assertRoundTrip(result.ops());
        return new RoundTrip.Plan(result.ops(), result.downgrade());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pairs")
    void migratesAToBAndBack(RoundTripPairs.Pair pair, TestDatabase a, TestDatabase b) throws SQLException {
        if (pair.knownIssue() == null) {
            ROUND_TRIP.assertRoundTrip(a, b, pair.a(), pair.b());
            return;
        }
        // A known issue must still fail, and in the way it describes: once fixed, the pair is
        // reported here until its known-issue.txt is deleted.
        Throwable failure = assertThrows(Throwable.class, () -> ROUND_TRIP.assertRoundTrip(a, b, pair.a(), pair.b()),
                pair.name() + " passes now: delete its known-issue.txt");
        String expected = RoundTripPairs.expectedFailure(pair);
        assertTrue(String.valueOf(failure.getMessage()).contains(expected),
                pair.name() + " fails, but not with \"" + expected + "\" as its known-issue.txt says:\n" + failure);
    }
}
