package io.migrata.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/** The embedded provider, run on every build even when a server URL is configured. */
class EmbeddedServerTest {

    @Test
    void startsAServerThatCreatesAndDropsDatabases() throws SQLException {
        PostgresServer server = PostgresServers.embedded();
        assertEquals("embedded", server.provider());
        try (TestDatabase db = TestDatabase.create(server)) {
            db.execute("CREATE TABLE t (id int PRIMARY KEY); INSERT INTO t VALUES (7)");
            try (Connection c = db.connect(); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT id, current_setting('server_version_num')::int FROM t")) {
                assertTrue(rs.next());
                assertEquals(7, rs.getInt(1));
                assertTrue(rs.getInt(2) >= 130000, "server version " + rs.getInt(2));
            }
        }
    }
}
