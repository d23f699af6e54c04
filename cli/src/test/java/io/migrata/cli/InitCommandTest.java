package io.migrata.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migrata.testing.PostgresExtension;
import io.migrata.testing.TestDatabase;
import io.migrata.workflow.config.ProjectSettings;
import io.migrata.workflow.config.Setting;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(PostgresExtension.class)
class InitCommandTest {

    @TempDir
    Path project;

    @Test
    void writesSettingsThatReadBackAsTheDefaults() throws IOException {
        CliRun run = CliRun.run("-C", project.toString(), "init");
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        assertEquals("created migrata.properties\ncreated .env.example\ncreated migrations/versions\n", run.out());
        assertTrue(run.err().startsWith("next: copy .env.example to .env and set DATABASE_URL"), run.err());
        assertTrue(Files.isDirectory(project.resolve("migrations/versions")));

        String properties = Files.readString(project.resolve("migrata.properties"));
        assertTrue(properties.contains("\n#migrata.url=postgresql://user:password@localhost:5432/app\n"), properties);
        ProjectSettings settings = new ProjectSettings(project, Map.of());
        assertEquals("migrata.versions.directory in migrata.properties",
                settings.find(Setting.VERSIONS_DIRECTORY, null).orElseThrow().origin());
        assertEquals(project.resolve("migrations/versions"), settings.path(Setting.VERSIONS_DIRECTORY, null));
        assertEquals("migrations", settings.value(Setting.MIGRATIONS_PACKAGE, null));
        assertEquals("public", settings.value(Setting.VERSION_TABLE_SCHEMA, null));
        assertEquals(Duration.ofMinutes(5), settings.duration(Setting.LOCK_TIMEOUT, null));
        assertEquals(List.of(), settings.list(Setting.ENTITIES_PACKAGES, List.of()));
        assertTrue(settings.find(Setting.URL, null).isEmpty(), "the URL stays commented out");

        String envExample = Files.readString(project.resolve(".env.example"));
        assertTrue(envExample.contains("\nDATABASE_URL=postgresql://user:password@localhost:5432/app\n"), envExample);
    }

    @Test
    void theChosenEntitiesAreWhatDiffThenReads(TestDatabase db) {
        CliRun init = CliRun.run("-C", project.toString(), "init", "--entities", "io.migrata.cli.fixtures.shop",
                "--naming", "spring-boot", "--versions-dir", "db/versions", "--package", "com.example.migrations");
        assertEquals(ExitCode.OK, init.exitCode(), init.err());
        assertTrue(Files.isDirectory(project.resolve("db/versions")));
        ProjectSettings settings = new ProjectSettings(project, Map.of());
        assertEquals(List.of("io.migrata.cli.fixtures.shop"), settings.list(Setting.ENTITIES_PACKAGES, List.of()));
        assertEquals("spring-boot", settings.value(Setting.ENTITIES_NAMING, null));
        assertEquals("com.example.migrations", settings.value(Setting.MIGRATIONS_PACKAGE, null));

        CliRun diff = CliRun.run("-C", project.toString(), "diff", "--from", db.urlWithCredentials(), "--to", "entities");
        assertEquals(ExitCode.DIFFERENCES, diff.exitCode(), diff.err());
        // Spring Boot's naming turns displayName into display_name.
        assertTrue(diff.out().contains("display_name"), diff.out());
    }

    @Test
    void refusesToOverwriteAndWritesNothing() throws IOException {
        Files.writeString(project.resolve("migrata.properties"), "migrata.url=postgresql://mine@h/db\n");
        CliRun.run("-C", project.toString(), "init").assertFailure(ExitCode.USAGE,
                "migrata: migrata.properties exists already in " + project.toRealPath()
                        + " (init writes nothing over existing files: edit it, or remove it and run init again)");
        assertEquals("migrata.url=postgresql://mine@h/db\n", Files.readString(project.resolve("migrata.properties")));
        assertFalse(Files.exists(project.resolve(".env.example")));
        assertFalse(Files.exists(project.resolve("migrations")));
    }
}
