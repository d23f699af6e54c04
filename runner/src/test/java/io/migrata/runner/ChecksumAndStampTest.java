package io.migrata.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migrata.runner.checksum.ChecksumMismatchException;
import io.migrata.runner.graph.InvalidTargetException;
import io.migrata.runner.load.MigrationSource;
import io.migrata.runner.version.UnknownAppliedRevisionException;
import io.migrata.testing.PostgresExtension;
import io.migrata.testing.TestDatabase;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Edited revisions, their repair, and stamps over version rows the code does not know. */
@ExtendWith(PostgresExtension.class)
class ChecksumAndStampTest {

    @TempDir
    Path project;

    private Migrator migrator(TestDatabase db) {
        return new Migrator(MigratorConfig.of(MigrationSource.directory(project.resolve("versions")), db::connect)
                .withCacheDirectory(project.resolve(".migrata")));
    }

    private void write(String phoneType, String comment) throws Exception {
        Path versions = project.resolve("versions");
        MigrationFile.of("001_users").up("CREATE TABLE users (id integer PRIMARY KEY)").down("DROP TABLE users").writeTo(versions);
        MigrationFile.of("002_phone", "001_users").body(comment)
                .up("ALTER TABLE users ADD COLUMN phone " + phoneType).down("ALTER TABLE users DROP COLUMN phone")
                .writeTo(versions);
        MigrationFile.of("003_email", "002_phone")
                .up("ALTER TABLE users ADD COLUMN email text").down("ALTER TABLE users DROP COLUMN email")
                .writeTo(versions);
    }

    @Test
    void editingAnAppliedRevisionStopsUpgradeAndDowngradeUntilRepaired(TestDatabase db) throws Exception {
        write("character varying(20)", "");
        migrator(db).upgrade("002_phone");

        write("character varying(20)", "    // Phone numbers in E.164 form; the comment does not change what runs.\n");
        migrator(db).upgrade("head");
        migrator(db).downgrade("002_phone");

        write("character varying(32)", "");
        ChecksumMismatchException upgrade = assertThrows(ChecksumMismatchException.class, () -> migrator(db).upgrade("head"));
        assertEquals(List.of("002_phone"), upgrade.mismatches().stream().map(ChecksumMismatchException.Mismatch::revision).toList());
        assertTrue(upgrade.getMessage().contains("migrata stamp --repair 002_phone"), upgrade.getMessage());
        assertTrue(upgrade.getMessage().contains("M002_phone.java"), upgrade.getMessage());
        assertThrows(ChecksumMismatchException.class, () -> migrator(db).downgrade("base"));
        assertEquals(List.of("002_phone"), new DatabaseFacts(db).versionRows(), "nothing ran");
        assertTrue(migrator(db).history().get(1).edited());

        assertEquals(List.of("002_phone"), migrator(db).repair("002_phone"));
        assertEquals(List.of(), migrator(db).repair("002_phone"), "a second repair finds nothing to record");
        assertFalse(migrator(db).history().get(1).edited());
        migrator(db).upgrade("head");
        assertEquals(List.of("003_email"), new DatabaseFacts(db).versionRows());
        assertEquals(List.of("001_users upgrade true", "002_phone upgrade true", "003_email upgrade true",
                "003_email downgrade true", "002_phone repair true", "003_email upgrade true"), new DatabaseFacts(db).historyRows());
    }

    @Test
    void repairNeedsAnAppliedRevision(TestDatabase db) throws Exception {
        write("text", "");
        migrator(db).upgrade("001_users");
        InvalidTargetException error = assertThrows(InvalidTargetException.class, () -> migrator(db).repair("003_email"));
        assertTrue(error.getMessage().contains("is not applied"), error.getMessage());
    }

    @Test
    void aDowngradedRevisionMayBeEditedFreely(TestDatabase db) throws Exception {
        write("text", "");
        migrator(db).upgrade("head");
        migrator(db).downgrade("001_users");
        write("character varying(40)", "");
        migrator(db).upgrade("head");
        assertEquals(List.of("character varying"),
                new DatabaseFacts(db).strings("SELECT data_type FROM information_schema.columns WHERE column_name = 'phone'"));
    }

    @Test
    void versionRowsTheCodeDoesNotKnowStopEverythingButAPurgingStamp(TestDatabase db) throws Exception {
        write("text", "");
        migrator(db).upgrade("head");
        db.execute("UPDATE migrata_version SET version_num = '999_from_another_branch'");

        UnknownAppliedRevisionException error = assertThrows(UnknownAppliedRevisionException.class, () -> migrator(db).upgrade("head"));
        assertEquals(List.of("999_from_another_branch"), error.revisions());
        assertTrue(error.getMessage().contains("stamp --purge"), error.getMessage());
        assertThrows(UnknownAppliedRevisionException.class, () -> migrator(db).stamp("head"));
        assertEquals(List.of("999_from_another_branch"), migrator(db).current());

        migrator(db).stamp("head", true);
        assertEquals(List.of("003_email"), new DatabaseFacts(db).versionRows());
        assertTrue(migrator(db).pending().isEmpty());
    }

    @Test
    void stampBaseEmptiesTheVersionTableAndRecordsEachRevision(TestDatabase db) throws Exception {
        write("text", "");
        migrator(db).upgrade("head");
        migrator(db).stamp("base");
        DatabaseFacts facts = new DatabaseFacts(db);
        assertEquals(List.of(), facts.versionRows());
        assertEquals(List.of("id", "phone", "email"), facts.columns("users"), "stamp runs nothing");
        List<String> rows = facts.historyRows();
        assertEquals(List.of("003_email unstamp true", "002_phone unstamp true", "001_users unstamp true"), rows.subList(3, 6));
        migrator(db).stamp("002_phone");
        assertEquals(List.of("002_phone"), facts.versionRows());
        assertEquals(List.of("003_email"), migrator(db).pending().stream().map(r -> r.id()).toList());
    }
}
