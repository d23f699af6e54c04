package io.migrata.workflow.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConnectionConfigTest {

    @TempDir
    Path project;

    private static final String FLAG = "postgresql://flag@h/db";
    private static final Map<String, String> ENV = Map.of("DATABASE_URL", "postgresql://env@h/db");

    private void writeDotEnv() throws IOException {
        Files.writeString(project.resolve(".env"), "# local settings\nexport DATABASE_URL=\"postgresql://dotenv@h/db\"\nOTHER=x\n");
    }

    private void writeProperties() throws IOException {
        Files.writeString(project.resolve("migrata.properties"), "migrata.url=postgresql://properties@h/db\n");
    }

    private Optional<ConfiguredUrl> resolve(Map<String, String> env, String flag) {
        return new ConnectionConfig(project, env).resolve(flag);
    }

    @Test
    void theFlagWinsOverEverything() throws IOException {
        writeDotEnv();
        writeProperties();
        assertEquals(Optional.of(new ConfiguredUrl(FLAG, UrlOrigin.FLAG)), resolve(ENV, FLAG));
    }

    @Test
    void theEnvironmentWinsOverTheFiles() throws IOException {
        writeDotEnv();
        writeProperties();
        assertEquals(Optional.of(new ConfiguredUrl("postgresql://env@h/db", UrlOrigin.ENVIRONMENT)), resolve(ENV, null));
    }

    @Test
    void dotEnvWinsOverProperties() throws IOException {
        writeDotEnv();
        writeProperties();
        assertEquals(Optional.of(new ConfiguredUrl("postgresql://dotenv@h/db", UrlOrigin.DOTENV)), resolve(Map.of(), null));
    }

    @Test
    void propertiesComeLast() throws IOException {
        writeProperties();
        assertEquals(Optional.of(new ConfiguredUrl("postgresql://properties@h/db", UrlOrigin.PROPERTIES)), resolve(Map.of(), null));
    }

    @Test
    void nothingConfiguredMeansTheEmbeddedDatabase() {
        assertEquals(Optional.empty(), resolve(Map.of("DATABASE_URL", "  "), null));
    }

    @Test
    void anEmptyFlagIsAnError() {
        InvalidDatabaseUrlException e = assertThrows(InvalidDatabaseUrlException.class, () -> resolve(Map.of(), ""));
        assertTrue(e.getMessage().startsWith("--url is not a valid PostgreSQL URL: it is empty"), e.getMessage());
    }

    @Test
    void theDefaultUserIsPgUserThenTheOsUser() {
        assertEquals("pguser", new ConnectionConfig(project, Map.of("PGUSER", "pguser")).defaultUser());
        assertEquals(System.getProperty("user.name"), new ConnectionConfig(project, Map.of()).defaultUser());
        assertEquals("pguser", new ConnectionConfig(project, Map.of("PGUSER", "pguser"))
                .settings(new ConfiguredUrl("postgresql://h/db", UrlOrigin.FLAG)).user());
    }
}
