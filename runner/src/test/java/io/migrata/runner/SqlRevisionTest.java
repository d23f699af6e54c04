package io.migrata.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migrata.runner.checksum.ChecksumMismatchException;
import io.migrata.runner.execute.MigrationFailedException;
import io.migrata.runner.graph.RevisionNode;
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

/** Revisions written as {@code .sql} files, in one graph with Java revisions, judged by what PostgreSQL then holds. */
@ExtendWith(PostgresExtension.class)
class SqlRevisionTest {

    @TempDir
    Path project;

    private Path versions() {
        return project.resolve("versions");
    }

    private Migrator migrator(TestDatabase db) {
        return new Migrator(MigratorConfig.of(MigrationSource.directory(versions()), db == null ? null : db::connect)
                .withCacheDirectory(project.resolve(".migrata")));
    }

    private void sql(String file, String text) throws Exception {
        Files.createDirectories(versions());
        Files.writeString(versions().resolve(file), text);
    }

    /** 001 in Java, 002 and 003 in SQL (003 outside a transaction), 004 in Java after 003. */
    private void writeMixedHistory() throws Exception {
        MigrationFile.of("001_accounts")
                .upCode("op.createTable(\"accounts\", column(\"id\", bigint()).notNull(), column(\"email\", text()).notNull(),"
                        + " column(\"updated_at\", timestamptz()), primaryKey(\"id\"));")
                .downCode("op.dropTable(\"accounts\");")
                .writeTo(versions());
        sql("V2_touch.sql", """
                -- revision: 002_touch_updated_at
                -- parents: 001_accounts
                -- message: keep updated_at current
                -- created: 2026-11-24T10:00:00Z

                -- The trigger function; its body has semicolons of its own.
                CREATE FUNCTION touch_updated_at() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    NEW.updated_at := now();
                    RETURN NEW;
                END;
                $$;
                CREATE TRIGGER accounts_touch BEFORE UPDATE ON accounts
                    FOR EACH ROW EXECUTE FUNCTION touch_updated_at();
                INSERT INTO accounts (id, email) VALUES (1, 'a;b@example.com');

                -- migrata:down
                DROP TRIGGER accounts_touch ON accounts;
                DROP FUNCTION touch_updated_at();
                """);
        sql("003_index_email.sql", """
                -- revision: 003_index_email
                -- parents: 002_touch_updated_at
                -- transactional: false
                -- baseline: false
                CREATE UNIQUE INDEX CONCURRENTLY accounts_email_idx ON accounts (lower(email));
                -- migrata:down
                DROP INDEX CONCURRENTLY accounts_email_idx;
                """);
        MigrationFile.of("004_account_name", "003_index_email")
                .upCode("op.addColumn(\"accounts\", column(\"name\", text()));")
                .downCode("op.dropColumn(\"accounts\", \"name\");")
                .writeTo(versions());
    }

    @Test
    void sqlAndJavaRevisionsFormOneHistoryThatUpgradesAndDowngrades(TestDatabase db) throws Exception {
        writeMixedHistory();
        DatabaseFacts facts = new DatabaseFacts(db);

        migrator(db).upgrade("head");

        assertEquals(List.of("004_account_name"), facts.versionRows());
        assertEquals(List.of("001_accounts upgrade true", "002_touch_updated_at upgrade true", "003_index_email upgrade true",
                "004_account_name upgrade true"), facts.historyRows());
        assertEquals(List.of("accounts_touch"), facts.strings("SELECT tgname FROM pg_trigger WHERE NOT tgisinternal"));
        assertEquals(List.of("a;b@example.com"), facts.strings("SELECT email FROM accounts"));
        assertEquals(List.of("true"), facts.strings("SELECT indisvalid::text FROM pg_index WHERE indexrelid = 'accounts_email_idx'::regclass"));
        assertEquals(List.of("id", "email", "updated_at", "name"), facts.columns("accounts"));
        assertEquals("keep updated_at current", migrator(db).graph().get("002_touch_updated_at").message());
        assertEquals(versions().resolve("V2_touch.sql").toString(), migrator(db).graph().get("002_touch_updated_at").origin());
        assertTrue(migrator(db).graph().revisions().stream().noneMatch(RevisionNode::baseline));

        migrator(db).downgrade("001_accounts");
        assertEquals(List.of(), facts.strings("SELECT tgname FROM pg_trigger WHERE NOT tgisinternal"));
        assertEquals(List.of(), facts.strings("SELECT proname FROM pg_proc WHERE proname = 'touch_updated_at'"));
        assertEquals(List.of(), facts.indexes("accounts").stream().filter(i -> !i.endsWith("_pkey")).toList());
        assertEquals(List.of("001_accounts"), facts.versionRows());
    }

    @Test
    void theOfflineScriptOfASqlRevisionLeavesWhatTheRunnerLeaves(TestDatabase offline, TestDatabase online) throws Exception {
        writeMixedHistory();
        String script = migrator(null).upgradeSql("head");

        assertTrue(script.contains("-- revision 003_index_email runs outside a transaction\n"
                + "CREATE UNIQUE INDEX CONCURRENTLY accounts_email_idx ON accounts (lower(email));\nBEGIN;\n"), script);
        assertTrue(script.contains("    RETURN NEW;\nEND;\n$$;\nCREATE TRIGGER accounts_touch"), script);

        Psql.run(offline, project, script);
        migrator(online).upgrade("head");
        assertEquals(SchemaDump.of(online), SchemaDump.of(offline));
        String checksums = "SELECT string_agg(revision || '=' || checksum, ',' ORDER BY id) FROM migrata_history";
        assertEquals(new DatabaseFacts(online).strings(checksums), new DatabaseFacts(offline).strings(checksums));
    }

    @Test
    void aFailingStatementOfASqlRevisionIsNamedAndNothingOfItStays(TestDatabase db) throws Exception {
        writeMixedHistory();
        sql("005_broken.sql", """
                -- revision: 005_broken
                -- parents: 004_account_name
                CREATE TABLE audit (id int);
                ALTER TABLE missing_table
                    ADD COLUMN x int;
                CREATE TABLE never_reached (id int);
                """);
        DatabaseFacts facts = new DatabaseFacts(db);

        MigrationFailedException error = assertThrows(MigrationFailedException.class, () -> migrator(db).upgrade("head"));

        assertEquals("005_broken", error.revision());
        assertEquals(2, error.statementNumber());
        assertEquals(3, error.statementCount());
        assertEquals("ALTER TABLE missing_table ADD COLUMN x int", error.statement());
        assertEquals(List.of("004_account_name"), facts.versionRows());
        assertEquals(List.of("accounts", "migrata_history", "migrata_progress", "migrata_version"), facts.tables("public"));
    }

    @Test
    void anEditedStatementIsAChecksumMismatchButAnEditedCommentIsNot(TestDatabase db) throws Exception {
        writeMixedHistory();
        migrator(db).upgrade("head");
        Path file = versions().resolve("003_index_email.sql");
        String original = Files.readString(file);

        Files.writeString(file, original.replace("-- transactional: false\n", "-- transactional: false\n\n-- Emails are unique.\n"));
        assertTrue(migrator(db).upgrade("head").isEmpty(), "a comment changes nothing");

        Files.writeString(file, original.replace("(lower(email))", "(email)"));
        ChecksumMismatchException error = assertThrows(ChecksumMismatchException.class, () -> migrator(db).upgrade("head"));
        assertEquals("003_index_email", error.mismatches().get(0).revision());
        assertEquals(file.toString(), error.mismatches().get(0).origin());
        assertEquals(List.of("004_account_name"), new DatabaseFacts(db).versionRows());
    }

    @Test
    void aSqlRevisionWithoutADownSectionCannotBeDowngradedAndStopsBeforeAnything(TestDatabase db) throws Exception {
        writeMixedHistory();
        sql("005_seed.sql", "-- revision: 005_seed\n-- parents: 004_account_name\nINSERT INTO accounts (id, email) VALUES (2, 'b');\n");
        migrator(db).upgrade("head");

        InvalidMigrationException error = assertThrows(InvalidMigrationException.class, () -> migrator(db).downgrade("base"));

        assertTrue(error.getMessage().contains("005_seed") && error.getMessage().contains("has no down section"), error.getMessage());
        assertEquals(List.of("005_seed"), new DatabaseFacts(db).versionRows());
        assertEquals(2, new DatabaseFacts(db).count("SELECT count(*) FROM accounts"));
    }

    @Test
    void noFileInTheVersionsDirectoryIsPassedOver() throws Exception {
        writeMixedHistory();
        sql("V7__add_index.sql", "CREATE INDEX accounts_name_idx ON accounts (name);\n");
        InvalidMigrationException flyway = assertThrows(InvalidMigrationException.class, () -> migrator(null).graph());
        assertTrue(flyway.getMessage().startsWith(versions().resolve("V7__add_index.sql") + ": this looks like a Flyway migration"),
                flyway.getMessage());
        Files.delete(versions().resolve("V7__add_index.sql"));

        sql("notes.txt", "remember to index accounts\n");
        InvalidMigrationException unknown = assertThrows(InvalidMigrationException.class, () -> migrator(null).graph());
        assertTrue(unknown.getMessage().startsWith(versions().resolve("notes.txt") + ": not a revision"), unknown.getMessage());
        Files.delete(versions().resolve("notes.txt"));

        sql(".notes.txt", "hidden files belong to editors\n");
        assertEquals(List.of("004_account_name"), migrator(null).heads());
    }

    @Test
    void aHeaderTypoOrATransactionStatementIsRefusedWithItsLine() throws Exception {
        sql("001_a.sql", "-- revision: 001_a\n-- parent: 000_none\nSELECT 1;\n");
        InvalidMigrationException typo = assertThrows(InvalidMigrationException.class, () -> migrator(null).graph());
        assertTrue(typo.getMessage().contains("line 2: unknown header key 'parent'"), typo.getMessage());

        sql("001_a.sql", "-- revision: 001_a\n\nBEGIN;\nCREATE TABLE a (id int);\nCOMMIT;\n");
        InvalidMigrationException begin = assertThrows(InvalidMigrationException.class, () -> migrator(null).graph());
        assertTrue(begin.getMessage().contains("line 3: BEGIN controls the transaction"), begin.getMessage());

        sql("001_a.sql", "-- revision: 001_a\n-- transactional: sometimes\nSELECT 1;\n");
        assertThrows(InvalidMigrationException.class, () -> migrator(null).graph());
    }
}
