package io.migrata.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** The Testcontainers provider; runs wherever a Docker engine answers (most CI services). */
class TestcontainersServerTest {

    @Test
    void startsAContainerWhenDockerIsAvailable() throws SQLException {
        assumeTrue(PostgresServers.dockerAvailable(), "no Docker engine here");
        PostgresServer server = PostgresServers.testcontainers();
        assertEquals("testcontainers", server.provider());
        try (TestDatabase db = TestDatabase.create(server)) {
            db.execute("CREATE TABLE t (id int)");
        }
    }
}
