package io.migrata.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migrata.testing.PostgresExtension;
import io.migrata.testing.SchemaDump;
import io.migrata.testing.TestDatabase;
import io.migrata.workflow.config.Setting;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code squash} on a real PostgreSQL, judged by {@code pg_dump} and the catalog: a database built
 * by the squashed history equals one built by the original history, downgrades the same way,
 * carries the rows the range's SQL inserted; databases at the end of the range, past it and before
 * it go on; one inside the range is refused with the way out.
 */
@ExtendWith(PostgresExtension.class)
class SquashTest {

    private static final String IMPORTS = """
            package migrations;

            import io.migrata.schema.migration.Migration;
            import io.migrata.schema.migration.Operations;
            import io.migrata.schema.migration.Revision;

            import static io.migrata.schema.migration.Schema.*;
            import static io.migrata.schema.migration.Types.*;

            """;

    @TempDir
    Path project;

    @Test
    void javaRangeBecomesOneRevisionThatBuildsTheSameDatabase(TestDatabase atEnd, TestDatabase reference, TestDatabase fresh,
                                                               TestDatabase inside, TestDatabase elsewhereAtEnd) throws Exception {
        writeJavaHistory();
        upgrade(reference, "head");
        String referenceDump = dump(reference);
        upgrade(atEnd, "004");
        upgrade(elsewhereAtEnd, "004");
        upgrade(inside, "003");
        upgrade(fresh, "001");
        String firstRevisionDump = dump(fresh);
        List<String> before = versionFiles();

        Squash squash;
        try (Migrata migrata = workflow(atEnd)) {
            squash = migrata.squash("002", "004", "users and orders");
        }
        assertTrue(squash.done(), () -> squash.replay().verdict());
        String id = squash.written().revisionId();
        assertEquals("002_users_and_orders", id);
        assertEquals(List.of("002_add_email", "003_seed_users", "004_create_orders"), squash.replaced());
        assertTrue(squash.databaseOutcome().startsWith("stamped"), squash.databaseOutcome());
        assertEquals(List.of(id), versionRows(atEnd));
        String source = Files.readString(squash.written().file());
        assertTrue(source.contains("replaces = {\"002_add_email\", \"003_seed_users\", \"004_create_orders\"}"), source);
        assertTrue(source.contains("parents = \"001_create_users\""), source);
        assertTrue(Files.readString(project.resolve("migrations/versions/M5_AddOrderNote.java"))
                .contains("parents = \"" + id + "\""));
        assertEquals(before.size() - 2, versionFiles().size(), versionFiles().toString());

        upgrade(fresh, "head");
        assertEquals(referenceDump, dump(fresh), "the squashed history builds what the original built");
        assertEquals(List.of("1:ada", "2:grace"), fresh.strings("SELECT id || ':' || name FROM users ORDER BY id"));

        upgrade(atEnd, "head");
        assertEquals(referenceDump, dump(atEnd), "the database at the end of the range goes on with its child");

        upgrade(elsewhereAtEnd, "head");
        assertEquals(List.of("005_add_order_note"), versionRows(elsewhereAtEnd), "a row naming the range's end resolves");

        try (Migrata migrata = workflow(inside)) {
            MigrataException refused = assertThrows(MigrataException.class, () -> migrata.upgrade("head"));
            assertEquals(MigrataException.Kind.USAGE, refused.kind());
            assertTrue(refused.getMessage().contains("inside the range 002_add_email .. 004_create_orders"), refused.getMessage());
        }
        assertEquals(List.of("003_seed_users"), versionRows(inside), "a refused database is left as it was");

        try (Migrata migrata = workflow(fresh)) {
            migrata.downgrade("001");
        }
        assertEquals(firstRevisionDump, dump(fresh), "the squashed downgrade undoes what the range's downgrades undid");
        assertEquals(List.of("users"), userTables(fresh));
        assertEquals(List.of("0"), fresh.strings("SELECT count(*)::text FROM users"), "the seed rows' downgrade ran too");
    }

    @Test
    void aDatabaseInsideTheRangeStopsTheSquashAndNothingChanges(TestDatabase inside) throws Exception {
        writeJavaHistory();
        upgrade(inside, "003");
        List<String> before = versionFiles();
        try (Migrata migrata = workflow(inside)) {
            MigrataException refused = assertThrows(MigrataException.class, () -> migrata.squash("002", "004", null));
            assertEquals(MigrataException.Kind.USAGE, refused.kind());
            assertTrue(refused.getMessage().contains("is at 003_seed_users, inside 002_add_email .. 004_create_orders"),
                    refused.getMessage());
        }
        assertEquals(before, versionFiles());
    }

    @Test
    void aRangeWithABranchLeavingItIsRefused(TestDatabase db) throws Exception {
        writeJavaHistory();
        write("M6_Side.java", IMPORTS + """
                @Revision(id = "006_side", parents = "003_seed_users", message = "side")
                public final class M6_Side implements Migration {
                    public void upgrade(Operations op) { op.execute("SELECT 1"); }
                    public void downgrade(Operations op) { op.execute("SELECT 1"); }
                }
                """);
        try (Migrata migrata = workflow(db)) {
            MigrataException refused = assertThrows(MigrataException.class, () -> migrata.squash("002", "004", null));
            assertTrue(refused.getMessage().contains("006_side branches off 003_seed_users"), refused.getMessage());
        }
    }

    @Test
    void sqlRevisionsSquashIntoASqlRevision(TestDatabase reference, TestDatabase fresh, TestDatabase past) throws Exception {
        write("V1.sql", """
                -- revision: 001_tags
                -- message: tags

                CREATE TABLE tags (id integer PRIMARY KEY, label text NOT NULL);

                -- migrata:down
                DROP TABLE tags;
                """);
        write("V2.sql", """
                -- revision: 002_seed_tags
                -- parents: 001_tags
                -- message: seed tags

                INSERT INTO tags VALUES (1, 'red'), (2, 'blue');
                CREATE FUNCTION tag_count() RETURNS bigint LANGUAGE sql AS $$ SELECT count(*) FROM tags; $$;

                -- migrata:down
                DROP FUNCTION tag_count();
                DELETE FROM tags;
                """);
        write("V3.sql", """
                -- revision: 003_tag_index
                -- parents: 002_seed_tags
                -- message: tag index

                CREATE UNIQUE INDEX tags_label ON tags (label); -- one label once

                -- migrata:down
                DROP INDEX tags_label;
                """);
        write("V4.sql", """
                -- revision: 004_tag_colour
                -- parents: 003_tag_index
                -- message: tag colour

                ALTER TABLE tags ADD COLUMN colour text;

                -- migrata:down
                ALTER TABLE tags DROP COLUMN colour;
                """);
        upgrade(reference, "head");
        upgrade(past, "head");
        String referenceDump = dump(reference);

        Squash squash;
        try (Migrata migrata = workflow(past)) {
            squash = migrata.squash("001", "003", "tag catalogue");
        }
        assertTrue(squash.done(), () -> squash.replay().verdict());
        assertTrue(squash.written().file().toString().endsWith(".sql"), squash.written().file().toString());
        assertTrue(squash.databaseOutcome().contains("past the range"), squash.databaseOutcome());
        String text = Files.readString(squash.written().file());
        assertTrue(text.contains("-- replaces: 001_tags, 002_seed_tags, 003_tag_index\n"), text);
        assertFalse(text.contains("-- parents:"), text);
        assertTrue(Files.readString(project.resolve("migrations/versions/V4.sql")).contains("-- parents: 001_tag_catalogue\n"));

        upgrade(fresh, "head");
        assertEquals(referenceDump, dump(fresh));
        assertEquals(List.of("2"), fresh.strings("SELECT tag_count()::text"));
        try (Migrata migrata = workflow(past)) {
            assertEquals(List.of(), migrata.upgrade("head").steps(), "a database past the range has nothing to do");
            migrata.downgrade("base");
        }
        assertEquals(List.of(), userTables(past));
    }

    @Test
    void aRangeWithAConcurrentIndexAndAnIrreversibleRevisionGivesOneOfTheSameKind(TestDatabase db) throws Exception {
        write("M1_CreateUsers.java", IMPORTS + """
                @Revision(id = "001_create_users", message = "create users")
                public final class M1_CreateUsers implements Migration {
                    public void upgrade(Operations op) {
                        op.createTable("users", column("id", bigint()).notNull(), column("name", text()), primaryKey("id"));
                    }
                    public void downgrade(Operations op) { op.dropTable("users"); }
                }
                """);
        write("M2_IndexNames.java", IMPORTS + """
                @Revision(id = "002_index_names", parents = "001_create_users", message = "index names")
                public final class M2_IndexNames implements Migration {
                    public void upgrade(Operations op) { op.createIndex("users", index("users_name").on("name").concurrently()); }
                    public void downgrade(Operations op) { op.dropIndex("users", "users_name"); }
                    public boolean transactional() { return false; }
                }
                """);
        write("M3_Cleanup.java", IMPORTS + """
                @Revision(id = "003_cleanup", parents = "002_index_names", message = "cleanup")
                public final class M3_Cleanup implements Migration {
                    public void upgrade(Operations op) { op.execute("DELETE FROM users WHERE name IS NULL"); }
                    public void downgrade(Operations op) { throw new UnsupportedOperationException("deleted rows do not come back"); }
                }
                """);
        Squash squash;
        try (Migrata migrata = workflow(db)) {
            squash = migrata.squash("002", "003", "names");
        }
        assertTrue(squash.done(), () -> squash.replay().verdict());
        assertTrue(squash.databaseOutcome().contains("before the range"), squash.databaseOutcome());
        String source = Files.readString(squash.written().file());
        assertTrue(source.contains("public boolean transactional() {"), source);
        assertTrue(source.contains("throw new UnsupportedOperationException(\"the squashed revision 003_cleanup could not be"
                + " downgraded either: deleted rows do not come back\");"), source);
        upgrade(db, "head");
        assertEquals(List.of("users_name"), db.strings("SELECT indexname FROM pg_indexes WHERE tablename = 'users'"
                + " AND indexname <> 'users_pkey'"));
        try (Migrata migrata = workflow(db)) {
            MigrataException refused = assertThrows(MigrataException.class, () -> migrata.downgrade("001"));
            assertTrue(refused.getMessage().contains("deleted rows do not come back"), refused.getMessage());
        }
        assertEquals(List.of("002_names"), versionRows(db));
    }

    private void writeJavaHistory() throws IOException {
        write("M1_CreateUsers.java", IMPORTS + """
                @Revision(id = "001_create_users", message = "create users")
                public final class M1_CreateUsers implements Migration {
                    public void upgrade(Operations op) {
                        op.createTable("users", column("id", bigint()).notNull(), column("name", text()).notNull(), primaryKey("id"));
                    }
                    public void downgrade(Operations op) { op.dropTable("users"); }
                }
                """);
        write("M2_AddEmail.java", IMPORTS + """
                @Revision(id = "002_add_email", parents = "001_create_users", message = "add email")
                public final class M2_AddEmail implements Migration {
                    public void upgrade(Operations op) {
                        op.addColumn("users", column("email", varchar(200)));
                        op.createIndex("users", index("users_email").on("email"));
                    }
                    public void downgrade(Operations op) {
                        op.dropIndex("users", "users_email");
                        op.dropColumn("users", "email");
                    }
                }
                """);
        write("M3_SeedUsers.java", IMPORTS + """
                @Revision(id = "003_seed_users", parents = "002_add_email", message = "seed users")
                public final class M3_SeedUsers implements Migration {
                    public void upgrade(Operations op) {
                        op.execute("INSERT INTO users (id, name) VALUES (1, 'ada'), (2, 'grace')", "DELETE FROM users");
                    }
                    public void downgrade(Operations op) { op.execute("DELETE FROM users"); }
                }
                """);
        write("M4_CreateOrders.java", IMPORTS + """
                @Revision(id = "004_create_orders", parents = "003_seed_users", message = "create orders")
                public final class M4_CreateOrders implements Migration {
                    public void upgrade(Operations op) {
                        op.createTable("orders", column("id", bigint()).identity(), column("user_id", bigint()).notNull(),
                                primaryKey("id"));
                        op.createForeignKey("orders", constraint("fk_orders_user").foreignKey("user_id").references("users", "id"));
                    }
                    public void downgrade(Operations op) { op.dropTable("orders"); }
                }
                """);
        write("M5_AddOrderNote.java", IMPORTS + """
                @Revision(id = "005_add_order_note", parents = "004_create_orders", message = "add order note")
                public final class M5_AddOrderNote implements Migration {
                    public void upgrade(Operations op) { op.addColumn("orders", column("note", text())); }
                    public void downgrade(Operations op) { op.dropColumn("orders", "note"); }
                }
                """);
    }

    private void write(String name, String text) throws IOException {
        Path versions = project.resolve("migrations/versions");
        Files.createDirectories(versions);
        Files.writeString(versions.resolve(name), text);
    }

    private List<String> versionFiles() throws IOException {
        try (Stream<Path> files = Files.list(project.resolve("migrations/versions"))) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }

    private void upgrade(TestDatabase db, String target) throws IOException {
        try (Migrata migrata = workflow(db)) {
            migrata.upgrade(target);
        }
    }

    private Migrata workflow(TestDatabase db) throws IOException {
        DataSource dataSource = db.dataSource();
        String devUrl = db.serverUrlWithCredentials();
        return Migrata.configure()
                .projectDirectory(project)
                .environment(Map.of())
                .dataSource(dataSource)
                .set(Setting.DEV_URL, devUrl)
                .load();
    }

    private static String dump(TestDatabase db) throws IOException, InterruptedException {
        return SchemaDump.of(db, "--exclude-table=migrata_*");
    }

    private static List<String> versionRows(TestDatabase db) throws SQLException {
        return db.strings("SELECT version_num FROM public.migrata_version ORDER BY version_num");
    }

    private static List<String> userTables(TestDatabase db) throws SQLException {
        return db.strings("SELECT tablename FROM pg_tables WHERE schemaname = 'public'"
                + " AND tablename NOT LIKE 'migrata\\_%' ORDER BY tablename");
    }

}
