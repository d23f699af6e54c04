package io.migrata.codegen;

import io.migrata.schema.ColumnDef;
import io.migrata.schema.IndexDef;
import io.migrata.schema.SqlType;
import io.migrata.schema.op.AddColumn;
import io.migrata.schema.op.CreateIndex;
import io.migrata.schema.op.DropColumn;
import io.migrata.schema.op.SchemaOp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.function.Executable;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import static io.migrata.codegen.EveryOperation.USERS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MigrationWriterTest {

    private static final Instant CREATED = Instant.parse("2026-02-20T10:15:00.987Z");
    private static final SchemaOp ADD_PHONE = new AddColumn(USERS, ColumnDef.of("phone", SqlType.of("character varying(20)")));

    @TempDir
    Path directory;

    private MigrationWriter writer() {
        return new MigrationWriter(MigrationTemplate.defaults().withDirectory(directory.resolve("migrations/versions")));
    }

    private static NewRevision revision(String message, String... parents) {
        return NewRevision.of(message, List.of(parents), CREATED, List.of(ADD_PHONE));
    }

    @Test
    void namesFollowTheSeed() {
        GeneratedMigration first = writer().render(revision("Initial schema"));
        assertEquals("001_initial_schema", first.revisionId());
        assertEquals("M20260220_001_InitialSchema", first.className());
        GeneratedMigration next = writer().render(revision("Add user's phone (E.164)!", "001_initial_schema"));
        assertEquals("002_add_user_s_phone_e_164", next.revisionId());
        assertEquals("M20260220_002_AddUserSPhoneE164", next.className());
        GeneratedMigration merge = writer().render(revision("merge", "007_a", "012_b", "not_numbered"));
        assertEquals("013_merge", merge.revisionId());
        assertEquals("1000_x", writer().render(revision("x", "999_y")).revisionId());
    }

    @Test
    void slugsKeepLettersOfAnyScriptAndDropAccents() {
        assertEquals("002_anadir_telefono_del_usuario",
                writer().render(revision("Añadir teléfono del usuario", "001_x")).revisionId());
        assertEquals("M20260220_002_添加电话", writer().render(revision("添加电话", "001_x")).className());
        String longMessage = "add a column that stores the phone number of each user in the international format";
        assertEquals("001_add_a_column_that_stores_the_phone_number_of_each_user_in",
                writer().render(revision(longMessage)).revisionId());
    }

    @Test
    void theSameRevisionGivesTheSameBytes() {
        NewRevision revision = NewRevision.of("every op", List.of("001_a"), CREATED, EveryOperation.ops());
        assertEquals(writer().render(revision).source(), writer().render(revision).source());
        assertTrue(writer().render(revision).source().contains("created = \"2026-02-20T10:15:00Z\""));
    }

    @Test
    void writesTheFileAndNothingElse() throws IOException {
        GeneratedMigration written = writer().write(revision("add user phone", "001_initial_schema"));
        Path expected = directory.resolve("migrations/versions/M20260220_002_AddUserPhone.java");
        assertEquals(expected, written.file());
        assertEquals(written.source(), Files.readString(expected, StandardCharsets.UTF_8));
        try (Stream<Path> files = Files.list(expected.getParent())) {
            assertEquals(List.of(expected), files.toList());
        }
    }

    @Test
    void refusesToOverwrite() throws IOException {
        GeneratedMigration written = writer().write(revision("add user phone"));
        Files.writeString(written.file(), "edited by hand");
        TargetNotWritableException e = assertThrows(TargetNotWritableException.class,
                () -> writer().write(revision("add user phone")));
        assertEquals(written.file() + " exists already: pick another message, or remove the file if it is a leftover",
                e.getMessage());
        assertEquals("edited by hand", Files.readString(written.file()));
    }

    @Test
    void aDirectoryThatCannotBeCreatedIsNamed() throws IOException {
        Path file = Files.writeString(directory.resolve("not-a-directory"), "x");
        MigrationWriter writer = new MigrationWriter(MigrationTemplate.defaults().withDirectory(file.resolve("versions")));
        TargetNotWritableException e = assertThrows(TargetNotWritableException.class,
                () -> writer.write(revision("add user phone")));
        assertEquals("cannot write migrations to " + file.resolve("versions") + " (not a directory): make it a "
                + "writable directory or configure another one", e.getMessage());
        assertEquals("x", Files.readString(file));
    }

    @Test
    void badMessagesAreRefusedBeforeAnythingIsWritten() {
        assertMessage(InvalidMessageException.class,
                "revision message is empty: say what the revision changes, e.g. \"add user phone\"",
                () -> writer().write(revision("  ")));
        assertMessage(InvalidMessageException.class,
                "revision message \"!?-- ...\" has no letters or digits to name the revision by",
                () -> writer().write(revision("!?--\n...")));
        assertFalse(Files.exists(directory.resolve("migrations")));
    }

    @Test
    void badTemplatesAreRefused() {
        assertMessage(InvalidTemplateException.class, "package \"com.example.1migrations\" is not a Java package name: "
                        + "use dot-separated identifiers that are not key words, e.g. com.example.migrations",
                () -> MigrationTemplate.defaults().withPackageName("com.example.1migrations"));
        assertMessage(InvalidTemplateException.class, "package \"class\" is not a Java package name: use dot-separated "
                + "identifiers that are not key words, e.g. com.example.migrations",
                () -> MigrationTemplate.defaults().withPackageName("class"));
        assertMessage(InvalidTemplateException.class, "class name pattern {date}_{seq}_{Name} gives 20260220_001_X, "
                        + "which is not a Java class name: start the pattern with a letter, e.g. M{date}_{seq}_{Name}",
                () -> new MigrationWriter(MigrationTemplate.defaults().withClassNamePattern("{date}_{seq}_{Name}"))
                        .write(revision("x")));
        assertMessage(InvalidTemplateException.class, "class name pattern M{seq}_{Name}_{author} has an unknown "
                        + "placeholder {author}: use {date}, {time}, {seq}, {name} or {Name}",
                () -> new MigrationWriter(MigrationTemplate.defaults().withClassNamePattern("M{seq}_{Name}_{author}"))
                        .render(revision("x")));
        assertMessage(InvalidTemplateException.class, "class name pattern M{date} must hold {seq} and {name} or "
                + "{Name}, so every revision gets its own class", () -> MigrationTemplate.defaults().withClassNamePattern("M{date}"));
        assertFalse(Files.exists(directory.resolve("migrations")));
    }

    @Test
    void concurrentIndexesMakeTheRevisionNonTransactional() {
        IndexDef index = IndexDef.on("idx_users_phone", false, "phone");
        String source = writer().render(NewRevision.of("index phone", List.of(), CREATED,
                List.of(new CreateIndex(USERS, index, true)))).source();
        assertTrue(source.contains("""
                    /**
                     * Not in one transaction: CREATE INDEX CONCURRENTLY cannot run inside one.
                     */
                    @Override
                    public boolean transactional() {
                        return false;
                    }
                """), source);
        assertFalse(writer().render(revision("x")).source().contains("transactional"));
    }

    @Test
    void aWarningOnAnOpOutsideTheRevisionIsAnError() {
        SchemaOp other = new DropColumn(USERS, ColumnDef.of("email", SqlType.of("text")));
        NewRevision revision = revision("x").withWarnings(List.of(new OpWarning(other, "lost")));
        assertMessage(IllegalArgumentException.class, "warning \"lost\" is about an op that is in neither the upgrade "
                + "nor the downgrade: drop column public.users.email", () -> writer().render(revision));
    }

    private static void assertMessage(Class<? extends Throwable> type, String message, Executable call) {
        assertEquals(message, assertThrows(type, call).getMessage());
    }
}
