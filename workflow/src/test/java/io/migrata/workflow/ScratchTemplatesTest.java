package io.migrata.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migrata.testing.PostgresExtension;
import io.migrata.testing.TestDatabase;
import io.migrata.workflow.config.Setting;
import io.migrata.workflow.connect.ScratchTemplates;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Replays of a history keep their scratch database on the server as a template, and a history
 * that extends a kept prefix is copied from it. The signal that a revision did not run again is
 * PostgreSQL's own: the first revision stores the id of the transaction that ran it in a column
 * default, so a run of that revision on another scratch database gives another number.
 */
@ExtendWith(PostgresExtension.class)
class ScratchTemplatesTest {

    private static final Pattern STAMP = Pattern.compile("DEFAULT '?(\\d+)");
    private static final String COPIED = "on a scratch database copied from migrata_tpl_";

    @TempDir
    Path project;

    private TestDatabase db;
    private Set<String> before;

    @BeforeEach
    void rememberTheTemplates(TestDatabase database) throws Exception {
        db = database;
        before = new HashSet<>(templates());
    }

    @AfterEach
    void dropTheTemplatesThisMade() throws Exception {
        for (String name : templates()) {
            if (!before.contains(name)) db.execute("DROP DATABASE IF EXISTS \"" + name + "\"");
        }
    }

    @Test
    void aHistoryThatGainedARevisionIsCopiedFromTheTemplateOfItsPrefixAndOnlyTheNewRevisionRuns() throws Exception {
        Path versions = versions(project);
        writeStampRevision(versions, "");
        List<String> notices = new ArrayList<>();
        String first = stampAtHead(project, true, notices);
        assertFalse(notices.stream().anyMatch(n -> n.contains(COPIED)), notices.toString());
        List<String> made = newTemplates();
        assertEquals(1, made.size(), made.toString());
        assertEquals(List.of("false"), db.strings("SELECT datallowconn::text FROM pg_catalog.pg_database WHERE datname = '"
                + made.get(0) + "'"), "a template refuses connections");

        writeRevision(versions, "002_second", "001_stamp", "CREATE TABLE second (id int PRIMARY KEY);", "DROP TABLE second;");
        notices.clear();
        String second = stampAtHead(project, true, notices);
        assertEquals(first, second, "001_stamp ran again instead of being copied");
        assertTrue(notices.stream().anyMatch(n -> n.contains(COPIED) && n.contains("1 of 2 revisions to run")), notices.toString());
        assertEquals(2, newTemplates().size(), "the longer prefix is kept too: " + newTemplates());

        // The same history without templates runs 001_stamp on a new database: another transaction.
        Path plain = Files.createTempDirectory(project, "plain");
        copyVersions(versions, versions(plain));
        notices.clear();
        String withoutTemplates = stampAtHead(plain, false, notices);
        assertNotEquals(first, withoutTemplates);
        assertFalse(notices.stream().anyMatch(n -> n.contains(COPIED)), notices.toString());
        assertEquals(2, newTemplates().size(), "with the setting off nothing is kept");
    }

    @Test
    void anEditedEarlierRevisionMissesEveryTemplateOfItsPrefixes() throws Exception {
        Path versions = versions(project);
        writeStampRevision(versions, "");
        String first = stampAtHead(project, true, new ArrayList<>());
        writeRevision(versions, "002_second", "001_stamp", "CREATE TABLE second (id int PRIMARY KEY);", "DROP TABLE second;");
        assertEquals(first, stampAtHead(project, true, new ArrayList<>()));

        writeStampRevision(versions, "-- edited\n");
        List<String> notices = new ArrayList<>();
        String edited = stampAtHead(project, true, notices);
        assertNotEquals(first, edited, "an edited 001_stamp must run again");
        assertFalse(notices.stream().anyMatch(n -> n.contains(COPIED)), notices.toString());
    }

    @Test
    void concurrentReplaysOfTheSameHistoryNeitherFailNorShareAScratchDatabase() throws Exception {
        List<Path> projects = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Path each = Files.createTempDirectory(project, "p" + i);
            writeStampRevision(versions(each), "");
            projects.add(each);
        }
        ExecutorService pool = Executors.newFixedThreadPool(projects.size());
        try {
            List<Future<String>> stamps = new ArrayList<>();
            for (Path each : projects) stamps.add(pool.submit((Callable<String>) () -> stampAtHead(each, true, new ArrayList<>())));
            Set<String> seen = new HashSet<>();
            for (Future<String> stamp : stamps) seen.add(stamp.get());
            assertEquals(1, newTemplates().size(), "one template for the one prefix: " + newTemplates());
            // The second round copies the template, all four at once.
            for (Path each : projects) {
                writeRevision(versions(each), "002_second", "001_stamp", "CREATE TABLE second (id int PRIMARY KEY);",
                        "DROP TABLE second;");
            }
            stamps.clear();
            for (Path each : projects) stamps.add(pool.submit((Callable<String>) () -> stampAtHead(each, true, new ArrayList<>())));
            Set<String> copied = new HashSet<>();
            for (Future<String> stamp : stamps) copied.add(stamp.get());
            assertEquals(1, copied.size(), "every copy holds the template's 001_stamp: " + copied);
            assertTrue(seen.containsAll(copied), seen + " " + copied);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(2, newTemplates().size(), newTemplates().toString());
    }

    @Test
    void theServerKeepsTheMostRecentlyUsedTemplatesOnly() throws Exception {
        List<String> made = new ArrayList<>();
        for (int i = 0; i < ScratchTemplates.KEPT + 2; i++) {
            Path each = Files.createTempDirectory(project, "h" + i);
            writeStampRevision(versions(each), "-- history " + i + "\n");
            Set<String> earlier = new HashSet<>(templates());
            stampAtHead(each, true, new ArrayList<>());
            List<String> added = templates().stream().filter(name -> !earlier.contains(name)).toList();
            assertEquals(1, added.size(), added.toString());
            made.add(added.get(0));
            assertTrue(templates().size() <= ScratchTemplates.KEPT, templates().toString());
        }
        List<String> left = templates();
        assertEquals(made.subList(made.size() - ScratchTemplates.KEPT, made.size()).stream().sorted().toList(),
                left.stream().filter(made::contains).toList(), "the least recently used went first");
    }

    /** The value the stamp column's default holds on the head the history builds, read from the rendered SQL. */
    private String stampAtHead(Path dir, boolean templates, List<String> notices) throws Exception {
        try (Migrata migrata = Migrata.configure()
                .projectDirectory(dir)
                .environment(Map.of())
                .dataSource(db.dataSource())
                .set(Setting.DEV_URL, db.serverUrlWithCredentials())
                .set(Setting.SCRATCH_TEMPLATES, Boolean.toString(templates))
                .listener(message -> {
                    synchronized (notices) {
                        notices.add(message);
                    }
                })
                .load()) {
            Comparison diff = migrata.diff(DiffRequest.between("database", "head").withSql(true));
            String sql = diff.statements().stream().flatMap(List::stream).map(Comparison.SqlStatement::sql)
                    .reduce("", (a, b) -> a + "\n" + b);
            Matcher stamp = STAMP.matcher(sql.substring(sql.indexOf("stamp")));
            assertTrue(stamp.find(), sql);
            return stamp.group(1);
        }
    }

    private List<String> templates() throws Exception {
        return db.strings("SELECT datname FROM pg_catalog.pg_database WHERE datname LIKE 'migrata\\_tpl\\_%' ORDER BY 1");
    }

    private List<String> newTemplates() throws Exception {
        return templates().stream().filter(name -> !before.contains(name)).toList();
    }

    private static Path versions(Path dir) throws Exception {
        return Files.createDirectories(dir.resolve("migrations/versions"));
    }

    private static void writeStampRevision(Path versions, String extra) throws Exception {
        writeRevision(versions, "001_stamp", null, extra + "CREATE TABLE stamp (id int PRIMARY KEY, tx bigint);\n"
                + "DO $$ BEGIN EXECUTE format('ALTER TABLE stamp ALTER COLUMN tx SET DEFAULT %s', txid_current()); END $$;",
                "DROP TABLE stamp;");
    }

    private static void writeRevision(Path versions, String id, String parent, String up, String down) throws Exception {
        Files.writeString(versions.resolve(id + ".sql"), "-- revision: " + id + "\n"
                + (parent == null ? "" : "-- parents: " + parent + "\n")
                + "-- message: " + id + "\n-- created: 2026-12-01T10:00:00Z\n\n" + up + "\n\n-- migrata:down\n" + down + "\n");
    }

    private static void copyVersions(Path from, Path to) throws Exception {
        try (var files = Files.list(from)) {
            for (Path file : files.toList()) Files.copy(file, to.resolve(file.getFileName()));
        }
    }
}
