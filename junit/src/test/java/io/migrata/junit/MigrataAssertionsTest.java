package io.migrata.junit;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migrata.testing.PostgresExtension;
import io.migrata.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The assertions on compiled migrations and entities of this module's tests, with the test server
 * as the scratch server: a matching project passes, a missing migration and a downgrade that
 * leaves a column behind fail naming the difference.
 */
@ExtendWith(PostgresExtension.class)
class MigrataAssertionsTest {

    @Test
    void migrationsThatBuildTheEntitiesPass(TestDatabase server) {
        MigrataProject shop = MigrataProject.compiled("io.migrata.junit.shop.migrations", "io.migrata.junit.shop")
                .scratchServer(server.urlWithCredentials());
        assertDoesNotThrow(() -> MigrataAssertions.assertMigrationsMatchEntities(shop));
        assertDoesNotThrow(() -> MigrataAssertions.assertRevisionsDowngradeCleanly(shop));
    }

    @Test
    void aMissingMigrationFailsNamingTheColumn(TestDatabase server) {
        MigrataProject changed = MigrataProject.compiled("io.migrata.junit.shop.migrations", "io.migrata.junit.shopwithphone")
                .scratchServer(server.urlWithCredentials());
        AssertionError failure = assertThrows(AssertionError.class,
                () -> MigrataAssertions.assertMigrationsMatchEntities(changed));
        assertTrue(failure.getMessage().contains("a migration is missing"), failure.getMessage());
        assertTrue(failure.getMessage().contains("public.customers.phone"), failure.getMessage());
    }

    @Test
    void aDowngradeThatLeavesAColumnFailsVerify(TestDatabase server) {
        MigrataProject leaky = MigrataProject.compiled("io.migrata.junit.leaky.migrations", "io.migrata.junit.shopwithphone")
                .scratchServer(server.urlWithCredentials());
        AssertionError failure = assertThrows(AssertionError.class,
                () -> MigrataAssertions.assertRevisionsDowngradeCleanly(leaky));
        assertTrue(failure.getMessage().startsWith("1 of 2 revisions checked do not downgrade cleanly"), failure.getMessage());
        assertTrue(failure.getMessage().contains("002_add_customer_phone"), failure.getMessage());
        assertTrue(failure.getMessage().contains("phone"), failure.getMessage());
    }

    @Test
    void aConfigurationProblemFailsWithTheWorkflowsLine(TestDatabase server) {
        MigrataProject missing = MigrataProject.compiled("io.migrata.junit.nowhere", "io.migrata.junit.shop")
                .scratchServer(server.urlWithCredentials());
        AssertionError failure = assertThrows(AssertionError.class,
                () -> MigrataAssertions.assertMigrationsMatchEntities(missing));
        assertTrue(failure.getMessage().startsWith("migrata: "), failure.getMessage());
        assertTrue(failure.getMessage().contains("io.migrata.junit.nowhere"), failure.getMessage());
    }
}
