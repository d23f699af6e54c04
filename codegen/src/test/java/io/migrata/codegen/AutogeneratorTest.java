package io.migrata.codegen;

import io.migrata.diff.DiffOptions;
import io.migrata.schema.ColumnDef;
import io.migrata.schema.ForeignKeyDef;
import io.migrata.schema.PrimaryKeyDef;
import io.migrata.schema.QualifiedName;
import io.migrata.schema.SchemaModel;
import io.migrata.schema.SqlType;
import io.migrata.schema.TableDef;
import io.migrata.schema.migration.Migration;
import io.migrata.schema.migration.Operations;
import io.migrata.schema.op.OpApplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static io.migrata.codegen.EveryOperation.USERS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Models in, migration file out; the file, compiled and run, takes one model to the other and back. */
class AutogeneratorTest {

    private static final Instant CREATED = Instant.parse("2026-02-19T09:00:00Z");
    private static final QualifiedName ORDERS = QualifiedName.of("public", "orders");
    private static final ColumnDef ID = ColumnDef.of("id", SqlType.of("bigint")).withNullable(false);
    private static final ColumnDef EMAIL = ColumnDef.of("email", SqlType.of("character varying(320)")).withNullable(false);
    private static final ColumnDef PHONE = ColumnDef.of("phone", SqlType.of("character varying(20)"));
    private static final SchemaModel EMPTY = SchemaModel.empty().withSchemas(List.of("public"));

    @TempDir
    Path directory;

    private Autogenerator autogenerator() {
        return new Autogenerator(MigrationTemplate.defaults().withDirectory(directory));
    }

    private static SchemaModel users(ColumnDef... columns) {
        TableDef users = TableDef.of(USERS, List.of(columns)).withPrimaryKey(new PrimaryKeyDef("users_pkey", List.of("id")));
        TableDef orders = TableDef.of(ORDERS, List.of(ID, ColumnDef.of("user_id", SqlType.of("bigint")).withNullable(false)))
                .withPrimaryKey(new PrimaryKeyDef("orders_pkey", List.of("id")))
                .withForeignKeys(List.of(ForeignKeyDef.of("orders_user_id_fkey", List.of("user_id"), USERS, List.of("id"))));
        return EMPTY.withTables(List.of(users, orders));
    }

    private static AutogenerateRequest request(SchemaModel current, SchemaModel target, String message) {
        return AutogenerateRequest.of(current, target, List.of("001_initial_schema"), message).withCreated(CREATED);
    }

    @Test
    void noChangesWritesNothing() throws IOException {
        AutogenerateResult result = autogenerator().generate(request(users(ID, EMAIL), users(ID, EMAIL), "nothing"));
        assertTrue(result.noChanges());
        assertTrue(result.file().isEmpty());
        assertEquals(List.of(), result.summary());
        try (var files = Files.list(directory)) {
            assertEquals(0, files.count());
        }
    }

    @Test
    void noChangesWritesAnEmptyRevisionWhenAsked() throws IOException {
        AutogenerateResult result = autogenerator().generate(
                request(users(ID, EMAIL), users(ID, EMAIL), "nothing yet").withWriteWhenEmpty(true));
        assertTrue(result.noChanges());
        Path file = result.file().orElseThrow();
        assertEquals(directory.resolve("M20260219_002_NothingYet.java"), file);
        assertTrue(Files.readString(file).contains("// TODO: record the changes"));
    }

    @Test
    void theWrittenMigrationTakesOneModelToTheOther() throws IOException {
        SchemaModel before = users(ID, EMAIL);
        SchemaModel after = users(ID, EMAIL, PHONE);
        AutogenerateResult result = autogenerator().generate(request(before, after, "add user phone"));
        assertFalse(result.noChanges());
        assertEquals(List.of("add column public.users.phone character varying(20) NULL"), result.summary());
        GeneratedMigration migration = result.migration().orElseThrow();
        assertEquals("002_add_user_phone", migration.revisionId());
        String source = Files.readString(result.file().orElseThrow());
        assertEquals(migration.source(), source);
        assertMigrates(migration, before, after);
    }

    @Test
    void anInitialSchemaFromNothing() {
        SchemaModel target = users(ID, EMAIL, PHONE);
        AutogenerateResult result = autogenerator().preview(
                AutogenerateRequest.of(EMPTY, target, List.of(), "initial schema").withCreated(CREATED));
        GeneratedMigration migration = result.migration().orElseThrow();
        assertEquals("001_initial_schema", migration.revisionId());
        assertTrue(result.file().isPresent());
        assertFalse(Files.exists(result.file().get()), "preview writes nothing");
        assertMigrates(migration, EMPTY, target);
    }

    @Test
    void hazardsAndLikelyRenamesBecomeWarnings() {
        SchemaModel before = users(ID, EMAIL, PHONE);
        SchemaModel after = users(ID, EMAIL, PHONE.withName("mobile"));
        String source = autogenerator().preview(request(before, after, "rename phone")).migration().orElseThrow().source();
        assertTrue(source.contains("        // WARNING: DATA_LOSS: drops column public.users.phone"), source);
        assertTrue(source.contains("// WARNING: column public.users.phone may have been renamed to mobile; if so, generate"
                + " again with the rename\n        //     hint \"public.users.phone -> mobile\", which keeps the data\n"
                + "        op.dropColumn(\"users\", column(\"phone\", varchar(20)));"), source);
        assertFalse(source.contains("NOTE"), source);
        AutogenerateResult renamed = autogenerator().preview(request(before, after, "rename phone")
                .withDiffOptions(DiffOptions.defaults().withRename("users.phone -> mobile")));
        assertEquals(List.of("rename column public.users.phone to mobile"), renamed.summary());
        assertMigrates(renamed.migration().orElseThrow(), before, after);
    }

    /** Compiles the migration, and checks its upgrade takes {@code from} to {@code to} and its downgrade back. */
    private static void assertMigrates(GeneratedMigration generated, SchemaModel from, SchemaModel to) {
        Migration migration = InMemoryCompiler.load("migrations." + generated.className(), generated.source());
        Operations up = new Operations();
        migration.upgrade(up);
        assertEquals(to, OpApplier.apply(from, up.recorded()));
        Operations down = new Operations();
        migration.downgrade(down);
        assertEquals(from, OpApplier.apply(to, down.recorded()));
    }
}
