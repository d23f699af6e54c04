package io.migrata.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migrata.schema.op.SchemaOp;
import io.migrata.testing.PostgresExtension;
import io.migrata.testing.TestDatabase;
import io.migrata.workflow.config.Setting;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code check} and {@code drift} replay an unchanged history once: later commands take the schema
 * it built from the cache, and any edit to the history replays it again, with the new result.
 */
@ExtendWith(PostgresExtension.class)
class ReplayCacheWorkflowTest {

    private static final String SHOP = "io.migrata.workflow.fixtures.shop";
    private static final String REPLAYED = "replaying the migrations up to head";
    private static final String CACHED = "are unchanged since they were last replayed";

    @TempDir
    Path project;

    @Test
    void aRepeatedCheckUsesTheCachedSchemaAndAnEditedHistoryIsReplayedAgain(TestDatabase db) throws Exception {
        List<String> notices = new ArrayList<>();
        String initial;
        try (Migrata migrata = workflow(db, notices::add)) {
            initial = migrata.autogenerate(AutogenerateOptions.message("initial schema")).written().revisionId();
            migrata.upgrade("head");
        }
        for (int run = 1; run <= 3; run++) {
            notices.clear();
            try (Migrata migrata = workflow(db, notices::add)) {
                Comparison check = migrata.check();
                assertTrue(check.equal(), check.ops().toString());
                assertEquals(run == 1, notices.stream().anyMatch(n -> n.startsWith(REPLAYED)), run + ": " + notices);
                assertEquals(run > 1, notices.stream().anyMatch(n -> n.contains(CACHED)), run + ": " + notices);
            }
        }

        // A revision that takes away a column the entities have: the check must see it, so the old entry must not be used.
        Files.writeString(project.resolve("migrations/versions/002_no_name.sql"), "-- revision: 002_no_name\n-- parents: " + initial
                + "\n-- message: no name\n-- created: 2026-12-01T10:00:00Z\n\nALTER TABLE customers DROP COLUMN display_name;\n"
                + "\n-- migrata:down\nALTER TABLE customers ADD COLUMN display_name varchar(255);\n");
        notices.clear();
        try (Migrata migrata = workflow(db, notices::add)) {
            Comparison check = migrata.check();
            assertFalse(check.equal());
            assertEquals(List.of("add column public.customers.display_name"),
                    check.ops().stream().map(SchemaOp::describe).map(d -> d.replaceFirst(" (character|varchar|text).*$", "")).toList());
            assertTrue(notices.stream().anyMatch(n -> n.startsWith(REPLAYED)), notices.toString());
        }

        // drift keys on the revisions the database is at, which did not move.
        for (int run = 1; run <= 2; run++) {
            notices.clear();
            try (Migrata migrata = workflow(db, notices::add)) {
                assertTrue(migrata.drift().equal());
                assertEquals(run > 1, notices.stream().anyMatch(n -> n.contains(CACHED)), run + ": " + notices);
            }
        }
        db.execute("ALTER TABLE customers ADD COLUMN nickname text");
        try (Migrata migrata = workflow(db, notices::add)) {
            assertEquals(List.of("add column public.customers.nickname"), migrata.drift().ops().stream()
                    .map(SchemaOp::describe).map(d -> d.replaceFirst(" text NULL$", "")).toList());
        }
    }

    private Migrata workflow(TestDatabase db, WorkflowListener listener) throws java.io.IOException {
        Files.createDirectories(project.resolve("migrations/versions"));
        DataSource dataSource = db.dataSource();
        String devUrl = db.serverUrlWithCredentials();
        return Migrata.configure()
                .projectDirectory(project)
                .environment(Map.of())
                .dataSource(dataSource)
                .set(Setting.ENTITIES_PACKAGES, SHOP)
                .set(Setting.ENTITIES_NAMING, "spring-boot")
                .set(Setting.DEV_URL, devUrl)
                .listener(listener)
                .load();
    }
}
