package io.migrata.maven;

import static io.migrata.maven.SampleBuilds.VERSION;
import static io.migrata.maven.SampleBuilds.columns;
import static io.migrata.maven.SampleBuilds.emptyDirectory;
import static io.migrata.maven.SampleBuilds.execute;
import static io.migrata.maven.SampleBuilds.javaFiles;
import static io.migrata.maven.SampleBuilds.mvn;
import static io.migrata.maven.SampleBuilds.versionRows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migrata.maven.SampleBuilds.Run;
import io.migrata.testing.PostgresServers;
import io.migrata.testing.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Runs real {@code mvn} processes ({@link SampleBuilds}) on the sample projects under
 * {@code src/it}, each copied to {@code target/it} and given a database of its own on the test
 * server: {@code MIGRATA_TEST_DATABASE_URL} when set, else the server test-support starts (see
 * docs/testing.md). What they did is judged by PostgreSQL's catalog.
 */
class MavenPluginIT {

    private static final Path SAMPLES = Path.of(System.getProperty("migrata.it.samples"));
    private static final Path WORK = Path.of(System.getProperty("migrata.it.work"));

    @Test
    void revisionUpgradeAndCheckBoundToVerifyOnASingleModuleProject() throws Exception {
        Path project = copy("single", "single");
        try (TestDatabase db = TestDatabase.create(PostgresServers.shared())) {
            Run revision = mvn(project, db, "compile", "migrata:revision", "-Dmigrata.message=create customers");
            assertEquals(0, revision.exit(), revision.output());
            Path migrations = project.resolve("src/main/java/com/example/shop/migrations");
            List<Path> written = javaFiles(migrations);
            assertEquals(1, written.size(), "revision writes one class under the project's sources: " + written);
            assertTrue(Files.readString(written.get(0)).contains("package com.example.shop.migrations;"));

            // compile builds the new class with the application; upgrade applies it; verify runs the
            // check the POM binds to its phase, which passes.
            Run upgrade = mvn(project, db, "compile", "migrata:upgrade", "verify");
            assertEquals(0, upgrade.exit(), upgrade.output());
            assertTrue(upgrade.output().contains("migrata:" + VERSION + ":check (default) @ shop"), upgrade.output());
            assertTrue(Files.exists(project.resolve("target/classes/com/example/shop/migrations")
                    .resolve(written.get(0).getFileName().toString().replace(".java", ".class"))));
            assertEquals(Map.of("id", "bigint", "name", "character varying"), columns(db, "customer"));

            Path entity = project.resolve("src/main/java/com/example/shop/Customer.java");
            Files.writeString(entity, Files.readString(entity).replace("private String name;",
                    "private String name;\n\n    private String email;"));
            Run check = mvn(project, db, "verify");
            assertNotEquals(0, check.exit(), check.output());
            assertTrue(check.output().contains("BUILD FAILURE"), check.output());
            assertTrue(check.output().lines().anyMatch(line -> line.startsWith("[ERROR] Failed to execute goal")
                            && line.contains(":check (default) on project shop") && line.contains("public.customer.email")
                            && line.contains("write it with mvn migrata:revision -Dmigrata.message=MESSAGE")),
                    "the verify phase fails in check, naming the missing column and the goal that writes it: " + check.output());
            assertTrue(check.output().lines().anyMatch(line -> line.equals("[INFO] add column public.customer.email character varying(255) NULL")),
                    "every difference is logged: " + check.output());
            assertNoStackTrace(check);
            assertNoCommandFlags(check);
            assertEquals(Map.of("id", "bigint", "name", "character varying"), columns(db, "customer"),
                    "check leaves the database alone");
        }
    }

    /** The other goals, as few Maven processes as the properties they take allow, judged by the catalog where they write. */
    @Test
    void everyOtherGoalOnASingleModuleProject() throws Exception {
        Path project = copy("single", "single-goals");
        try (TestDatabase db = TestDatabase.create(PostgresServers.shared())) {
            // A project that has written no revision is at base; no goal fails for want of a migrations package.
            Run blank = mvn(project, db, "compile", "migrata:heads", "migrata:history", "migrata:current", "migrata:revision",
                    "-Dmigrata.message=create customers");
            assertEquals(0, blank.exit(), blank.output());
            assertLogged(blank, "[INFO] no revisions yet (write one with mvn migrata:revision)");
            assertLoggedOnce(blank, "[INFO] there are no revisions yet: create one with mvn migrata:revision -Dmigrata.message=MESSAGE");
            assertLoggedOnce(blank, "[INFO] " + db.server().host() + ":" + db.server().port() + "/" + db.name() + " is at base: no revision is applied");
            assertEquals(1, javaFiles(project.resolve("src/main/java/com/example/shop/migrations")).size());

            Run reports = mvn(project, db, "compile", "migrata:upgrade", "migrata:current", "migrata:history",
                    "migrata:heads", "migrata:drift", "migrata:verify", "migrata:diff", "migrata:inspect");
            assertEquals(0, reports.exit(), reports.output());
            assertEquals(Map.of("id", "bigint", "name", "character varying"), columns(db, "customer"));
            assertEquals(List.of("001_create_customers"), versionRows(db));
            assertLogged(reports, "[INFO] 001_create_customers (create customers) (head)");
            assertEquals(1, reports.output().lines().filter(line -> line.startsWith("[INFO] base -> 001_create_customers (create customers) (head, current, at ")).count(),
                    "history prints the revision once: " + reports.output());
            assertTrue(reports.output().contains("[INFO] no drift: "), "drift: " + reports.output());
            assertLogged(reports, "[INFO] ok 001_create_customers (create customers)");
            assertTrue(reports.output().contains(" and entities are the same"), "diff: " + reports.output());
            assertLogged(reports, "[INFO] table public.customer");
            assertLogged(reports, "[INFO]   id bigint not null");
            assertLogged(reports, "[INFO]   name character varying(255)");

            execute(db, "ALTER TABLE customer ADD COLUMN note text");
            Run drift = mvn(project, db, "migrata:drift");
            assertNotEquals(0, drift.exit(), drift.output());
            assertTrue(drift.output().lines().anyMatch(line -> line.startsWith("[ERROR] Failed to execute goal")
                    && line.contains(":drift") && line.contains("add column public.customer.note text")), drift.output());
            assertNoStackTrace(drift);
            execute(db, "ALTER TABLE customer DROP COLUMN note");

            // An empty template, then the database marked as at it: stamp runs no migration.
            Run template = mvn(project, db, "migrata:revision", "-Dmigrata.autogenerate=false",
                    "-Dmigrata.message=backfill names", "migrata:stamp", "-Dmigrata.target=head", "migrata:current");
            assertEquals(0, template.exit(), template.output());
            List<Path> written = javaFiles(project.resolve("src/main/java/com/example/shop/migrations"));
            assertEquals(2, written.size(), written.toString());
            String empty = Files.readString(written.get(1));
            assertTrue(empty.contains("parents = \"001_create_customers\""), empty);
            assertTrue(empty.lines().map(String::strip).noneMatch(line -> line.startsWith("op.")),
                    "the template records no operation: " + empty);
            assertEquals(List.of("002_backfill_names"), versionRows(db));
            assertLogged(template, "[INFO] 002_backfill_names (backfill names) (head)");
            assertEquals(1, template.output().lines().filter(line -> line.startsWith("[INFO] stamped ")).count(),
                    "stamp says once what it did: " + template.output());
            assertLoggedOnce(template, "[INFO] stamped " + db.server().host() + ":" + db.server().port() + "/" + db.name()
                    + ": 001_create_customers -> 002_backfill_names");

            // An applied revision edited: upgrade refuses, naming the goal that acknowledges the edit; stamp's repair does.
            Path first = written.get(0);
            String source = Files.readString(first);
            int downgradeColumn = source.lastIndexOf("varchar(255)");
            assertTrue(downgradeColumn > source.indexOf("void downgrade("), source);
            Files.writeString(first, source.substring(0, downgradeColumn) + "varchar(256)" + source.substring(downgradeColumn + "varchar(255)".length()));
            Run edited = mvn(project, db, "migrata:upgrade");
            assertNotEquals(0, edited.exit(), edited.output());
            assertTrue(edited.output().lines().anyMatch(line -> line.startsWith("[ERROR] Failed to execute goal")
                    && line.contains("an applied revision was edited")
                    && line.contains("acknowledge it with: mvn migrata:stamp -Dmigrata.repair=001_create_customers")), edited.output());
            assertNoStackTrace(edited);
            Run repaired = mvn(project, db, "migrata:stamp", "-Dmigrata.repair=001_create_customers", "migrata:upgrade");
            assertEquals(0, repaired.exit(), repaired.output());
            assertLoggedOnce(repaired, "[INFO] recorded the new checksum of 001_create_customers");
            assertEquals(List.of("002_backfill_names"), versionRows(db), "a repair moves no version row");

            Run downgrade = mvn(project, db, "migrata:downgrade", "-Dmigrata.target=base", "migrata:history");
            assertEquals(0, downgrade.exit(), downgrade.output());
            assertEquals(Map.of(), columns(db, "customer"), "the first revision's downgrade dropped the table");
            assertEquals(List.of(), versionRows(db));
            assertLoggedOnce(downgrade, "[INFO] 001_create_customers -> 002_backfill_names (backfill names) (head, pending)");
            assertLoggedOnce(downgrade, "[INFO] base -> 001_create_customers (create customers) (pending)");

            // The workflow names the command's flags; a build names the -D property and the <configuration> element.
            Run badTimeout = mvn(project, db, "migrata:upgrade", "-Dmigrata.lock-timeout=soon", "-Dmigrata.fork=false");
            Run badUrl = mvn(project, db, "migrata:current", "-Dmigrata.url=mysql://127.0.0.1/nowhere");
            for (Run run : List.of(badTimeout, badUrl)) assertNotEquals(0, run.exit(), run.output());
            assertTrue(badTimeout.output().lines().anyMatch(line -> line.startsWith("[ERROR] Failed to execute goal")
                    && line.contains("-Dmigrata.lock-timeout (<lockTimeout>) 'soon' is not a duration")), badTimeout.output());
            assertTrue(badUrl.output().lines().anyMatch(line -> line.startsWith("[ERROR] Failed to execute goal")
                    && line.contains("-Dmigrata.url (<url>) is not a valid PostgreSQL URL")), badUrl.output());
            for (Run run : List.of(blank, reports, drift, template, edited, repaired, downgrade, badTimeout, badUrl)) assertNoCommandFlags(run);

            String unreachable = "-Dmigrata.url=postgresql://postgres:sekrit@127.0.0.1:1/nowhere";
            Run refused = mvn(project, db, "migrata:current", unreachable);
            assertNotEquals(0, refused.exit(), refused.output());
            List<String> errors = refused.output().lines().filter(line -> line.contains("cannot connect to 127.0.0.1:1")).toList();
            assertEquals(1, errors.size(), "one line names the failure: " + refused.output());
            assertTrue(errors.get(0).startsWith("[ERROR] Failed to execute goal") && errors.get(0).contains(":current (default-cli)"), errors.get(0));
            assertNoStackTrace(refused);
            Run traced = mvn(project, db, "-e", "migrata:current", unreachable);
            assertNotEquals(0, traced.exit(), traced.output());
            assertTrue(traced.output().lines().anyMatch(line -> line.strip().startsWith("at io.migrata.")),
                    "-e shows where it failed: " + traced.output());
            for (Run run : List.of(refused, traced)) assertFalse(run.output().contains("sekrit"), "no password: " + run.output());
        }
    }

    @Test
    void migrationsInOneModuleEntitiesInAnotherAndTheirSuperclassInADependencyJar() throws Exception {
        Path project = copy("multi", "multi");
        try (TestDatabase db = TestDatabase.create(PostgresServers.shared())) {
            // package builds base.jar; the db module's class path holds it and the domain jar.
            Run revision = mvn(project, db, "package", "migrata:revision", "-Dmigrata.message=create invoices");
            assertEquals(0, revision.exit(), revision.output());
            assertTrue(revision.output().contains("skipped, base does not declare migrata-maven-plugin"), revision.output());
            assertEquals(1, javaFiles(project.resolve("db/src/main/java/com/example/billing/migrations")).size());

            Run upgrade = mvn(project, db, "package", "migrata:upgrade", "migrata:check");
            assertEquals(0, upgrade.exit(), upgrade.output());
            assertEquals(Map.of("id", "bigint", "amount", "numeric", "currency", "character varying",
                            "payee", "character varying", "created_at", "timestamp with time zone"), columns(db, "invoice"),
                    "the columns of the superclass, the embeddable and the converted value from base.jar are there");
            assertTrue(Files.exists(project.resolve("db/target/db-1.0.jar")));
        }
    }

    private static void assertLogged(Run run, String line) {
        assertTrue(run.output().lines().anyMatch(line::equals), "the build log has the line " + line + ":\n" + run.output());
    }

    private static void assertLoggedOnce(Run run, String line) {
        assertEquals(1, run.output().lines().filter(line::equals).count(), "the build log has the line " + line + " once:\n" + run.output());
    }

    /** No Migrata line names a flag of the command (Maven's own lines, such as its -D help, are not Migrata's). */
    private static void assertNoCommandFlags(Run run) {
        List<String> flags = run.output().lines()
                .filter(line -> !line.startsWith("[ERROR] -> [Help") && !line.startsWith("[ERROR] Re-run Maven"))
                .filter(line -> line.matches(".*(?<![\\w-])--[a-z][a-z-]*.*|.*\\bmigrata (revision|upgrade|check) .*"))
                .toList();
        assertEquals(List.of(), flags, "lines that name the command's flags: " + run.output());
    }

    /** Maven prints a stack trace's frames indented, after the failure line. */
    private static void assertNoStackTrace(Run run) {
        assertTrue(run.output().lines().noneMatch(line -> line.strip().startsWith("at ") || line.startsWith("Caused by:")),
                "no stack trace without -e: " + run.output());
    }

    /** The sample in a fresh directory of that name, its POMs naming the version just built. */
    private static Path copy(String sample, String directory) throws IOException {
        Path source = SAMPLES.resolve(sample);
        Path target = emptyDirectory(WORK.resolve(directory));
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.toList()) {
                Path copy = target.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else if (file.getFileName().toString().equals("pom.xml")) {
                    Files.writeString(copy, Files.readString(file).replace("@migrata.version@", VERSION));
                } else {
                    Files.copy(file, copy);
                }
            }
        }
        return target;
    }
}
