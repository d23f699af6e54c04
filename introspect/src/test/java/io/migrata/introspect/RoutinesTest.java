package io.migrata.introspect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migrata.schema.ExtensionDef;
import io.migrata.schema.FunctionDef;
import io.migrata.schema.QualifiedName;
import io.migrata.schema.SchemaModel;
import io.migrata.schema.TriggerDef;
import io.migrata.testing.PostgresExtension;
import io.migrata.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Extensions, functions, procedures and triggers as the catalog holds them, and what is not the user's left out. */
@ExtendWith(PostgresExtension.class)
class RoutinesTest {

    private static SchemaModel model;
    private static TestDatabase database;

    @BeforeAll
    static void load(TestDatabase db) throws SQLException {
        database = db;
        db.execute("""
                CREATE EXTENSION citext;
                CREATE TABLE items (id bigint PRIMARY KEY, code citext, parent_id bigint REFERENCES items (id));
                CREATE FUNCTION add(a integer, b integer) RETURNS integer LANGUAGE sql AS 'SELECT a + b';
                CREATE FUNCTION add(a numeric, b numeric) RETURNS numeric LANGUAGE sql AS 'SELECT a + b';
                CREATE PROCEDURE noop() LANGUAGE sql AS 'SELECT 1';
                CREATE FUNCTION stamp() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN NEW; END$$;
                CREATE TRIGGER items_stamp BEFORE INSERT ON items FOR EACH ROW EXECUTE FUNCTION stamp();
                CREATE TABLE events (id bigint, at date) PARTITION BY RANGE (at);
                CREATE TABLE events_2026 PARTITION OF events FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
                CREATE TRIGGER events_stamp BEFORE INSERT ON events FOR EACH ROW EXECUTE FUNCTION stamp();
                """);
        model = Fixtures.read(db, IntrospectionOptions.schemas("public"));
    }

    @Test
    void anExtensionIsReadWithItsSchemaAndVersionAndItsMembersAreNot() throws SQLException {
        String version;
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT extversion FROM pg_extension WHERE extname = 'citext'")) {
            row.next();
            version = row.getString(1);
        }
        assertEquals(List.of(new ExtensionDef("citext", "public", version)), model.extensions());
        assertTrue(model.functions().stream().noneMatch(f -> f.name().name().startsWith("citext")), model.functions().toString());
    }

    @Test
    void overloadsAreKeptApartByArgumentTypesAndProceduresAreMarked() {
        assertEquals(List.of("public.add(integer, integer)", "public.add(numeric, numeric)", "public.noop()", "public.stamp()"),
                model.functions().stream().map(FunctionDef::signature).toList());
        FunctionDef noop = model.function("public.noop()").orElseThrow();
        assertTrue(noop.procedure());
        assertTrue(noop.definition().startsWith("CREATE OR REPLACE PROCEDURE public.noop()"), noop.definition());
    }

    @Test
    void userTriggersAreReadAndForeignKeyAndPartitionTriggersAreNot() {
        assertEquals(List.of(
                        new TriggerDef(QualifiedName.of("public", "events"), "events_stamp",
                                "CREATE TRIGGER events_stamp BEFORE INSERT ON public.events FOR EACH ROW EXECUTE FUNCTION public.stamp()"),
                        new TriggerDef(QualifiedName.of("public", "items"), "items_stamp",
                                "CREATE TRIGGER items_stamp BEFORE INSERT ON public.items FOR EACH ROW EXECUTE FUNCTION public.stamp()")),
                model.triggers());
    }
}
