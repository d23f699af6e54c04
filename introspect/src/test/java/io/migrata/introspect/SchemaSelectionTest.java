package io.migrata.introspect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migrata.schema.ForeignKeyDef;
import io.migrata.schema.QualifiedName;
import io.migrata.schema.SchemaModel;
import io.migrata.schema.SequenceDef;
import io.migrata.schema.TableDef;
import io.migrata.schema.ViewDef;
import io.migrata.testing.PostgresExtension;
import io.migrata.testing.TestDatabase;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(PostgresExtension.class)
class SchemaSelectionTest {

    private static TestDatabase db;

    @BeforeAll
    static void load(TestDatabase database) throws SQLException {
        db = database;
        db.execute(Fixtures.sql("schemas.sql"));
    }

    private static SchemaModel read(IntrospectionOptions options) throws SQLException {
        return Fixtures.read(db, options);
    }

    private static List<String> tables(SchemaModel model) {
        return model.tables().stream().map(t -> t.name().schema() + "." + t.name().name()).toList();
    }

    @Test
    void allSchemasMeansEveryUserSchemaButNotExtensionOrSystemOnes() throws SQLException {
        assertEquals(List.of("app", "audit", "empty_schema", "public"), read(IntrospectionOptions.allSchemas()).schemas());
    }

    @Test
    void allSchemasReadsTablesOfEverySchemaAtOnce() throws SQLException {
        assertEquals(List.of("app.orders", "app.tmp_scratch", "audit.log", "audit.tmp_log", "public.tmp_import",
                "public.users"), tables(read(IntrospectionOptions.allSchemas())));
    }

    @Test
    void schemaFilterReadsOnlyThoseSchemas() throws SQLException {
        SchemaModel model = read(IntrospectionOptions.schemas("audit", "app"));
        assertEquals(List.of("app", "audit"), model.schemas());
        assertEquals(List.of("app.orders", "app.tmp_scratch", "audit.log", "audit.tmp_log"), tables(model));
        assertEquals(List.of(QualifiedName.of("audit", "log_id_seq")),
                model.sequences().stream().map(SequenceDef::name).toList());
    }

    @Test
    void foreignKeyToASchemaNotReadStillNamesItsTarget() throws SQLException {
        TableDef orders = Fixtures.table(read(IntrospectionOptions.schemas("app")), "app", "orders");
        assertEquals(List.of(QualifiedName.of("public", "users")),
                orders.foreignKeys().stream().map(ForeignKeyDef::targetTable).toList());
    }

    @Test
    void emptySchemaIsKeptInTheModel() throws SQLException {
        SchemaModel model = read(IntrospectionOptions.schemas("empty_schema"));
        assertEquals(List.of("empty_schema"), model.schemas());
        assertEquals(List.of(), model.tables());
    }

    @Test
    void bareGlobExcludesMatchingTablesInEverySchema() throws SQLException {
        assertEquals(List.of("app.orders", "audit.log", "public.users"),
                tables(read(IntrospectionOptions.allSchemas().excluding("tmp_*"))));
    }

    @Test
    void globsExcludeViewsToo() throws SQLException {
        assertEquals(List.of(QualifiedName.of("public", "tmp_view")),
                read(IntrospectionOptions.allSchemas()).views().stream().map(ViewDef::name).toList());
        assertEquals(List.of(), read(IntrospectionOptions.allSchemas().excluding("tmp_*")).views());
    }

    @Test
    void qualifiedGlobExcludesOnlyInItsSchema() throws SQLException {
        assertEquals(List.of("app.orders", "app.tmp_scratch", "audit.log", "public.tmp_import", "public.users"),
                tables(read(IntrospectionOptions.allSchemas().excluding("audit.tmp_???"))));
        assertEquals(List.of("app.orders", "app.tmp_scratch", "public.tmp_import", "public.users"),
                tables(read(IntrospectionOptions.allSchemas().excluding("audit.*"))));
    }

    @Test
    void excludedTableTakesItsOwnedSequenceAlong() throws SQLException {
        SchemaModel model = read(IntrospectionOptions.allSchemas().excluding("audit.log"));
        assertTrue(model.sequence(QualifiedName.of("audit", "log_id_seq")).isEmpty(), model.sequences().toString());
    }

    @Test
    void versionTablesAndTheirSequencesAreLeftOutByDefault() throws SQLException {
        SchemaModel model = read(IntrospectionOptions.schemas("public"));
        assertEquals(List.of("public.tmp_import", "public.users"), tables(model));
        assertEquals(List.of(), model.sequences());
    }

    @Test
    void versionTablesAreReadWhenAskedFor() throws SQLException {
        SchemaModel model = read(IntrospectionOptions.schemas("public").withVersionTables());
        assertEquals(List.of("public.migrata_history", "public.migrata_version", "public.tmp_import", "public.users"),
                tables(model));
        assertEquals(List.of(QualifiedName.of("public", "migrata_history_id_seq")),
                model.sequences().stream().map(SequenceDef::name).toList());
    }

    @Test
    void extensionMembersAreLeftOut() throws SQLException {
        SchemaModel model = read(IntrospectionOptions.schemas("public"));
        assertTrue(model.table(QualifiedName.of("public", "extension_table")).isEmpty());
        assertTrue(model.sequence(QualifiedName.of("public", "extension_seq")).isEmpty());
        assertTrue(model.enumType(QualifiedName.of("public", "extension_enum")).isEmpty());
        assertTrue(model.view(QualifiedName.of("public", "extension_view")).isEmpty());
    }

    @Test
    void extensionSchemaIsReadWhenNamed() throws SQLException {
        assertEquals(List.of("extension_owned.things"), tables(read(IntrospectionOptions.schemas("extension_owned"))));
    }

    @Test
    void unknownSchemaIsNamedWithTheSchemasThatExist() {
        UnknownSchemaException e = assertThrows(UnknownSchemaException.class,
                () -> read(IntrospectionOptions.schemas("public", "App")));
        assertEquals(List.of("App"), e.missing());
        assertEquals(List.of("app", "audit", "empty_schema", "public"), e.existing());
        assertEquals("schema \"App\" does not exist (the database has: app, audit, empty_schema, public);"
                + " schema names are case-sensitive, fix the schema list", e.getMessage());
    }

    @Test
    void severalUnknownSchemasAreAllNamed() {
        UnknownSchemaException e = assertThrows(UnknownSchemaException.class,
                () -> read(IntrospectionOptions.schemas("nope", "public", "gone")));
        assertEquals(List.of("nope", "gone"), e.missing());
        assertTrue(e.getMessage().startsWith("schemas \"nope\", \"gone\" do not exist"), e.getMessage());
    }
}
