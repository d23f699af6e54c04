package io.migrata.examples.hedera.boot;

import io.migrata.junit.MigrataAssertions;
import io.migrata.junit.MigrataProject;
import io.migrata.testing.PostgresExtension;
import io.migrata.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The test a user adds beside their application: the migrations this application ships build what
 * its entities describe, and each revision downgrades cleanly. The scratch databases go on the test
 * server here; a user's suite can leave {@code scratchServer} out (Testcontainers, else embedded).
 */
@ExtendWith(PostgresExtension.class)
class HederaFlowMigrationsTest {

    private static MigrataProject project(TestDatabase server) {
        return MigrataProject.compiled("io.migrata.examples.hedera.migrations", "io.migrata.examples.hedera")
                .naming("spring-boot")
                .scratchServer(server.urlWithCredentials());
    }

    @Test
    void migrationsMatchTheEntities(TestDatabase server) {
        MigrataAssertions.assertMigrationsMatchEntities(project(server));
    }

    @Test
    void everyRevisionDowngradesCleanly(TestDatabase server) {
        MigrataAssertions.assertRevisionsDowngradeCleanly(project(server));
    }
}
