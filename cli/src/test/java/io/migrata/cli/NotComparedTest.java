package io.migrata.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.migrata.testing.PostgresExtension;
import io.migrata.testing.TestDatabase;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Objects Migrata does not model are never passed over in silence: inspect lists them, and diff,
 * check and drift name them by kind and count, in text and JSON, also when nothing else differs.
 */
@ExtendWith(PostgresExtension.class)
class NotComparedTest {

    /** Event triggers are the database's, not a schema's: they count in a comparison of {@code public} alone. */
    private static final String BY_HAND = """
            CREATE SCHEMA ops;
            CREATE FUNCTION ops.on_ddl() RETURNS event_trigger LANGUAGE plpgsql AS $$BEGIN END$$;
            CREATE EVENT TRIGGER ddl_watch ON ddl_command_start EXECUTE FUNCTION ops.on_ddl();
            CREATE EVENT TRIGGER ddl_end_watch ON ddl_command_end EXECUTE FUNCTION ops.on_ddl();
            CREATE RULE keep_customers AS ON DELETE TO customers DO INSTEAD NOTHING;
            """;

    @TempDir
    Path dir;

    @Test
    void diffNamesThemInTextAndJsonInsteadOfSayingNoDifferences(TestDatabase a, TestDatabase b) throws Exception {
        String table = "CREATE TABLE customers (id bigint PRIMARY KEY);";
        a.execute(table);
        b.execute(table + BY_HAND);
        CliRun text = CliRun.run("-C", dir.toString(), "diff", "--from", a.urlWithCredentials(), "--to", b.urlWithCredentials(),
                "--schema", "public");
        assertEquals(ExitCode.OK, text.exitCode(), text.err());
        String counted = "1 rule, 2 event triggers in " + label(b);
        assertEquals("not compared: " + counted + " (Migrata does not model these; migrata inspect lists them)\n", text.out());
        assertTrue(text.err().contains("no differences between " + label(a) + " and " + label(b) + "; not compared: " + counted),
                text.err());

        CliRun json = CliRun.run("-C", dir.toString(), "diff", "--from", a.urlWithCredentials(), "--to", b.urlWithCredentials(),
                "--schema", "public", "--format", "json");
        JsonNode diff = Json.parse(json.out());
        assertTrue(diff.get("equal").asBoolean());
        List<String> found = new ArrayList<>();
        for (JsonNode entry : diff.get("notCompared")) {
            found.add(entry.get("source").asText() + ": " + entry.get("count").asInt() + " " + entry.get("kind").asText() + " "
                    + Json.strings(entry.get("objects")));
        }
        assertEquals(List.of(label(b) + ": 1 rule [keep_customers on public.customers]",
                label(b) + ": 2 event trigger [ddl_end_watch, ddl_watch]"), found);
    }

    @Test
    void inspectListsThem(TestDatabase db) throws Exception {
        db.execute("CREATE TABLE customers (id bigint PRIMARY KEY);" + BY_HAND);
        CliRun text = CliRun.run("inspect", "--url", db.urlWithCredentials(), "--schema", "public");
        assertEquals(ExitCode.OK, text.exitCode(), text.err());
        assertTrue(text.out().endsWith("""

                not modeled, so never compared by diff, check or drift (3):
                  rule keep_customers on public.customers
                  event trigger ddl_end_watch
                  event trigger ddl_watch
                """), text.out());
        JsonNode json = Json.parse(CliRun.run("inspect", "--url", db.urlWithCredentials(), "--schema", "public", "--format", "json").out());
        List<String> listed = new ArrayList<>();
        for (JsonNode object : json.get("notModeled")) {
            listed.add(object.get("kind").asText() + "|" + object.get("schema").asText() + "|" + object.get("name").asText());
        }
        assertEquals(List.of("rule|public|keep_customers on public.customers", "event trigger|null|ddl_end_watch",
                "event trigger|null|ddl_watch"), listed);
    }

    @Test
    void driftAndCheckNameThemToo(TestDatabase db) throws Exception {
        Project shop = Project.of(dir, db, "shop");
        Map<String, String> env = Map.of("DATABASE_URL", db.urlWithCredentials(), "MIGRATA_SCHEMAS", "public");
        assertEquals(ExitCode.OK, shop.run(env, "upgrade", "head").exitCode());
        db.execute(BY_HAND);
        CliRun drift = shop.run(env, "drift");
        assertEquals(ExitCode.OK, drift.exitCode(), drift.err());
        assertTrue(drift.out().startsWith("not compared: 1 rule, 2 event triggers in " + label(db)), drift.out());
        assertTrue(drift.err().contains("no drift: ") && drift.err().contains("; not compared: 1 rule, 2 event triggers in "),
                drift.err());
        JsonNode json = Json.parse(shop.run(env, "drift", "--format", "json").out());
        assertEquals(2, json.get("notCompared").size());

        shop.write("migrations/versions/M20260103_003_Rule.java", """
                package migrations;

                import io.migrata.schema.migration.Migration;
                import io.migrata.schema.migration.Operations;
                import io.migrata.schema.migration.Revision;

                @Revision(id = "003_rule", parents = "002_invoices", message = "rule", created = "2026-01-03T10:00:00Z")
                public final class M20260103_003_Rule implements Migration {
                    @Override
                    public void upgrade(Operations op) {
                        op.execute("CREATE RULE keep_invoices AS ON DELETE TO public.invoices DO INSTEAD NOTHING");
                    }

                    @Override
                    public void downgrade(Operations op) {
                        op.execute("DROP RULE keep_invoices ON public.invoices");
                    }
                }
                """);
        CliRun check = shop.run("check");
        assertEquals(ExitCode.OK, check.exitCode(), check.err());
        assertTrue(check.err().contains("the entities match the migrations' head (003_rule); not compared: 1 rule in head (003_rule)"),
                check.err());
    }

    private static String label(TestDatabase db) {
        return db.server().host() + ":" + db.server().port() + "/" + db.name();
    }
}
