package io.migrata.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(PostgresExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PostgresExtensionTest {

    private static TestDatabase classDatabase;
    private static final List<String> methodDatabases = new ArrayList<>();

    @BeforeAll
    static void createClassDatabase(TestDatabase db) throws SQLException {
        classDatabase = db;
        db.execute("CREATE TABLE shared_marker (id int)");
    }

    @Test
    @Order(1)
    void givesEachParameterItsOwnEmptyDatabase(TestDatabase a, TestDatabase b) throws SQLException {
        assertNotEquals(a.name(), b.name());
        a.execute("CREATE TABLE only_in_a (id int)");
        assertEquals(1, countTables(a));
        assertEquals(0, countTables(b));
        methodDatabases.add(a.name());
        methodDatabases.add(b.name());
    }

    @Test
    @Order(2)
    void dropsMethodDatabasesAfterTheMethodButKeepsTheClassDatabase(TestDatabase db) throws SQLException {
        assertEquals(2, methodDatabases.size(), "the first test records the databases it was given");
        for (String name : methodDatabases) assertFalse(exists(db, name), name + " should have been dropped");
        assertTrue(exists(db, classDatabase.name()), "the @BeforeAll database must live until the class ends");
        assertEquals(1, countTables(classDatabase));
    }

    @AfterAll
    static void classDatabaseIsStillThereUntilTheClassEnds() throws SQLException {
        assertEquals(1, countTables(classDatabase));
    }

    private static int countTables(TestDatabase db) throws SQLException {
        try (Connection c = db.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static boolean exists(TestDatabase db, String name) throws SQLException {
        try (Connection c = db.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM pg_database WHERE datname = '" + name + "'")) {
            rs.next();
            return rs.getInt(1) == 1;
        }
    }
}
