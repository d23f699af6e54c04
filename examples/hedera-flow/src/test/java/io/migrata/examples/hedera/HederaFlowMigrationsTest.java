package io.migrata.examples.hedera;

import io.migrata.junit.MigrataAssertions;
import io.migrata.junit.MigrataProject;
import io.migrata.testing.PostgresExtension;
import io.migrata.testing.TestDatabase;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The check a project laid out for the command adds to its suite: its {@code migrata.properties}
 * names the migration sources (compiled in memory), the entities and their class path, so the
 * module's directory is the whole project. Scratch databases go on the test server.
 */
@ExtendWith(PostgresExtension.class)
class HederaFlowMigrationsTest {

    private static MigrataProject project(TestDatabase server) {
        return MigrataProject.directory(Path.of(".")).scratchServer(server.urlWithCredentials());
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
