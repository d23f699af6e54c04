package io.migrata.workflow.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every setting follows the URL's order: flag, environment, .env, migrata.properties, default. */
class ProjectSettingsTest {

    @TempDir
    Path project;

    private ProjectSettings settings(Map<String, String> environment) {
        return new ProjectSettings(project, environment);
    }

    @Test
    void eachSettingIsFoundInTheSameOrderAndSaysWhere() throws IOException {
        Files.writeString(project.resolve("migrata.properties"), "migrata.schemas=from_properties\n");
        assertEquals(new ConfiguredValue(Setting.SCHEMAS, "from_properties", "migrata.schemas in migrata.properties"),
                settings(Map.of()).find(Setting.SCHEMAS, null).orElseThrow());

        Files.writeString(project.resolve(".env"), "MIGRATA_SCHEMAS=from_dotenv\n");
        assertEquals("MIGRATA_SCHEMAS in .env", settings(Map.of()).find(Setting.SCHEMAS, null).orElseThrow().origin());

        ProjectSettings withEnvironment = settings(Map.of("MIGRATA_SCHEMAS", "a, b,,c"));
        assertEquals(List.of("a", "b", "c"), withEnvironment.list(Setting.SCHEMAS, List.of()));
        assertEquals(List.of("x", "y"), withEnvironment.list(Setting.SCHEMAS, List.of("x", "y")));
        assertEquals("the default", settings(Map.of()).find(Setting.VERSION_TABLE_SCHEMA, null).orElseThrow().origin());
    }

    @Test
    void hibernateSettingsMergeNameByNameFromPropertiesDotEnvEnvironmentAndFlags() throws IOException {
        Files.writeString(project.resolve("migrata.properties"), "migrata.entities.settings.a=properties\n"
                + "migrata.entities.settings.b=properties\nmigrata.entities.settings.c=properties\n"
                + "migrata.entities.settings.d=properties\n");
        Files.writeString(project.resolve(".env"), "MIGRATA_HIBERNATE_SETTINGS=\"b=dotenv;c=dotenv;d=dotenv\"\n");
        ProjectSettings settings = new ProjectSettings(project, Map.of("MIGRATA_HIBERNATE_SETTINGS", "c=env\nd=env"),
                Map.of(Setting.HIBERNATE_SETTINGS, "d=flag;with=a semicolon"));
        assertEquals(Map.of("a", "properties", "b", "dotenv", "c", "env", "d", "flag;with=a semicolon"),
                settings.hibernateSettings());

        ConfigurationException bad = assertThrows(ConfigurationException.class,
                () -> settings(Map.of("MIGRATA_HIBERNATE_SETTINGS", "a=1; =2")).hibernateSettings());
        assertEquals("MIGRATA_HIBERNATE_SETTINGS '=2' is not a Hibernate setting: write NAME=VALUE,"
                + " e.g. hibernate.default_schema=app", bad.getMessage());
    }

    @Test
    void aBuildToolsFallbackReplacesTheDefaultButNotTheProjectsFiles() throws IOException {
        Map<Setting, String> fallbacks = Map.of(Setting.VERSIONS_DIRECTORY, "src/main/java/app/migrations");
        ProjectSettings bare = new ProjectSettings(project, Map.of(), Map.of(), fallbacks);
        assertEquals(project.resolve("src/main/java/app/migrations"), bare.path(Setting.VERSIONS_DIRECTORY));
        assertEquals("migrations", bare.value(Setting.MIGRATIONS_PACKAGE));

        Files.writeString(project.resolve("migrata.properties"), "migrata.versions.directory=db/versions\n");
        assertEquals(project.resolve("db/versions"),
                new ProjectSettings(project, Map.of(), Map.of(), fallbacks).path(Setting.VERSIONS_DIRECTORY));
    }

    @Test
    void pathsAreTakenFromTheProjectDirectory() {
        ProjectSettings settings = settings(Map.of("MIGRATA_ENTITIES_CLASSPATH", "target/classes,lib/a.jar:/opt/b.jar"));
        assertEquals(List.of(project.resolve("target/classes"), project.resolve("lib/a.jar"), Path.of("/opt/b.jar")),
                settings.paths(Setting.ENTITIES_CLASSPATH, List.of()));
        assertEquals(project.resolve("migrations/versions"), settings.path(Setting.VERSIONS_DIRECTORY, null));
    }

    @Test
    void durationsTakeSecondsUnitsOrIso() {
        assertEquals(Duration.ofSeconds(300), settings(Map.of()).duration(Setting.LOCK_TIMEOUT, null));
        assertEquals(Duration.ofSeconds(45), settings(Map.of()).duration(Setting.LOCK_TIMEOUT, "45"));
        assertEquals(Duration.ofMinutes(2), settings(Map.of("MIGRATA_LOCK_TIMEOUT", "2m")).duration(Setting.LOCK_TIMEOUT, null));
        assertEquals(Duration.ofMillis(500), settings(Map.of()).duration(Setting.LOCK_TIMEOUT, "500ms"));
        assertEquals(Duration.ofMinutes(5), settings(Map.of()).duration(Setting.LOCK_TIMEOUT, "PT5M"));
        ConfigurationException e = assertThrows(ConfigurationException.class,
                () -> settings(Map.of("MIGRATA_LOCK_TIMEOUT", "soon")).duration(Setting.LOCK_TIMEOUT, null));
        assertEquals("MIGRATA_LOCK_TIMEOUT 'soon' is not a duration (write seconds such as 300, or 30s, 5m, 1h, PT5M)", e.getMessage());
    }

    @Test
    void hibernateSettingsComeFromTheirPrefix() throws IOException {
        Files.writeString(project.resolve("migrata.properties"), "migrata.entities.settings.hibernate.default_schema = app\n"
                + "migrata.entities.naming=spring-boot\n");
        assertEquals(Map.of("hibernate.default_schema", "app"), settings(Map.of()).hibernateSettings());
    }
}
