package io.migrata.runner.sql;

import io.migrata.diff.DiffResult;
import io.migrata.diff.SchemaDiff;
import io.migrata.testing.PostgresExtension;
import io.migrata.testing.TestDatabase;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.sql.SQLException;

/**
 * The database round trip with the online strategy on ({@code NOT VALID} then
 * {@code VALIDATE CONSTRAINT}, the latter outside the transaction), on the pairs that add foreign
 * keys and checks to tables with rows: the end state must be the same as with the default.
 */
@ExtendWith(PostgresExtension.class)
@Execution(ExecutionMode.CONCURRENT)
class OnlineRoundTripTest {

    private static final RoundTrip ROUND_TRIP = new RoundTrip((from, to) -> {
        DiffResult result = SchemaDiff.between(from, to);
        return new RoundTrip.Plan(result.ops(), result.downgrade());
    }, new PostgresSqlRenderer(RenderOptions.defaults().withNotValidForeignKeysAndChecks(true)));

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"check-constraints", "add-foreign-keys", "change-foreign-key-actions",
            "primary-key-referenced-by-foreign-key", "create-foreign-key-cycle", "hedera-flow-2-verifications-and-disputes"})
    void migratesWithNotValidConstraints(String name, TestDatabase a, TestDatabase b) throws SQLException {
        RoundTripPairs.Pair pair = RoundTripPairs.named(name);
        ROUND_TRIP.assertRoundTrip(a, b, pair.a(), pair.b());
    }
}
