package io.migrata.workflow.config;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the database URL a command should use. The first that is set wins: the {@code --url} flag,
 * the {@code DATABASE_URL} environment variable, {@code DATABASE_URL} in the project's {@code .env},
 * {@code migrata.url} in the project's {@code migrata.properties}. None set means the embedded
 * database. The development server for scratch databases ({@link Setting#DEV_URL}) is found the same way.
 *
 * <pre>{@code
 * Optional<ConfiguredUrl> url = new ConnectionConfig(projectDir, System.getenv()).resolve(flagUrl);
 * }</pre>
 */
public final class ConnectionConfig {

    private final ProjectSettings settings;

    public ConnectionConfig(Path projectDir, Map<String, String> environment) {
        this(new ProjectSettings(projectDir, environment));
    }

    public ConnectionConfig(ProjectSettings settings) {
        this.settings = settings;
    }

    /** The database the command works on. */
    public Optional<ConfiguredUrl> resolve(String flagUrl) {
        return resolve(Setting.URL, flagUrl);
    }

    /** The URL of {@link Setting#URL} or {@link Setting#DEV_URL}, an override (a flag) first. */
    public Optional<ConfiguredUrl> resolve(Setting setting) {
        return resolve(setting, settings.override(setting));
    }

    /** The URL of {@link Setting#URL} or {@link Setting#DEV_URL}. */
    public Optional<ConfiguredUrl> resolve(Setting setting, String flagUrl) {
        if (flagUrl != null && flagUrl.isBlank()) {
            throw new InvalidDatabaseUrlException(new UrlOrigin(setting.flag()), "it is empty");
        }
        return settings.find(setting, flagUrl).map(value -> new ConfiguredUrl(value.value(), new UrlOrigin(value.origin())));
    }

    /** The user for a URL that names none: {@code PGUSER}, else the operating-system user, as libpq does. */
    public String defaultUser() {
        return settings.environmentVariable("PGUSER").orElse(System.getProperty("user.name"));
    }

    /** The configured URL parsed, with {@link #defaultUser()} filled in. */
    public ConnectionSettings settings(ConfiguredUrl url) {
        return DatabaseUrlParser.parse(url, defaultUser());
    }
}
