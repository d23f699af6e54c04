package io.migrata.introspect.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migrata.introspect.IntrospectionOptions;
import io.migrata.introspect.PostgresIntrospector;
import io.migrata.introspect.UnknownSchemaException;
import io.migrata.schema.SchemaModel;
import io.migrata.testing.PostgresExtension;
import io.migrata.testing.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The PostgreSQL reader, checked against a reader that shares none of its SQL: on a fixture rich
 * in names, keys, rules and types, both must state the same {@link SharedFacts}.
 */
@ExtendWith(PostgresExtension.class)
class ReadersAgreeTest {

    @Test
    void postgresAndJdbcReadersStateTheSameFacts(TestDatabase db) throws Exception {
        db.execute(JdbcIntrospectorTest.fixture("jdbc-cross-check.sql"));
        String postgres;
        String jdbc;
        try (Connection connection = db.connect()) {
            postgres = SharedFacts.of(new PostgresIntrospector(connection).read(IntrospectionOptions.allSchemas()));
            jdbc = SharedFacts.of(new JdbcIntrospector(connection).read(IntrospectionOptions.allSchemas()));
        }
        assertEquals(postgres, jdbc);
        // Guards against agreeing on nothing: the fixture's facts are really there.
        assertTrue(postgres.contains("foreign key \"Billing Ops\".\"Invoice Lines\" invoice_owner_fk [owner_id]"
                + " -> app.users [id] on delete SET DEFAULT on update NO ACTION DEFERRABLE\n"), postgres);
        assertTrue(postgres.lines().count() > 100, postgres);
    }

    @Test
    void readersAgreeOnOneSchemaWithExclusions(TestDatabase db) throws Exception {
        db.execute(JdbcIntrospectorTest.fixture("jdbc-cross-check.sql"));
        IntrospectionOptions options = IntrospectionOptions.schemas("Billing Ops", "public").excluding("settings", "Billing Ops.rat?s");
        try (Connection connection = db.connect()) {
            SchemaModel postgres = new PostgresIntrospector(connection).read(options);
            assertEquals(SharedFacts.of(postgres), SharedFacts.of(new JdbcIntrospector(connection).read(options)));
            assertEquals(3, postgres.tables().size(), postgres.tables()::toString);
        }
    }

    @Test
    void bothRefuseASchemaThatDoesNotExist(TestDatabase db) throws SQLException {
        db.execute("CREATE SCHEMA sales");
        IntrospectionOptions options = IntrospectionOptions.schemas("Sales", "public");
        try (Connection connection = db.connect()) {
            UnknownSchemaException postgres = assertThrows(UnknownSchemaException.class,
                    () -> new PostgresIntrospector(connection).read(options));
            UnknownSchemaException jdbc = assertThrows(UnknownSchemaException.class,
                    () -> new JdbcIntrospector(connection).read(options));
            assertEquals(postgres.getMessage(), jdbc.getMessage());
            assertEquals(List.of("Sales"), jdbc.missing());
        }
    }
}
