package io.migrata.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.migrata.testing.PostgresExtension;
import io.migrata.testing.TestDatabase;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code migrata lint} on the shop's history plus a hand-written revision with blocking statements:
 * exit 1 naming each with its alternative, exit 0 on the clean part of the history, the same
 * findings as JSON and as notices of {@code upgrade --sql}.
 */
@ExtendWith(PostgresExtension.class)
class LintCommandTest {

    @Test
    void reportsBlockingStatementsWithTheSafeAlternative(TestDatabase db, @TempDir Path dir) {
        Project project = Project.of(dir, db, "shop");
        project.write("migrations/versions/M20260103_003_Blocking.java", """
                package migrations;

                import static io.migrata.schema.migration.Schema.column;
                import static io.migrata.schema.migration.Schema.index;
                import static io.migrata.schema.migration.Types.timestamptz;

                import io.migrata.schema.migration.Migration;
                import io.migrata.schema.migration.Operations;
                import io.migrata.schema.migration.Revision;

                @Revision(id = "003_blocking", parents = "002_invoices", message = "blocking")
                public final class M20260103_003_Blocking implements Migration {
                    public void upgrade(Operations op) {
                        op.execute("CREATE INDEX idx_customers_email ON customers (email); -- CREATE INDEX in a comment");
                        op.createIndex("customers", index("idx_customers_name").on("display_name"));
                        op.addColumn("customers", column("seen_at", timestamptz()).defaultTo("now()"));
                        op.execute("CREATE TABLE notes (id bigint); CREATE INDEX idx_notes ON notes (id)", "DROP TABLE notes");
                    }

                    public void downgrade(Operations op) {
                        op.dropColumn("customers", "seen_at");
                        op.dropIndex("customers", "idx_customers_name");
                        op.execute("DROP INDEX idx_customers_email");
                    }
                }
                """);

        CliRun lint = project.run("lint");
        assertEquals(ExitCode.DIFFERENCES, lint.exitCode(), lint.err() + lint.out());
        assertTrue(lint.out().contains("003_blocking: CREATE INDEX idx_customers_email ON customers (email): holds a SHARE"
                + " lock on the table while the index builds, which blocks every write; instead: CREATE INDEX CONCURRENTLY"),
                lint.out());
        assertTrue(lint.out().contains("003_blocking: create index idx_customers_name on public.customers"), lint.out());
        assertTrue(lint.out().contains("instead: op.createIndex(table, index(...).concurrently())"), lint.out());
        assertTrue(lint.out().contains("2 blocking statements in 3 revisions"), lint.out());
        assertTrue(!lint.out().contains("seen_at"), "now() is stable, as PostgreSQL says: " + lint.out());
        assertTrue(!lint.out().contains("idx_notes"), "a table the revision creates is empty: " + lint.out());

        CliRun clean = project.run("lint", "-r", ":002");
        assertEquals(ExitCode.OK, clean.exitCode(), clean.err() + clean.out());
        assertTrue(clean.out().contains("no blocking statements in 2 revisions"), clean.out());

        JsonNode json = Json.parse(project.run("lint", "--format", "json").out());
        assertEquals(2, json.get("findings").size(), json.toString());
        assertEquals("create-index-not-concurrently", json.get("findings").get(0).get("rule").asText());

        CliRun script = project.run("upgrade", "--sql", "002:head");
        assertEquals(ExitCode.OK, script.exitCode(), script.err());
        assertEquals(2, script.err().lines().filter(line -> line.contains("lint: 003_blocking: ")).count(), script.err());
    }
}
