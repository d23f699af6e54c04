package io.migrata.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** With no database configured, commands use an embedded PostgreSQL whose data stays in the project. */
class EmbeddedDefaultTest {

    @TempDir
    Path project;

    @Test
    void usesAnEmbeddedDatabaseThatKeepsItsTablesBetweenCommands() {
        CliRun first = CliRun.run("-C", project.toString(), "inspect", "--demo", "--format", "json");
        assertEquals(ExitCode.OK, first.exitCode(), first.err());
        String[] notices = first.err().split("\n");
        assertEquals("using embedded PostgreSQL in .migrata/postgres (set DATABASE_URL to use your own database)", notices[0]);
        assertTrue(notices[1].matches("created the demo schema \\(8 tables\\) in localhost:\\d+/migrata"), notices[1]);
        assertEquals(2, notices.length);
        assertTrue(Json.names(Json.parse(first.out()).get("tables")).contains("exchange_rates"), first.out());
        assertTrue(Files.isRegularFile(project.resolve(".migrata/postgres/PG_VERSION")));

        CliRun second = CliRun.run("-C", project.toString(), "--quiet", "inspect", "--format", "json");
        assertEquals("", second.err());
        assertEquals(ExitCode.OK, second.exitCode());
        assertEquals(first.out(), second.out());
    }

    @Test
    void scratchDatabasesShareTheEmbeddedServerOfTheDefaultDatabase(@TempDir Path dir) throws IOException {
        Project project = Project.embedded(dir, "shop");
        CliRun upgrade = project.run("upgrade");
        assertEquals(ExitCode.OK, upgrade.exitCode(), upgrade.err());

        CliRun drift = project.run("drift");
        assertEquals(ExitCode.OK, drift.exitCode(), drift.err());
        assertEquals(1, drift.err().lines().filter(l -> l.startsWith("using embedded PostgreSQL")).count(),
                "one server for the database and the scratch one: " + drift.err());
        assertTrue(drift.err().startsWith("using embedded PostgreSQL in .migrata/postgres (set DATABASE_URL"), drift.err());

        CliRun check = project.run("check");
        assertEquals(ExitCode.OK, check.exitCode(), check.err());
        assertTrue(check.err().startsWith("using embedded PostgreSQL in .migrata/postgres for scratch databases"
                + " (set MIGRATA_DEV_URL or --dev-url to use another server)\n"), check.err());
        long sources;
        try (Stream<Path> versions = Files.list(project.versions())) {
            sources = versions.filter(p -> p.toString().endsWith(".java")).count();
        }
        try (Stream<Path> compiled = Files.list(dir.resolve(".migrata/compiled"))) {
            assertEquals(sources, compiled.count(), "each source compiled once, into the project's cache");
        }
    }
}
