package io.migrata.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
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
        assertTrue(first.out().contains("\"name\": \"exchange_rates\""));
        assertTrue(Files.isRegularFile(project.resolve(".migrata/postgres/PG_VERSION")));

        CliRun second = CliRun.run("-C", project.toString(), "--quiet", "inspect", "--format", "json");
        assertEquals("", second.err());
        assertEquals(ExitCode.OK, second.exitCode());
        assertEquals(first.out(), second.out());
    }
}
