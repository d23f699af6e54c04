package io.migrata.workflow.config;

/**
 * Every setting a command reads, with its three names: the {@code migrata.properties} key, the
 * environment variable (also read from {@code .env}) and the command-line flag. The first that is
 * set wins: flag, environment, {@code .env}, {@code migrata.properties}, then the default.
 * docs/configuration.md lists them.
 */
public enum Setting {
    URL("migrata.url", "DATABASE_URL", "--url", null),
    DEV_URL("migrata.dev-url", "MIGRATA_DEV_URL", "--dev-url", null),
    VERSIONS_DIRECTORY("migrata.versions.directory", "MIGRATA_VERSIONS_DIRECTORY", "--versions-dir", "migrations/versions"),
    MIGRATIONS_PACKAGE("migrata.migrations.package", "MIGRATA_MIGRATIONS_PACKAGE", "--package", "migrations"),
    ENTITIES_PACKAGES("migrata.entities.packages", "MIGRATA_ENTITIES_PACKAGES", "--entities", null),
    ENTITIES_CLASSPATH("migrata.entities.classpath", "MIGRATA_ENTITIES_CLASSPATH", "--entities-classpath", null),
    ENTITIES_NAMING("migrata.entities.naming", "MIGRATA_ENTITIES_NAMING", "--naming", "hibernate"),
    /** The folder of {@code .sql} files that declare, on top of the entities' tables, what JPA cannot say. */
    SCHEMA_SQL("migrata.schema-sql", "MIGRATA_SCHEMA_SQL", "--schema-sql", "migrations/schema"),
    /**
     * Hibernate settings, merged name by name: {@code migrata.entities.settings.<name>} keys, then
     * the variable's {@code name=value} entries (separated by {@code ;} or line breaks), then the
     * repeatable flag; see {@link ProjectSettings#hibernateSettings()}.
     */
    HIBERNATE_SETTINGS(ProjectSettings.HIBERNATE_SETTINGS_PREFIX + "<name>", "MIGRATA_HIBERNATE_SETTINGS", "--setting", null),
    SCHEMAS("migrata.schemas", "MIGRATA_SCHEMAS", "--schema", null),
    INCLUDE("migrata.include", "MIGRATA_INCLUDE", "--include", null),
    EXCLUDE("migrata.exclude", "MIGRATA_EXCLUDE", "--exclude", null),
    MANAGE("migrata.manage", "MIGRATA_MANAGE", "--manage", null),
    USING("migrata.using", "MIGRATA_USING", "--using", null),
    STRICT_TYPES("migrata.types.strict", "MIGRATA_TYPES_STRICT", "--strict-types", "false"),
    GRANTS("migrata.grants", "MIGRATA_GRANTS", "--grants", "false"),
    VERSION_TABLE_SCHEMA("migrata.version-table.schema", "MIGRATA_VERSION_TABLE_SCHEMA", "--version-schema", "public"),
    LOCK_TIMEOUT("migrata.lock-timeout", "MIGRATA_LOCK_TIMEOUT", "--lock-timeout", "300s"),
    ONLINE("migrata.online", "MIGRATA_ONLINE", "--blocking", "true"),
    EXPAND_CONTRACT("migrata.expand-contract", "MIGRATA_EXPAND_CONTRACT", "--expand-contract", "false"),
    STATEMENT_LOCK_TIMEOUT("migrata.statement-lock-timeout", "MIGRATA_STATEMENT_LOCK_TIMEOUT", "--statement-lock-timeout",
            "3s"),
    LOCK_RETRIES("migrata.lock-retries", "MIGRATA_LOCK_RETRIES", "--lock-retries", "5"),
    /** Whether replayed scratch databases are kept on the development server as templates for the next replay. */
    SCRATCH_TEMPLATES("migrata.scratch-templates", "MIGRATA_SCRATCH_TEMPLATES", "--scratch-templates", "true");

    private final String property;
    private final String variable;
    private final String flag;
    private final String defaultValue;

    Setting(String property, String variable, String flag, String defaultValue) {
        this.property = property;
        this.variable = variable;
        this.flag = flag;
        this.defaultValue = defaultValue;
    }

    /** The key in {@code migrata.properties}. */
    public String property() {
        return property;
    }

    /** The environment variable, also read from {@code .env}. */
    public String variable() {
        return variable;
    }

    public String flag() {
        return flag;
    }

    /** The value when nothing is set, or {@code null} when the setting is optional. */
    public String defaultValue() {
        return defaultValue;
    }
}
