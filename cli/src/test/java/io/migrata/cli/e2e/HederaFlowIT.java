package io.migrata.cli.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.migrata.cli.Json;
import io.migrata.cli.e2e.MigrataProcess.Result;
import io.migrata.testing.PostgresExtension;
import io.migrata.testing.TestDatabase;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seed guide's workflows on Hedera Flow, each step a separate {@code migrata} process on a
 * fresh database, each checked in the database's own catalog: the history's three revisions up
 * and down, stamp, autogenerate after an entity change, the CI commands, and a migration that
 * fails half-way and is repaired by hand.
 */
@ExtendWith(PostgresExtension.class)
class HederaFlowIT {

    private static final String R1 = "001_initial_schema";
    private static final String R2 = "002_add_user_phone";
    private static final String R3 = "003_index_bills_by_meter_check_ocr_confidence";
    private static final List<String> TABLES = List.of("audit_logs", "bills", "disputes", "exchange_rates", "meters",
            "migrata_history", "migrata_progress", "migrata_version", "tariffs", "users", "verifications");

    @TempDir
    Path dir;

    private HederaProject project;
    private Map<String, String> environment;

    private Result migrata(int expectedExitCode, String... args) {
        Result result = MigrataProcess.run(project.dir(), environment, args);
        assertEquals(expectedExitCode, result.exitCode(), () -> "migrata " + String.join(" ", args) + "\n" + result);
        assertFalse(result.err().contains("\tat "), () -> "a stack trace\n" + result);
        return result;
    }

    private void start(TestDatabase db) {
        project = HederaProject.copy(dir.resolve("project"));
        environment = HederaProject.environment(db);
    }

    @Test
    void theGuidesWorkflowUpAndDownTheHistory(TestDatabase db) throws SQLException {
        start(db);

        migrata(0, "upgrade", "head");
        assertEquals(List.of(R3), versions(db));
        assertEquals(TABLES, tables(db));
        assertEquals("character varying(20)", columnType(db, "users", "phone"));
        assertTrue(hasIndex(db, "idx_bills_meter_period"));
        assertTrue(hasConstraint(db, "ck_verifications_ocr_confidence"));

        assertEquals(R3 + " (head)\n", migrata(0, "current").out());
        List<String> history = migrata(0, "history").out().lines().toList();
        assertEquals(3, history.size(), history::toString);
        assertTrue(history.get(0).startsWith(R2 + " -> " + R3 + " (head) (current)"), history::toString);
        assertTrue(history.get(2).startsWith("<base> -> " + R1), history::toString);

        migrata(0, "downgrade", "-1");
        assertEquals(List.of(R2), versions(db));
        assertFalse(hasIndex(db, "idx_bills_meter_period"));
        assertFalse(hasConstraint(db, "ck_verifications_ocr_confidence"));
        assertEquals("character varying(20)", columnType(db, "users", "phone"));

        migrata(0, "upgrade", "+1");
        assertEquals(List.of(R3), versions(db));
        assertTrue(hasIndex(db, "idx_bills_meter_period"));

        migrata(0, "downgrade", "base");
        assertEquals(List.of(), versions(db));
        assertEquals(List.of("migrata_history", "migrata_progress", "migrata_version"), tables(db));

        migrata(0, "upgrade", R1);
        assertEquals(List.of(R1), versions(db));
        assertEquals(TABLES, tables(db));
        assertEquals(null, columnType(db, "users", "phone"));

        // stamp runs no migration: the version table moves, the schema stays at 001.
        migrata(0, "stamp", "head");
        assertEquals(List.of(R3), versions(db));
        assertEquals(null, columnType(db, "users", "phone"));
        assertTrue(migrata(1, "drift").out().contains("phone"));

        migrata(0, "stamp", R1);
        migrata(0, "upgrade", "head");
        assertEquals("character varying(20)", columnType(db, "users", "phone"));
        migrata(0, "drift");
        migrata(0, "check");
        assertTrue(migrata(0, "verify").out().contains("ok      " + R3));

        db.execute("ALTER TABLE users ADD COLUMN nickname text");
        Result drift = migrata(1, "drift");
        assertTrue(drift.out().contains("public.users.nickname"), drift::toString);
        db.execute("ALTER TABLE users DROP COLUMN nickname");
        migrata(0, "drift");
    }

    /**
     * What Migrata believes the entities mean is what the migrations built: the entity model printed
     * by {@code inspect --entities} equals the database's, read by {@code inspect} after {@code upgrade
     * head}, both parsed as JSON. The one normalization is column order, which the comparisons ignore
     * and which a column added by a later revision changes in the database (it goes last).
     */
    @Test
    void theEntitiesModelEqualsTheModelOfTheDatabaseTheMigrationsBuilt(TestDatabase db) {
        start(db);
        migrata(0, "upgrade", "head");
        JsonNode database = columnsByName(Json.parse(migrata(0, "inspect", "--format", "json").out()));
        JsonNode entities = columnsByName(Json.parse(migrata(0, "inspect", "--entities", "--format", "json").out()));
        assertEquals(TABLES.size() - 3, entities.get("tables").size(), entities::toPrettyString);
        assertEquals(database, entities);
    }

    private static JsonNode columnsByName(JsonNode model) {
        for (JsonNode table : model.get("tables")) {
            List<JsonNode> columns = new ArrayList<>();
            table.get("columns").forEach(columns::add);
            columns.sort(Comparator.comparing(column -> column.get("name").asText()));
            ((ArrayNode) table.get("columns")).removeAll().addAll(columns);
        }
        return model;
    }

    @Test
    void autogenerateAfterAnEntityChange(TestDatabase db) throws SQLException {
        start(db);
        migrata(0, "upgrade", "head");
        project.changeEntity("User", source -> source.replace("    private OffsetDateTime updatedAt;",
                "    private OffsetDateTime updatedAt;\n\n    @Column(length = 40)\n    private String timezone;"));

        Result check = migrata(1, "check");
        assertTrue(check.out().contains("add column public.users.timezone character varying(40) NULL"), check::toString);

        Result revision = migrata(0, "revision", "--autogenerate", "-m", "add user timezone");
        assertTrue(revision.out().contains("004_add_user_timezone"), revision::toString);
        String source = project.revisionSource("_004_AddUserTimezone");
        assertTrue(source.contains("parents = \"" + R3 + "\""), source);
        assertTrue(source.contains("op.addColumn(\"users\", column(\"timezone\", varchar(40)));"), source);
        assertEquals(null, columnType(db, "users", "timezone"), "revision writes a file, it changes no database");

        migrata(0, "upgrade", "head");
        assertEquals(List.of("004_add_user_timezone"), versions(db));
        assertEquals("character varying(40)", columnType(db, "users", "timezone"));
        migrata(0, "check");
        migrata(0, "downgrade", "-1");
        assertEquals(null, columnType(db, "users", "timezone"));
    }

    @Test
    void aMigrationThatFailsHalfWayIsFixedByHandAndStamped(TestDatabase db) throws SQLException {
        start(db);
        migrata(0, "upgrade", "head");
        project.writeRevision("M20270101_004_UserNickname", """
                package io.migrata.examples.hedera.migrations;

                import static io.migrata.schema.migration.Schema.column;
                import static io.migrata.schema.migration.Types.text;

                import io.migrata.schema.migration.Migration;
                import io.migrata.schema.migration.Operations;
                import io.migrata.schema.migration.Revision;

                @Revision(id = "004_user_nickname", parents = "%s", message = "user nickname",
                          created = "2027-01-01T00:00:00Z")
                public final class M20270101_004_UserNickname implements Migration {
                    @Override
                    public void upgrade(Operations op) {
                        op.addColumn("users", column("nickname", text()));
                        op.execute("UPDATE user_profiles SET nickname = full_name");
                    }

                    @Override
                    public void downgrade(Operations op) {
                        op.dropColumn("users", "nickname");
                    }
                }
                """.formatted(R3));

        Result failed = migrata(4, "upgrade", "head");
        assertEquals(1, failed.err().lines().filter(l -> l.startsWith("migrata: ")).count(), failed::toString);
        String error = failed.err().lines().filter(l -> l.startsWith("migrata: ")).findFirst().orElseThrow();
        assertTrue(error.contains("004_user_nickname"), error);
        assertTrue(error.contains("statement 2 of 2"), error);
        assertTrue(error.contains("UPDATE user_profiles SET nickname = full_name"), error);
        assertTrue(error.contains("user_profiles"), error);

        // The failed revision rolled back whole; the attempt is on record.
        assertEquals(null, columnType(db, "users", "nickname"));
        assertEquals(List.of(R3), versions(db));
        assertEquals("false", CatalogSnapshot.value(db,
                "SELECT success::text FROM migrata_history WHERE revision = '004_user_nickname'"));
        assertEquals(R3 + "\n", migrata(0, "current").out());

        // The guide's way out: fix the cause and the database by hand, then stamp the revision it now matches.
        String broken = project.revisionSource("_004_UserNickname");
        project.writeRevision("M20270101_004_UserNickname", broken.replace("UPDATE user_profiles", "UPDATE users"));
        db.execute("ALTER TABLE users ADD COLUMN nickname text; UPDATE users SET nickname = full_name");
        migrata(0, "stamp", "004_user_nickname");
        assertEquals(List.of("004_user_nickname"), versions(db));
        assertEquals("004_user_nickname (head)\n", migrata(0, "current").out());
        migrata(0, "drift");
    }

    private static List<String> versions(TestDatabase db) throws SQLException {
        return CatalogSnapshot.strings(db, "SELECT version_num FROM migrata_version ORDER BY 1");
    }

    private static List<String> tables(TestDatabase db) throws SQLException {
        return CatalogSnapshot.strings(db, "SELECT table_name FROM information_schema.tables"
                + " WHERE table_schema = 'public' ORDER BY 1");
    }

    private static String columnType(TestDatabase db, String table, String column) throws SQLException {
        return CatalogSnapshot.value(db, "SELECT format_type(atttypid, atttypmod) FROM pg_attribute"
                + " WHERE attrelid = 'public." + table + "'::regclass AND attname = '" + column + "' AND NOT attisdropped");
    }

    private static boolean hasIndex(TestDatabase db, String name) throws SQLException {
        return CatalogSnapshot.value(db, "SELECT indexname FROM pg_indexes WHERE indexname = '" + name + "'") != null;
    }

    private static boolean hasConstraint(TestDatabase db, String name) throws SQLException {
        return CatalogSnapshot.value(db, "SELECT conname FROM pg_constraint WHERE conname = '" + name + "'") != null;
    }
}
