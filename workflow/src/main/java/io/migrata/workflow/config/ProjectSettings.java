package io.migrata.workflow.config;

import java.io.File;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The settings of one project directory: each {@link Setting} found, in this order, in its flag,
 * the environment, the project's {@code .env} and its {@code migrata.properties}. The files are read
 * once, when a setting first needs them.
 *
 * <pre>{@code
 * ProjectSettings settings = new ProjectSettings(projectDir, System.getenv());
 * Path versions = settings.path(Setting.VERSIONS_DIRECTORY, versionsFlag);
 * List<String> schemas = settings.list(Setting.SCHEMAS, schemaFlags);
 * }</pre>
 */
public final class ProjectSettings {

    public static final String DOTENV_FILE = ".env";
    public static final String PROPERTIES_FILE = "migrata.properties";
    /** Properties under this prefix are Hibernate settings the entities are read with. */
    public static final String HIBERNATE_SETTINGS_PREFIX = "migrata.entities.settings.";

    private static final Pattern DURATION = Pattern.compile("(\\d{1,9})\\s*(ms|s|m|h)?");

    private final Path projectDir;
    private final Map<String, String> environment;
    private final Map<Setting, String> overrides;
    private final Map<Setting, String> fallbacks;
    private Map<String, String> dotEnv;
    private Properties properties;

    public ProjectSettings(Path projectDir, Map<String, String> environment) {
        this(projectDir, environment, Map.of());
    }

    /**
     * @param overrides values that win over every other source, as a flag does: a command's flags, a Maven
     *                  plugin's configuration; a list setting's items are separated by commas
     */
    public ProjectSettings(Path projectDir, Map<String, String> environment, Map<Setting, String> overrides) {
        this(projectDir, environment, overrides, Map.of());
    }

    /**
     * @param fallbacks values used when neither an override, the environment, {@code .env} nor
     *                  {@code migrata.properties} sets the setting, in place of its default: a build tool's
     *                  own conventions, such as migrations under {@code src/main/java}
     */
    public ProjectSettings(Path projectDir, Map<String, String> environment, Map<Setting, String> overrides,
                           Map<Setting, String> fallbacks) {
        this.projectDir = projectDir;
        this.environment = Map.copyOf(environment);
        this.overrides = Map.copyOf(overrides);
        this.fallbacks = Map.copyOf(fallbacks);
    }

    public Path projectDir() {
        return projectDir;
    }

    /** The value an override gives the setting, or null. */
    public String override(Setting setting) {
        return overrides.get(setting);
    }

    /** A variable of the process environment alone (not {@code .env}), when set and not blank. */
    public Optional<String> environmentVariable(String name) {
        return nonBlank(environment.get(name));
    }

    /** The setting's value and where it came from, an override first; empty when nothing sets it and it has no default. */
    public Optional<ConfiguredValue> find(Setting setting) {
        return find(setting, overrides.get(setting));
    }

    /** The value, or {@code null} when the setting is not set and has no default. */
    public String value(Setting setting) {
        return value(setting, overrides.get(setting));
    }

    /** A comma-separated list, an override first. */
    public List<String> list(Setting setting) {
        return find(setting).map(value -> split(value.value(), ",")).orElse(List.of());
    }

    /** A path, an override first. */
    public Path path(Setting setting) {
        return path(setting, overrides.get(setting));
    }

    /** A duration, an override first. */
    public Duration duration(Setting setting) {
        return duration(setting, overrides.get(setting));
    }

    /** The setting's value and where it came from; empty when nothing sets it and it has no default. */
    public Optional<ConfiguredValue> find(Setting setting, String flagValue) {
        if (flagValue != null) return Optional.of(new ConfiguredValue(setting, flagValue, setting.flag()));
        return nonBlank(environment.get(setting.variable()))
                .map(value -> new ConfiguredValue(setting, value, setting.variable()))
                .or(() -> nonBlank(dotEnv().get(setting.variable()))
                        .map(value -> new ConfiguredValue(setting, value, setting.variable() + " in " + DOTENV_FILE)))
                .or(() -> nonBlank(properties().getProperty(setting.property()))
                        .map(value -> new ConfiguredValue(setting, value, setting.property() + " in " + PROPERTIES_FILE)))
                .or(() -> Optional.ofNullable(fallbacks.get(setting))
                        .map(value -> new ConfiguredValue(setting, value, "the build's default " + setting.property())))
                .or(() -> Optional.ofNullable(setting.defaultValue())
                        .map(value -> new ConfiguredValue(setting, value, "the default")));
    }

    /** The value, or {@code null} when the setting is not set and has no default. */
    public String value(Setting setting, String flagValue) {
        return find(setting, flagValue).map(ConfiguredValue::value).orElse(null);
    }

    /**
     * A comma-separated list; the flag, when given (even repeated), replaces the configured list.
     * Empty items are dropped.
     */
    public List<String> list(Setting setting, List<String> flagValues) {
        String flag = flagValues == null || flagValues.isEmpty() ? null : String.join(",", flagValues);
        return find(setting, flag).map(value -> split(value.value(), ",")).orElse(List.of());
    }

    /** A path, relative ones taken from the project directory. */
    public Path path(Setting setting, String flagValue) {
        return find(setting, flagValue).map(this::toPath).orElse(null);
    }

    /** A list of paths, an override first. */
    public List<Path> paths(Setting setting) {
        String override = overrides.get(setting);
        return paths(setting, override == null ? List.of() : List.of(override));
    }

    /** A list of paths separated by commas or the platform's path separator, relative ones from the project directory. */
    public List<Path> paths(Setting setting, List<String> flagValues) {
        String flag = flagValues == null || flagValues.isEmpty() ? null : String.join(",", flagValues);
        Optional<ConfiguredValue> found = find(setting, flag);
        if (found.isEmpty()) return List.of();
        List<Path> paths = new ArrayList<>();
        for (String item : split(found.get().value(), "[," + Pattern.quote(File.pathSeparator) + "]")) {
            paths.add(toPath(new ConfiguredValue(setting, item, found.get().origin())));
        }
        return paths;
    }

    /** {@code true} or {@code false}, an override first. */
    public boolean bool(Setting setting) {
        return bool(setting, overrides.get(setting));
    }

    /** A whole number, an override first. */
    public int count(Setting setting) {
        return count(setting, overrides.get(setting));
    }

    /** {@code true} or {@code false}, any case. */
    public boolean bool(Setting setting, String flagValue) {
        ConfiguredValue found = find(setting, flagValue).orElseThrow();
        String text = found.value().strip().toLowerCase(Locale.ROOT);
        if (text.equals("true") || text.equals("false")) return text.equals("true");
        throw new ConfigurationException(found.origin() + " '" + found.value() + "' is neither true nor false");
    }

    /** A whole number, zero or more. */
    public int count(Setting setting, String flagValue) {
        ConfiguredValue found = find(setting, flagValue).orElseThrow();
        try {
            int value = Integer.parseInt(found.value().strip());
            if (value >= 0) return value;
        } catch (NumberFormatException e) {
            // Reported below.
        }
        throw new ConfigurationException(found.origin() + " '" + found.value() + "' is not a whole number of 0 or more");
    }

    /** A duration: {@code 300} (seconds), {@code 300s}, {@code 5m}, {@code 1h}, {@code 500ms} or ISO-8601 ({@code PT5M}). */
    public Duration duration(Setting setting, String flagValue) {
        ConfiguredValue found = find(setting, flagValue).orElseThrow();
        String text = found.value().strip().toLowerCase(Locale.ROOT);
        Matcher match = DURATION.matcher(text);
        if (match.matches()) {
            long amount = Long.parseLong(match.group(1));
            String unit = match.group(2) == null ? "s" : match.group(2);
            return switch (unit) {
                case "ms" -> Duration.ofMillis(amount);
                case "m" -> Duration.ofMinutes(amount);
                case "h" -> Duration.ofHours(amount);
                default -> Duration.ofSeconds(amount);
            };
        }
        try {
            Duration duration = Duration.parse(text.toUpperCase(Locale.ROOT));
            if (!duration.isNegative()) return duration;
        } catch (DateTimeParseException e) {
            // Reported below, with the forms that work.
        }
        throw new ConfigurationException(found.origin() + " '" + found.value() + "' is not a duration"
                + " (write seconds such as 300, or 30s, 5m, 1h, PT5M)");
    }

    /**
     * The Hibernate settings the entities are read with, by name. Each source adds to the one before
     * and wins for the names it sets: {@code migrata.entities.settings.<name>} in migrata.properties,
     * then {@code MIGRATA_HIBERNATE_SETTINGS} from {@code .env}, then from the environment, then the
     * {@code --setting} flags (an override holding one {@code name=value} a line). The variable holds
     * {@code name=value} entries separated by {@code ;} or line breaks.
     *
     * @throws ConfigurationException for an entry that is not {@code name=value}
     */
    public Map<String, String> hibernateSettings() {
        Map<String, String> settings = new TreeMap<>();
        for (String key : properties().stringPropertyNames()) {
            if (key.startsWith(HIBERNATE_SETTINGS_PREFIX) && key.length() > HIBERNATE_SETTINGS_PREFIX.length()) {
                settings.put(key.substring(HIBERNATE_SETTINGS_PREFIX.length()), properties().getProperty(key).strip());
            }
        }
        String variable = Setting.HIBERNATE_SETTINGS.variable();
        String entries = "[;\\r\\n]";
        nonBlank(dotEnv().get(variable))
                .ifPresent(text -> addEntries(settings, text.split(entries), variable + " in " + DOTENV_FILE));
        nonBlank(environment.get(variable)).ifPresent(text -> addEntries(settings, text.split(entries), variable));
        String flags = overrides.get(Setting.HIBERNATE_SETTINGS);
        if (flags != null) addEntries(settings, flags.split("\\n"), Setting.HIBERNATE_SETTINGS.flag());
        return settings;
    }

    private static void addEntries(Map<String, String> settings, String[] entries, String origin) {
        for (String entry : entries) {
            if (entry.isBlank()) continue;
            int equals = entry.indexOf('=');
            String name = equals < 0 ? "" : entry.substring(0, equals).strip();
            if (name.isEmpty() || name.chars().anyMatch(Character::isWhitespace)) {
                throw new ConfigurationException(origin + " '" + entry.strip() + "' is not a Hibernate setting:"
                        + " write NAME=VALUE, e.g. hibernate.default_schema=app");
            }
            settings.put(name, entry.substring(equals + 1).strip());
        }
    }

    private Path toPath(ConfiguredValue value) {
        try {
            return projectDir.resolve(value.value().strip()).normalize();
        } catch (InvalidPathException e) {
            throw new ConfigurationException(value.origin() + " '" + value.value() + "' is not a path: " + e.getReason());
        }
    }

    private static List<String> split(String text, String separator) {
        List<String> items = new ArrayList<>();
        for (String item : text.split(separator)) {
            if (!item.isBlank()) items.add(item.strip());
        }
        return List.copyOf(items);
    }

    private Map<String, String> dotEnv() {
        if (dotEnv == null) dotEnv = DotEnvFile.read(projectDir.resolve(DOTENV_FILE), environment);
        return dotEnv;
    }

    private Properties properties() {
        if (properties == null) properties = readProperties(projectDir.resolve(PROPERTIES_FILE));
        return properties;
    }

    private static Properties readProperties(Path file) {
        Properties read = new Properties();
        if (!Files.exists(file)) return read;
        if (Files.isDirectory(file)) {
            throw new ConfigurationException(file + " is a directory, not a properties file"
                    + " (remove or rename it; migrata reads its settings from a file of that name)");
        }
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            read.load(reader);
        } catch (CharacterCodingException e) {
            throw new ConfigurationException("cannot read " + file + ": it is not UTF-8 text (save it as UTF-8;"
                    + " it must be a Java properties file)", e);
        } catch (IOException | IllegalArgumentException e) {
            throw new ConfigurationException("cannot read " + file + ": " + e.getMessage()
                    + " (it must be a Java properties file)", e);
        }
        return read;
    }

    private static Optional<String> nonBlank(String value) {
        return Optional.ofNullable(value).map(String::strip).filter(v -> !v.isEmpty());
    }
}
