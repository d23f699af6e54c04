package io.migrata.cli.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Finds the database URL a command should use. The first that is set wins: the {@code --url} flag,
 * the {@code DATABASE_URL} environment variable, {@code DATABASE_URL} in the project's {@code .env},
 * {@code migrata.url} in the project's {@code migrata.properties}. None set means the embedded database.
 *
 * <pre>{@code
 * Optional<ConfiguredUrl> url = new ConnectionConfig(projectDir, System.getenv()).resolve(flagUrl);
 * }</pre>
 */
public final class ConnectionConfig {

    public static final String URL_VARIABLE = "DATABASE_URL";
    public static final String DOTENV_FILE = ".env";
    public static final String PROPERTIES_FILE = "migrata.properties";
    public static final String URL_PROPERTY = "migrata.url";

    private final Path projectDir;
    private final Map<String, String> environment;

    public ConnectionConfig(Path projectDir, Map<String, String> environment) {
        this.projectDir = projectDir;
        this.environment = Map.copyOf(environment);
    }

    public Optional<ConfiguredUrl> resolve(String flagUrl) {
        if (flagUrl != null) {
            if (flagUrl.isBlank()) throw new InvalidDatabaseUrlException(UrlOrigin.FLAG, "it is empty");
            return Optional.of(new ConfiguredUrl(flagUrl, UrlOrigin.FLAG));
        }
        return nonBlank(environment.get(URL_VARIABLE)).map(url -> new ConfiguredUrl(url, UrlOrigin.ENVIRONMENT))
                .or(() -> nonBlank(DotEnvFile.read(projectDir.resolve(DOTENV_FILE)).get(URL_VARIABLE))
                        .map(url -> new ConfiguredUrl(url, UrlOrigin.DOTENV)))
                .or(() -> nonBlank(readProperties().getProperty(URL_PROPERTY))
                        .map(url -> new ConfiguredUrl(url, UrlOrigin.PROPERTIES)));
    }

    /** The user for a URL that names none: {@code PGUSER}, else the operating-system user, as libpq does. */
    public String defaultUser() {
        return nonBlank(environment.get("PGUSER")).orElse(System.getProperty("user.name"));
    }

    /** The configured URL parsed, with {@link #defaultUser()} filled in. */
    public ConnectionSettings settings(ConfiguredUrl url) {
        return DatabaseUrlParser.parse(url, defaultUser());
    }

    private Properties readProperties() {
        Properties properties = new Properties();
        Path file = projectDir.resolve(PROPERTIES_FILE);
        if (!Files.isRegularFile(file)) return properties;
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException | IllegalArgumentException e) {
            throw new ConfigurationException("cannot read " + file + ": " + e.getMessage()
                    + " (it must be a Java properties file)", e);
        }
        return properties;
    }

    private static Optional<String> nonBlank(String value) {
        return Optional.ofNullable(value).map(String::strip).filter(v -> !v.isEmpty());
    }
}
