package io.migrata.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** A server of each major the catalog round trips run on, the configured one where it is of that major. */
class ServerOfMajorTest {

    private static final List<Integer> seenByEveryMajor = new ArrayList<>();

    @ParameterizedTest(name = "PostgreSQL {0}")
    @MethodSource("io.migrata.testing.PostgresServers#majors")
    void givesAServerOfTheMajorThatCreatesAndDropsDatabases(int major) throws Exception {
        PostgresServer server = PostgresServers.ofMajor(major);
        assertSame(server, PostgresServers.ofMajor(major), "one server per major and JVM");
        String name;
        try (TestDatabase db = TestDatabase.create(server)) {
            name = db.name();
            assertEquals(List.of(Integer.toString(major)), db.strings("SELECT current_setting('server_version_num')::int / 10000"));
        }
        try (TestDatabase other = TestDatabase.create(server)) {
            assertEquals(List.of("0"), other.strings("SELECT count(*) FROM pg_database WHERE datname = '" + name + "'"), "dropped");
        }
        if (PostgresServers.shared().major() == major) assertSame(PostgresServers.shared(), server);
        else assertTrue(server.provider().startsWith("embedded"), server.provider());
    }

    @EveryPostgresMajor
    void runsOncePerMajorWithItsDatabasesOnThatMajor(TestDatabase a, TestDatabase b) throws Exception {
        List<String> majors = a.strings("SELECT current_setting('server_version_num')::int / 10000");
        assertEquals(majors, b.strings("SELECT current_setting('server_version_num')::int / 10000"));
        assertEquals(a.server(), b.server());
        seenByEveryMajor.add(Integer.parseInt(majors.get(0)));
    }

    @AfterAll
    static void everyMajorRan() {
        assertEquals(PostgresServers.majors(), seenByEveryMajor);
    }
}
