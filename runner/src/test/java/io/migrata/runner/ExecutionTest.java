package io.migrata.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migrata.runner.execute.MigrationFailedException;
import io.migrata.runner.load.InvalidMigrationException;
import io.migrata.runner.load.MigrationSource;
import io.migrata.testing.PostgresExtension;
import io.migrata.testing.TestDatabase;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** How revisions run: transactions, statements outside them, failures and where they leave the database. */
@ExtendWith(PostgresExtension.class)
class ExecutionTest {

    @TempDir
    Path project;

    private Migrator migrator(TestDatabase db) {
        return new Migrator(MigratorConfig.of(MigrationSource.directory(project.resolve("versions")), db::connect)
                .withCacheDirectory(project.resolve(".migrata")));
    }

    private Path versions() {
        return project.resolve("versions");
    }

    private void writeBase() throws Exception {
        MigrationFile.of("001_base").up("CREATE TABLE base_table (id integer PRIMARY KEY)").down("DROP TABLE base_table")
                .writeTo(versions());
    }

    @Test
    void aFailingStatementRollsBackItsRevisionAndIsRecorded(TestDatabase db) throws Exception {
        writeBase();
        MigrationFile.of("002_broken", "001_base")
                .up("CREATE TABLE first_part (id integer)")
                .up("ALTER TABLE\n    missing_table ADD COLUMN x integer")
                .up("CREATE TABLE never_reached (id integer)")
                .down("DROP TABLE first_part").writeTo(versions());
        DatabaseFacts facts = new DatabaseFacts(db);

        MigrationFailedException error = assertThrows(MigrationFailedException.class, () -> migrator(db).upgrade("head"));

        assertEquals("002_broken", error.revision());
        assertEquals(2, error.statementNumber());
        assertEquals(3, error.statementCount());
        assertEquals("ALTER TABLE missing_table ADD COLUMN x integer", error.statement());
        assertEquals("relation \"missing_table\" does not exist", error.serverMessage());
        assertEquals("42P01", error.sqlState());
        assertEquals(0, error.statementsLeftApplied());
        assertEquals(List.of("001_base"), error.databaseAt());
        assertTrue(error.getMessage().startsWith("upgrade of revision 002_broken failed at statement 2 of 3:"), error.getMessage());
        assertTrue(error.getMessage().contains("the database is still at 001_base"), error.getMessage());

        assertEquals(List.of("base_table", "migrata_history", "migrata_progress", "migrata_version"), facts.tables("public"));
        assertEquals(List.of("001_base"), facts.versionRows());
        assertEquals(List.of("001_base upgrade true", "002_broken upgrade false"), facts.historyRows());
        assertTrue(facts.strings("SELECT error FROM migrata_history WHERE NOT success").get(0).contains("missing_table"));
    }

    @Test
    void aRevisionOutsideTransactionsSaysWhichStatementItReached(TestDatabase db) throws Exception {
        writeBase();
        MigrationFile.of("002_autocommit", "001_base").notTransactional()
                .up("CREATE TABLE part_a (id integer)")
                .up("CREATE TABLE part_b (id integer)")
                .up("SELECT 1 / 0")
                .down("DROP TABLE part_b").down("DROP TABLE part_a").writeTo(versions());
        DatabaseFacts facts = new DatabaseFacts(db);

        MigrationFailedException error = assertThrows(MigrationFailedException.class, () -> migrator(db).upgrade("head"));

        assertEquals(3, error.statementNumber());
        assertEquals(2, error.statementsLeftApplied());
        assertEquals("22012", error.sqlState());
        assertTrue(error.getMessage().contains("Statements 1 to 2 are committed and recorded in migrata_progress"), error.getMessage());
        assertEquals(List.of("base_table", "migrata_history", "migrata_progress", "migrata_version", "part_a", "part_b"), facts.tables("public"));
        assertEquals(List.of("001_base"), facts.versionRows());
    }

    @Test
    void aStatementThatCannotRunInATransactionRunsBetweenTwo(TestDatabase db) throws Exception {
        writeBase();
        MigrationFile.of("002_index", "001_base")
                .up("CREATE TABLE indexed (id integer, name text)")
                .upOutsideTransaction("CREATE INDEX CONCURRENTLY indexed_name_idx ON indexed (name)")
                .up("ALTER TABLE indexed ADD COLUMN extra integer")
                .down("DROP TABLE indexed").writeTo(versions());
        DatabaseFacts facts = new DatabaseFacts(db);

        migrator(db).upgrade("head");

        assertEquals(List.of("indexed_name_idx"), facts.indexes("indexed"));
        assertEquals(List.of("true"), facts.strings("SELECT indisvalid::text FROM pg_index WHERE indexrelid = 'indexed_name_idx'::regclass"));
        assertEquals(List.of("id", "name", "extra"), facts.columns("indexed"));
        assertEquals(List.of("002_index"), facts.versionRows());
        migrator(db).downgrade("-1");
        assertEquals(List.of("001_base"), facts.versionRows());
    }

    @Test
    void aFailureAfterACommittedStatementOutsideTheTransactionSaysWhatStays(TestDatabase db) throws Exception {
        writeBase();
        MigrationFile.of("002_index", "001_base")
                .up("CREATE TABLE indexed (id integer, name text)")
                .upOutsideTransaction("CREATE INDEX CONCURRENTLY indexed_name_idx ON indexed (name)")
                .up("ALTER TABLE indexed ADD COLUMN name text")
                .down("DROP TABLE indexed").writeTo(versions());

        MigrationFailedException error = assertThrows(MigrationFailedException.class, () -> migrator(db).upgrade("head"));

        assertEquals(3, error.statementNumber());
        assertEquals(2, error.statementsLeftApplied());
        assertEquals(List.of("indexed_name_idx"), new DatabaseFacts(db).indexes("indexed"));
        assertEquals(List.of("001_base"), new DatabaseFacts(db).versionRows());
    }

    @Test
    void versionTablesLiveInTheConfiguredSchemaUnderQuotedNames(TestDatabase db) throws Exception {
        writeBase();
        Migrator migrator = new Migrator(MigratorConfig.of(MigrationSource.directory(versions()), db::connect)
                .withCacheDirectory(project.resolve(".migrata")).withVersionSchema("Migrata Meta"));
        migrator.upgrade("head");
        DatabaseFacts facts = new DatabaseFacts(db);
        assertEquals(List.of("migrata_history", "migrata_progress", "migrata_version"), facts.tables("Migrata Meta"));
        assertEquals(List.of("base_table"), facts.tables("public"));
        assertEquals(List.of("001_base"), facts.versionRows("Migrata Meta"));
        assertEquals(List.of("001_base"), migrator.current());
    }

    @Test
    void aDowngradeThatRefusesToRunStopsBeforeTouchingTheDatabase(TestDatabase db) throws Exception {
        writeBase();
        Files.writeString(versions().resolve("M002_irreversible.java"), """
                import io.migrata.schema.migration.*;
                import io.migrata.schema.op.ExecuteSql;

                @Revision(id = "002_irreversible", parents = "001_base")
                public final class M002_irreversible implements Migration {
                    public void upgrade(Operations op) {
                        op.apply(ExecuteSql.irreversible("DELETE FROM base_table"));
                    }
                    public void downgrade(Operations op) {
                        throw new UnsupportedOperationException("deleted rows cannot come back");
                    }
                }
                """);
        Migrator migrator = migrator(db);
        migrator.upgrade("head");

        InvalidMigrationException error = assertThrows(InvalidMigrationException.class, () -> migrator.downgrade("base"));
        assertTrue(error.getMessage().contains("002_irreversible") && error.getMessage().contains("deleted rows cannot come back"),
                error.getMessage());
        DatabaseFacts facts = new DatabaseFacts(db);
        assertEquals(List.of("002_irreversible"), facts.versionRows());
        assertEquals(List.of("base_table", "migrata_history", "migrata_progress", "migrata_version"), facts.tables("public"));
    }

    @Test
    void aMergeRevisionReplacesItsParentsRows(TestDatabase db) throws Exception {
        writeBase();
        MigrationFile.of("002_left", "001_base").up("CREATE TABLE l (id integer)").down("DROP TABLE l").writeTo(versions());
        MigrationFile.of("002_right", "001_base").up("CREATE TABLE r (id integer)").down("DROP TABLE r").writeTo(versions());
        Migrator migrator = migrator(db);
        DatabaseFacts facts = new DatabaseFacts(db);

        migrator.upgrade("heads");
        assertEquals(List.of("002_left", "002_right"), facts.versionRows());

        MigrationFile.of("003_merge", "002_left", "002_right").up("SELECT 1").down("SELECT 1").writeTo(versions());
        Migrator merged = migrator(db);
        merged.upgrade("head");
        assertEquals(List.of("003_merge"), facts.versionRows());
        merged.downgrade("-1");
        assertEquals(List.of("002_left", "002_right"), facts.versionRows());
        assertEquals(List.of(), merged.downgrade("002_right"), "the other branch is left alone");
        merged.downgrade("001_base");
        assertEquals(List.of("001_base"), facts.versionRows());
        assertEquals(List.of("base_table", "migrata_history", "migrata_progress", "migrata_version"), facts.tables("public"));
    }
}
