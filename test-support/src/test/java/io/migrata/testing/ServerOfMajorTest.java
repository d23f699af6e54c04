package io.migrata.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** A server of each major the catalog round trips run on, the configured one where it is of that major. */
class ServerOfMajorTest {

    @ParameterizedTest(name = "PostgreSQL {0}")
    @MethodSource("io.migrata.testing.PostgresServers#majors")
    void givesAServerOfTheMajorThatCreatesAndDropsDatabases(int major) throws Exception {
        PostgresServer server = PostgresServers.ofMajor(major);
        assertSame(server, PostgresServers.ofMajor(major), "one server per major and JVM");
        try (TestDatabase db = TestDatabase.create(server)) {
            assertEquals(List.of(Integer.toString(major)), db.strings("SELECT current_setting('server_version_num')::int / 10000"));
            assertEquals(List.of("1"), db.strings("SELECT count(*) FROM pg_database WHERE datname = current_database()"));
        }
        if (PostgresServers.shared().major() == major) assertSame(PostgresServers.shared(), server);
        else assertTrue(server.provider().startsWith("embedded"), server.provider());
    }
}
