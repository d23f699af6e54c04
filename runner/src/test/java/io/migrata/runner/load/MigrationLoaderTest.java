package io.migrata.runner.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migrata.runner.checksum.RevisionChecksum;
import io.migrata.runner.graph.DuplicateRevisionException;
import io.migrata.runner.graph.RevisionNode;

import io.migrata.schema.op.ExecuteSql;

import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationLoaderTest {

    @TempDir
    Path work;

    private Path versions() {
        return work.resolve("versions");
    }

    private void write(String name, String source) throws Exception {
        Files.createDirectories(versions());
        Files.writeString(versions().resolve(name), source);
    }

    private static String migration(String id, String parent, String sql, String comment) {
        return "import io.migrata.schema.migration.*;\nimport io.migrata.schema.op.ExecuteSql;\n\n" + comment
                + "@Revision(id = \"" + id + "\"" + (parent == null ? "" : ", parents = \"" + parent + "\"") + ")\n"
                + "public final class M" + id + " implements Migration {\n"
                + "    public void upgrade(Operations op) { op.apply(new ExecuteSql(\"" + sql + "\", null, true)); }\n"
                + "    public void downgrade(Operations op) { }\n}\n";
    }

    private static Path origin(LoadedMigration migration) throws Exception {
        return Path.of(migration.migration().getClass().getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    private Path cache() {
        return work.resolve(".migrata");
    }

    private List<Path> entries() throws Exception {
        try (Stream<Path> list = Files.list(cache().resolve("compiled"))) {
            return list.sorted().toList();
        }
    }

    @Test
    void compilesEachSourceOnceAndLoadsItFromItsOwnCacheEntryAfterwards() throws Exception {
        write("M001_a.java", migration("001_a", null, "CREATE TABLE a (id int)", ""));
        write("M002_b.java", migration("002_b", "001_a", "CREATE TABLE b (id int)", ""));

        LoadedMigrations first = new MigrationLoader(cache()).load(MigrationSource.directory(versions()));
        assertEquals(List.of("001_a", "002_b"), first.graph().revisions().stream().map(RevisionNode::id).toList());
        assertEquals(versions().resolve("M002_b.java").toString(), first.get("002_b").node().origin());
        assertEquals(2, entries().size(), "one entry per source");

        LoadedMigrations second = new MigrationLoader(cache()).load(MigrationSource.directory(versions()));
        Path entryOfA = origin(second.get("001_a"));
        Path entryOfB = origin(second.get("002_b"));
        assertTrue(entries().contains(entryOfA) && entries().contains(entryOfB) && !entryOfA.equals(entryOfB),
                entryOfA + " and " + entryOfB + " among " + entries());
        assertEquals(versions().resolve("M002_b.java").toString(), second.get("002_b").node().origin());
        assertEquals(checksum(first), checksum(second));

        write("M002_b.java", migration("002_b", "001_a", "CREATE TABLE b (id int)", "// a comment changes the source...\n"));
        LoadedMigrations edited = new MigrationLoader(cache()).load(MigrationSource.directory(versions()));
        assertEquals(3, entries().size(), "the edited source is compiled again, alone");
        assertEquals(entryOfA, origin(edited.get("001_a")), "the unchanged source comes from its entry");
        Path newEntryOfB = origin(new MigrationLoader(cache()).load(MigrationSource.directory(versions())).get("002_b"));
        assertTrue(entries().contains(newEntryOfB) && !newEntryOfB.equals(entryOfB), newEntryOfB + " among " + entries());
        assertEquals(checksum(first), checksum(edited),
                "...but not what the revision does");

        write("M002_b.java", migration("002_b", "001_a", "CREATE TABLE b (id bigint)", ""));
        LoadedMigrations changed = new MigrationLoader(null).load(MigrationSource.directory(versions()));
        assertNotEquals(checksum(first), checksum(changed));
    }

    @Test
    void aSourceNamingAClassOfAnEditedOneIsCompiledAgainWithIt() throws Exception {
        // 002 inlines a constant of 001's class when compiled: its cached class would keep the old value.
        write("M001_a.java", migration("001_a", null, "SELECT 1", "").replace("public final class M001_a implements Migration {",
                "public final class M001_a implements Migration {\n    public static final String TABLE = \"first\";"));
        write("M002_b.java", migration("002_b", "001_a", "CREATE TABLE \" + M001_a.TABLE + \" (id int)", ""));
        HistoryReplay before = new HistoryReplay(new MigrationLoader(cache()).load(MigrationSource.directory(versions())), "public");
        assertEquals("CREATE TABLE first (id int)", ((ExecuteSql) before.upgradeOps("002_b").get(0)).sql());

        write("M001_a.java", Files.readString(versions().resolve("M001_a.java")).replace("\"first\"", "\"second\""));
        LoadedMigrations after = new MigrationLoader(cache()).load(MigrationSource.directory(versions()));
        assertEquals("CREATE TABLE second (id int)", ((ExecuteSql) new HistoryReplay(after, "public").upgradeOps("002_b").get(0)).sql());
        assertEquals(4, entries().size(), "both sources were compiled again");
    }

    @Test
    void aChangedClassPathCompilesEverySourceAgain() throws Exception {
        write("M001_a.java", migration("001_a", null, "SELECT 1", ""));
        Path helpers = Files.createDirectories(work.resolve("helpers"));
        new MigrationLoader(cache()).load(MigrationSource.directory(versions(), List.of(helpers)));
        Files.writeString(helpers.resolve("notes.txt"), "a file on the class path changed");
        new MigrationLoader(cache()).load(MigrationSource.directory(versions(), List.of(helpers)));
        assertEquals(2, entries().size());
    }

    @Test
    void runnersCompilingTheSameSourcesAtOnceLeaveOneCompleteEntryPerSource() throws Exception {
        for (int i = 1; i <= 20; i++) {
            String id = String.format("%03d_r", i);
            write("M" + id + ".java", migration(id, i == 1 ? null : String.format("%03d_r", i - 1), "SELECT " + i, ""));
        }
        List<Future<LoadedMigrations>> loads = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            for (int i = 0; i < 4; i++) {
                loads.add(pool.submit(() -> new MigrationLoader(cache()).load(MigrationSource.directory(versions()))));
            }
            for (Future<LoadedMigrations> load : loads) assertEquals(List.of("020_r"), load.get().graph().heads());
        } finally {
            pool.shutdown();
        }
        List<Path> entries = entries();
        assertEquals(20, entries.size(), "one entry per source, no temporary directories left: " + entries);
        for (Path entry : entries) assertTrue(Files.isRegularFile(entry.resolve("classes.index")), entry.toString());
        assertEquals(20, new MigrationLoader(cache()).load(MigrationSource.directory(versions())).all().size());
    }

    @Test
    void compileErrorsListFileLineAndMessage() throws Exception {
        write("M001_a.java", migration("001_a", null, "SELECT 1", ""));
        write("M002_b.java", "import io.migrata.schema.migration.*;\n\n@Revision(id = \"002_b\")\n"
                + "public final class M002_b implements Migration {\n"
                + "    public void upgrade(Operations op) { op.addColum(\"users\"); }\n"
                + "    public void downgrade(Operations op) { }\n}\n");

        CompilationFailedException error = assertThrows(CompilationFailedException.class,
                () -> new MigrationLoader(work.resolve(".migrata")).load(MigrationSource.directory(versions())));

        assertEquals(1, error.errors().size());
        CompileError compileError = error.errors().get(0);
        assertEquals(versions().resolve("M002_b.java").toString(), compileError.file());
        assertEquals(5, compileError.line());
        assertTrue(compileError.message().startsWith("cannot find symbol"), compileError.message());
        assertTrue(error.getMessage().contains(versions().resolve("M002_b.java") + ":5: cannot find symbol"), error.getMessage());
        assertTrue(Files.notExists(work.resolve(".migrata/compiled")) || isEmpty(work.resolve(".migrata/compiled")));
    }

    @Test
    void aMissingVersionsDirectoryIsNamed() {
        MigrationsNotFoundException error = assertThrows(MigrationsNotFoundException.class,
                () -> new MigrationLoader(null).load(MigrationSource.directory(work.resolve("nowhere"))));
        assertTrue(error.getMessage().contains("nowhere") && error.getMessage().contains("does not exist"), error.getMessage());
    }

    @Test
    void anEmptyVersionsDirectoryHasNoRevisions() throws Exception {
        Files.createDirectories(versions().resolve(".hidden"));
        Files.writeString(versions().resolve(".hidden/Scratch.java"), "this is not java");
        assertTrue(new MigrationLoader(null).load(MigrationSource.directory(versions())).graph().isEmpty());
    }

    @Test
    void duplicateIdsInTwoFilesNameBothFiles() throws Exception {
        write("M001_a.java", migration("001_a", null, "SELECT 1", ""));
        write("Other.java", migration("001_a", null, "SELECT 2", "").replace("class M001_a", "class Other"));
        DuplicateRevisionException error = assertThrows(DuplicateRevisionException.class,
                () -> new MigrationLoader(null).load(MigrationSource.directory(versions())));
        assertTrue(error.getMessage().contains("M001_a.java") && error.getMessage().contains("Other.java"), error.getMessage());
    }

    @Test
    void anAnnotatedClassThatIsNotAMigrationIsRefused() throws Exception {
        write("M001_a.java", "import io.migrata.schema.migration.*;\n@Revision(id = \"001_a\")\npublic final class M001_a { }\n");
        InvalidMigrationException error = assertThrows(InvalidMigrationException.class,
                () -> new MigrationLoader(null).load(MigrationSource.directory(versions())));
        assertTrue(error.getMessage().contains("does not implement io.migrata.schema.migration.Migration"), error.getMessage());
    }

    @Test
    void findsAnnotatedClassesInAPackageOnTheClassPath() {
        LoadedMigrations loaded = new MigrationLoader(null).load(MigrationSource.classPathPackage("io.migrata.runner.fixtures.packaged"));
        assertEquals(List.of("001_create_notes", "002_add_note_tag"),
                loaded.graph().revisions().stream().map(RevisionNode::id).toList());
        assertEquals("io.migrata.runner.fixtures.packaged.later.M002AddNoteTag", loaded.get("002_add_note_tag").node().origin());
        assertThrows(MigrationsNotFoundException.class,
                () -> new MigrationLoader(null).load(MigrationSource.classPathPackage("io.migrata.runner.fixtures.nothing_here")));
    }

    @Test
    void findsAnnotatedClassesAndSqlRevisionsInAPackageInsideAJar() throws Exception {
        write("M001_a.java", "package com.example.db;\n" + migration("001_a", null, "SELECT 1", ""));
        write("M002_b.java", "package com.example.db;\n" + migration("002_b", "001_a", "SELECT 2", ""));
        Path classes = work.resolve("classes");
        Files.createDirectories(classes);
        int status = ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", classes.toString(),
                "-cp", MigrationLoader.schemaLocation().toString(),
                versions().resolve("M001_a.java").toString(), versions().resolve("M002_b.java").toString());
        assertEquals(0, status);
        Path jar = work.resolve("app.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            for (String name : List.of("com/example/db/M001_a.class", "com/example/db/M002_b.class")) {
                out.putNextEntry(new JarEntry(name));
                try (OutputStream entry = new NonClosing(out)) {
                    entry.write(Files.readAllBytes(classes.resolve(name)));
                }
            }
            out.putNextEntry(new JarEntry("com/example/db/sql/003_c.sql"));
            out.write("-- revision: 003_c\n-- parents: 002_b\n\nCREATE TABLE c (id int);\n".getBytes(StandardCharsets.UTF_8));
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, getClass().getClassLoader())) {
            LoadedMigrations loaded = new MigrationLoader(null).load(new MigrationSource.ClassPathPackage("com.example.db", loader));
            assertEquals(List.of("003_c"), loaded.graph().heads());
            assertEquals(3, loaded.all().size());
            assertEquals("com/example/db/sql/003_c.sql", loaded.get("003_c").node().origin());
            assertEquals(List.of(ExecuteSql.irreversible("CREATE TABLE c (id int)")),
                    new HistoryReplay(loaded, "public").upgradeOps("003_c"));
        }
    }

    private static String checksum(LoadedMigrations migrations) {
        return RevisionChecksum.of(new HistoryReplay(migrations, "public"), "002_b");
    }

    private static boolean isEmpty(Path directory) throws Exception {
        try (Stream<Path> list = Files.list(directory)) {
            return list.findAny().isEmpty();
        }
    }

    /** Lets a try-with-resources write one jar entry without closing the jar. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void close() throws java.io.IOException {
            flush();
        }
    }
}
