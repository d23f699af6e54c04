package io.migrata.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migrata.runner.execute.AppliedStep;
import io.migrata.runner.graph.StampPlan;
import io.migrata.runner.load.MigrationSource;
import io.migrata.runner.version.HistoryAction;
import io.migrata.runner.version.HistoryEntry;
import io.migrata.testing.PostgresExtension;
import io.migrata.testing.TestDatabase;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seed guide's workflow, step by step, each step judged by the database's own catalogs:
 * upgrade head, current, history, downgrade -1, upgrade +1, downgrade base, upgrade to a revision,
 * stamp head.
 */
@ExtendWith(PostgresExtension.class)
class SeedWorkflowTest {

    /** The seed's first revisions, written with the Operations API as a developer would; downgrades use short forms. */
    static void writeSeedHistory(Path versions) throws Exception {
        MigrationFile.of("001_initial_schema").message("initial schema")
                .upCode("op.createTable(\"users\", column(\"id\", bigint()).identity(),"
                        + " column(\"email\", varchar(255)).notNull().unique(),"
                        + " column(\"created_at\", timestamptz()).defaultTo(\"now()\"), primaryKey(\"id\"));")
                .upCode("op.createTable(\"meters\", column(\"id\", bigint()).identity(),"
                        + " column(\"user_id\", bigint()).notNull(), column(\"meter_id\", varchar(50)).notNull(),"
                        + " primaryKey(\"id\"), foreignKey(\"user_id\").references(\"users\", \"id\").onDelete(CASCADE),"
                        + " index(\"idx_meters_user_id\").on(\"user_id\"));")
                .downCode("op.dropTable(\"meters\");")
                .downCode("op.dropTable(\"users\");")
                .writeTo(versions);
        MigrationFile.of("002_add_user_phone", "001_initial_schema").message("add user phone")
                .upCode("op.addColumn(\"users\", column(\"phone\", varchar(20)));")
                .downCode("op.dropColumn(\"users\", \"phone\");")
                .writeTo(versions);
        MigrationFile.of("003_add_bills", "002_add_user_phone").message("add bills")
                .upCode("op.createTable(\"bills\", column(\"id\", bigint()).identity(),"
                        + " column(\"meter_id\", bigint()).notNull(), column(\"amount\", numeric(12, 2)).notNull(),"
                        + " primaryKey(\"id\"), foreignKey(\"meter_id\").references(\"meters\", \"id\"));")
                .downCode("op.dropTable(\"bills\");")
                .writeTo(versions);
    }

    @Test
    void theSeedWorkflow(TestDatabase db, @TempDir Path project) throws Exception {
        Path versions = project.resolve("migrations/versions");
        writeSeedHistory(versions);
        Migrator migrator = new Migrator(MigratorConfig.of(MigrationSource.directory(versions), db::connect)
                .withCacheDirectory(project.resolve(".migrata")));
        DatabaseFacts facts = new DatabaseFacts(db);

        List<AppliedStep> applied = migrator.upgrade("head");
        assertEquals(3, applied.size());
        assertEquals(List.of("bills", "meters", "migrata_history", "migrata_progress", "migrata_version", "users"), facts.tables("public"));
        assertEquals(List.of("id", "email", "created_at", "phone"), facts.columns("users"));
        assertEquals(List.of("003_add_bills"), facts.versionRows());
        String atHead = SchemaDump.of(db);

        assertEquals(facts.versionRows(), migrator.current());

        List<RevisionStatus> history = migrator.history();
        assertEquals(List.of("001_initial_schema", "002_add_user_phone", "003_add_bills"),
                history.stream().map(s -> s.revision().id()).toList());
        assertTrue(history.stream().allMatch(RevisionStatus::applied));
        assertTrue(history.get(2).current() && history.get(2).head());
        assertFalse(history.get(0).current());
        assertNotNull(history.get(0).appliedAt());
        assertEquals(List.of("001_initial_schema upgrade true", "002_add_user_phone upgrade true", "003_add_bills upgrade true"),
                facts.historyRows());
        List<HistoryEntry> log = migrator.log();
        assertEquals(64, log.get(0).checksum().length());
        assertEquals(facts.strings("SELECT current_user").get(0), log.get(0).databaseUser());
        assertNotNull(log.get(0).duration());

        migrator.downgrade("-1");
        assertEquals(List.of("meters", "migrata_history", "migrata_progress", "migrata_version", "users"), facts.tables("public"));
        assertEquals(List.of("002_add_user_phone"), facts.versionRows());

        migrator.upgrade("+1");
        assertEquals(List.of("003_add_bills"), facts.versionRows());
        assertEquals(atHead, SchemaDump.of(db), "downgrade -1 then upgrade +1 gives back the same schema");

        migrator.downgrade("base");
        assertEquals(List.of("migrata_history", "migrata_progress", "migrata_version"), facts.tables("public"));
        assertEquals(List.of(), facts.versionRows());
        assertEquals(0, facts.count("SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                + " WHERE n.nspname = 'public' AND c.relname NOT LIKE 'migrata_%'"));
        assertEquals(List.of(), migrator.current());

        migrator.upgrade("001_initial_schema");
        assertEquals(List.of("meters", "migrata_history", "migrata_progress", "migrata_version", "users"), facts.tables("public"));
        assertEquals(List.of("id", "email", "created_at"), facts.columns("users"));
        assertEquals(List.of("001_initial_schema"), facts.versionRows());

        StampPlan stamp = migrator.stamp("head");
        assertEquals(List.of("002_add_user_phone", "003_add_bills"), stamp.entering());
        assertEquals(List.of("003_add_bills"), facts.versionRows());
        assertEquals(List.of("meters", "migrata_history", "migrata_progress", "migrata_version", "users"), facts.tables("public"),
                "stamp runs no migration");
        assertEquals(List.of("002_add_user_phone stamp true", "003_add_bills stamp true"),
                facts.historyRows().subList(facts.historyRows().size() - 2, facts.historyRows().size()));
        assertEquals(HistoryAction.STAMP, migrator.log().get(migrator.log().size() - 1).action());
        assertTrue(migrator.pending().isEmpty());
    }
}
