package io.migrata.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.migrata.testing.PostgresExtension;
import io.migrata.testing.TestDatabase;
import java.nio.file.Path;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(PostgresExtension.class)
class PingCommandTest {

    @TempDir
    Path project;

    @Test
    void reportsServerUserDatabaseAndWhatTheUserMayCreate(TestDatabase db) throws SQLException {
        CliRun run = CliRun.run("-C", project.toString(), "ping", "--url", db.urlWithCredentials(), "--schema", "nowhere");
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        String version = Catalog.strings(db, "SHOW server_version");
        String[] lines = run.out().split("\n");
        assertTrue(lines[0].matches("connected to .+/" + db.name()), lines[0]);
        assertEquals("  server    PostgreSQL " + version, lines[1]);
        assertEquals("  ssl       no", lines[2]);
        assertTrue(lines[3].matches("  latency   \\d+\\.\\d\\d ms \\(median of 5 round trips\\)"), lines[3]);
        assertEquals("  user      " + db.user(), lines[4]);
        assertEquals("  database  " + db.name(), lines[5]);
        assertEquals("  may create tables in schema public", lines[6]);
        assertEquals("  schema nowhere does not exist; " + db.user() + " may create it", lines[7]);
        assertEquals(8, lines.length);
    }

    @Test
    void aUserWithoutCreateOnTheSchemaIsTold(TestDatabase db) throws SQLException {
        // Roles belong to the whole server: one per test database, so parallel runs do not meet.
        String role = "reader_" + db.name();
        db.execute("CREATE ROLE " + role + " LOGIN; CREATE SCHEMA app;"
                + " REVOKE CREATE ON SCHEMA public FROM PUBLIC; GRANT USAGE ON SCHEMA app TO " + role);
        try {
            String url = db.url() + (db.url().contains("?") ? "&" : "?") + "user=" + role;
            CliRun run = CliRun.run("-C", project.toString(), "ping", "--url", url, "--version-schema", "app", "--format", "json");
            assertEquals(ExitCode.OK, run.exitCode(), run.err());
            JsonNode report = Json.parse(run.out());
            assertEquals(role, report.get("user").asText());
            assertFalse(report.get("ssl").asBoolean());
            JsonNode app = null;
            for (JsonNode schema : report.get("schemas")) {
                if (schema.get("name").asText().equals("app")) app = schema;
            }
            assertTrue(app != null && app.get("exists").asBoolean() && !app.get("canCreateTables").asBoolean(), run.out());
            assertEquals("f", Catalog.strings(db, "SELECT has_schema_privilege('" + role + "', 'app', 'CREATE')"));
        } finally {
            db.execute("DROP OWNED BY " + role + "; DROP ROLE " + role);
        }
    }

    @Test
    void aServerThatDoesNotAnswerExitsThree() {
        CliRun.run("-C", project.toString(), "ping", "--url", "postgresql://u:Pw0rd@127.0.0.1:1/db").assertFailure(
                ExitCode.CANNOT_CONNECT,
                "migrata: cannot connect to 127.0.0.1:1: connection refused (is PostgreSQL running? check --url)", "Pw0rd");
    }
}
