package io.migrata.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migrata.runner.graph.InvalidTargetException;
import io.migrata.runner.load.MigrationSource;
import io.migrata.testing.PostgresExtension;
import io.migrata.testing.TestDatabase;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Offline scripts are written without a database, then run by psql: they must leave the same
 * schema, version rows and history as the online runner.
 */
@ExtendWith(PostgresExtension.class)
class OfflineSqlTest {

    @TempDir
    Path project;

    private Path writeHistory() throws Exception {
        Path versions = project.resolve("versions");
        SeedWorkflowTest.writeSeedHistory(versions);
        MigrationFile.of("004_bills_index", "003_add_bills").message("index bills by meter")
                .upCode("op.createTable(\"bill_notes\", column(\"id\", integer()).notNull(), column(\"note\", text()),"
                        + " primaryKey(\"id\"));")
                .upCode("op.createIndex(\"bills\", index(\"bills_meter_idx\").on(\"meter_id\").concurrently());")
                .downCode("op.dropIndex(\"bills\", \"bills_meter_idx\");")
                .downCode("op.dropTable(\"bill_notes\");")
                .writeTo(versions);
        MigrationFile.of("005_vacuum", "004_bills_index").notTransactional()
                .up("VACUUM bills").down("VACUUM bills").writeTo(versions);
        return versions;
    }

    @Test
    void anUpgradeScriptDoesWhatTheRunnerDoes(TestDatabase offline, TestDatabase online) throws Exception {
        Path versions = writeHistory();
        Migrator noDatabase = new Migrator(MigratorConfig.of(MigrationSource.directory(versions), null)
                .withCacheDirectory(project.resolve(".migrata")));

        String script = noDatabase.upgradeSql("head");

        // One transaction for each of 001-003; two for 004, split by its concurrent index build; one
        // after 005's statement for its version row.
        assertEquals(6, count(script, "BEGIN;\n"), script);
        assertEquals(6, count(script, "COMMIT;\n"), script);
        int concurrently = script.indexOf("\nCREATE INDEX CONCURRENTLY bills_meter_idx ON public.bills (meter_id);\n");
        assertTrue(concurrently > 0, script);
        assertTrue(script.lastIndexOf("COMMIT;", concurrently) > script.lastIndexOf("BEGIN;", concurrently), script);
        assertTrue(script.contains("-- revision 005_vacuum runs outside a transaction\nVACUUM bills;\nBEGIN;\n"), script);
        assertTrue(script.startsWith("-- Migrata upgrade base -> head\n"), script);
        assertTrue(script.contains("CREATE TABLE IF NOT EXISTS \"public\".\"migrata_version\""), script);
        assertTrue(script.contains("-- upgrade 001_initial_schema -> 002_add_user_phone: add user phone\nBEGIN;\n"
                + "ALTER TABLE public.users ADD COLUMN phone character varying(20);\n"
                + "DELETE FROM \"public\".\"migrata_version\" WHERE \"version_num\" IN ('001_initial_schema');\n"
                + "INSERT INTO \"public\".\"migrata_version\" (\"version_num\") VALUES ('002_add_user_phone');\n"), script);

        psql(offline, script);
        Migrator runner = new Migrator(MigratorConfig.of(MigrationSource.directory(versions), online::connect)
                .withCacheDirectory(project.resolve(".migrata")));
        runner.upgrade("head");

        assertEquals(SchemaDump.of(online), SchemaDump.of(offline));
        DatabaseFacts offlineFacts = new DatabaseFacts(offline);
        assertEquals(List.of("005_vacuum"), offlineFacts.versionRows());
        assertEquals(new DatabaseFacts(online).historyRows(), offlineFacts.historyRows());
        String checksums = "SELECT string_agg(checksum, ',' ORDER BY id) FROM migrata_history";
        assertEquals(new DatabaseFacts(online).strings(checksums), offlineFacts.strings(checksums));

        Migrator offlineRunner = new Migrator(MigratorConfig.of(MigrationSource.directory(versions), offline::connect)
                .withCacheDirectory(project.resolve(".migrata")));
        assertTrue(offlineRunner.pending().isEmpty(), "the runner accepts what the script recorded");

        psql(offline, noDatabase.downgradeSql("head:001_initial_schema"));
        assertEquals(List.of("001_initial_schema"), offlineFacts.versionRows());
        assertEquals(List.of("meters", "migrata_history", "migrata_progress", "migrata_version", "users"), offlineFacts.tables("public"));
    }

    /**
     * An online plan in a transactional revision: the script carries its steps in the runner's order,
     * each concurrent build and validation between the transactions, and psql applying it to a table
     * with rows leaves what the runner leaves.
     */
    @Test
    void anOnlinePlanKeepsItsStepsAndTransactionBoundariesOffline(TestDatabase offline, TestDatabase online) throws Exception {
        Path versions = project.resolve("versions");
        SeedWorkflowTest.writeSeedHistory(versions);
        MigrationFile.of("004_online", "003_add_bills").message("online steps on users")
                .upCode("op.execute(\"INSERT INTO users (email) SELECT 'u' || g FROM generate_series(1, 2000) g\","
                        + " \"DELETE FROM users\");")
                .upCode("op.createUniqueConstraintUsingIndex(\"users\", unique(\"phone\"));")
                .upCode("op.createCheckConstraintNotValid(\"users\", constraint(\"users_email_check\").check(\"email <> ''\"));")
                .upCode("op.validateConstraint(\"users\", \"users_email_check\");")
                .upCode("op.createIndex(\"users\", index(\"users_created_idx\").on(\"created_at\").concurrently());")
                .downCode("op.dropIndex(\"users\", index(\"users_created_idx\").on(\"created_at\").concurrently());")
                .downCode("op.dropConstraint(\"users\", \"users_email_check\");")
                .downCode("op.dropConstraint(\"users\", \"users_phone_key\");")
                .downCode("op.execute(\"DELETE FROM users\");")
                .writeTo(versions);
        Migrator noDatabase = new Migrator(MigratorConfig.of(MigrationSource.directory(versions), null)
                .withCacheDirectory(project.resolve(".migrata")));

        String script = noDatabase.upgradeSql("head");

        String revision = script.substring(script.indexOf("-- upgrade 003_add_bills -> 004_online"));
        List<String> expected = List.of(
                "BEGIN;",
                "INSERT INTO users (email) SELECT 'u' || g FROM generate_series(1, 2000) g;",
                "COMMIT;",
                "-- cannot run inside a transaction block",
                "CREATE UNIQUE INDEX CONCURRENTLY users_phone_key ON public.users (phone);",
                "BEGIN;",
                "ALTER TABLE public.users ADD CONSTRAINT users_phone_key UNIQUE USING INDEX users_phone_key;",
                "ALTER TABLE public.users ADD CONSTRAINT users_email_check CHECK (email <> '') NOT VALID;",
                "COMMIT;",
                "-- cannot run inside a transaction block",
                "ALTER TABLE public.users VALIDATE CONSTRAINT users_email_check;",
                "-- cannot run inside a transaction block",
                "CREATE INDEX CONCURRENTLY users_created_idx ON public.users (created_at);",
                "BEGIN;");
        List<String> lines = revision.lines().skip(1).limit(expected.size()).toList();
        assertEquals(expected, lines, script);

        psql(offline, script);
        Migrator runner = new Migrator(MigratorConfig.of(MigrationSource.directory(versions), online::connect)
                .withCacheDirectory(project.resolve(".migrata")));
        runner.upgrade("head");
        assertEquals(SchemaDump.of(online), SchemaDump.of(offline));
        DatabaseFacts facts = new DatabaseFacts(offline);
        assertEquals(List.of("2000"), facts.strings("SELECT count(*)::text FROM users"));
        assertEquals(List.of("0"), facts.strings("SELECT count(*)::text FROM pg_constraint WHERE NOT convalidated"));
        assertEquals(List.of("0"), facts.strings("SELECT count(*)::text FROM pg_index WHERE NOT indisvalid"));
    }

    @Test
    void rangesNeedTheirEnds() throws Exception {
        Path versions = writeHistory();
        Migrator noDatabase = new Migrator(MigratorConfig.of(MigrationSource.directory(versions), null).withCacheDirectory(null));
        String partial = noDatabase.upgradeSql("002_add_user_phone:003");
        assertTrue(partial.contains("-- upgrade 002_add_user_phone -> 003_add_bills") && !partial.contains("-> 002_add_user_phone"), partial);
        assertThrows(InvalidTargetException.class, () -> noDatabase.downgradeSql("base"));
        assertThrows(InvalidTargetException.class, () -> noDatabase.upgradeSql("+1:head"));
        assertThrows(NoDatabaseException.class, () -> noDatabase.upgrade("head"));
        assertThrows(NoDatabaseException.class, noDatabase::current);
    }

    private static int count(String text, String part) {
        int found = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) found++;
        return found;
    }

    private void psql(TestDatabase db, String script) throws Exception {
        Psql.run(db, project, script);
    }
}
