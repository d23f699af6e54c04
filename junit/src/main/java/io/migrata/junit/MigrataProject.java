package io.migrata.junit;

import io.migrata.workflow.Migrata;
import io.migrata.workflow.config.Setting;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The migrations and entities a test checks, and the PostgreSQL server their scratch databases go
 * on. Either compiled migrations on the test's class path with entity packages (an application that
 * ships its migrations, a Spring Boot one for instance), or a project directory whose
 * {@code migrata.properties} says it all, as the {@code migrata} command reads it.
 *
 * <pre>{@code
 * MigrataProject.compiled("com.example.migrations", "com.example.domain").naming("spring-boot")
 * MigrataProject.directory(Path.of("."))
 * }</pre>
 *
 * <p>Scratch databases are created on, from the first that is there: {@link #scratchServer(String)},
 * {@code MIGRATA_DEV_URL} (environment, {@code .env} or {@code migrata.dev-url}), a Testcontainers
 * PostgreSQL when Testcontainers is on the test class path and a Docker engine answers, else an
 * embedded PostgreSQL.
 */
public final class MigrataProject {

    private final Path directory;
    private final ClassLoader compiledMigrations;
    private final Map<Setting, String> settings;

    private MigrataProject(Path directory, ClassLoader compiledMigrations, Map<Setting, String> settings) {
        this.directory = directory;
        this.compiledMigrations = compiledMigrations;
        this.settings = settings;
    }

    /**
     * Compiled migrations in a package of the test's class path, and the entities in these packages,
     * read with Hibernate's default naming until {@link #naming(String)} says otherwise.
     */
    public static MigrataProject compiled(String migrationsPackage, String... entityPackages) {
        Objects.requireNonNull(migrationsPackage, "migrationsPackage");
        if (entityPackages.length == 0) throw new IllegalArgumentException("name at least one entity package");
        Map<Setting, String> settings = new EnumMap<>(Setting.class);
        settings.put(Setting.MIGRATIONS_PACKAGE, migrationsPackage);
        settings.put(Setting.ENTITIES_PACKAGES, String.join(",", entityPackages));
        return new MigrataProject(null, Thread.currentThread().getContextClassLoader(), settings);
    }

    /** A project directory with its {@code migrata.properties} (and {@code .env}): migration sources and entities as it names them. */
    public static MigrataProject directory(Path projectDirectory) {
        return new MigrataProject(Objects.requireNonNull(projectDirectory, "projectDirectory"), null,
                new EnumMap<>(Setting.class));
    }

    /** How the entities' names become table and column names: {@code hibernate}, {@code spring-boot}, {@code snake-case}, or a class. */
    public MigrataProject naming(String naming) {
        return with(Setting.ENTITIES_NAMING, naming);
    }

    /** The schemas the migrations manage. */
    public MigrataProject schemas(String... schemas) {
        return with(Setting.SCHEMAS, String.join(",", List.of(schemas)));
    }

    /** The server scratch databases are created on, as a URL (libpq or JDBC form) of a user who may create databases. */
    public MigrataProject scratchServer(String url) {
        return with(Setting.DEV_URL, url);
    }

    /** Any other setting, as the command's flag would give it. */
    public MigrataProject with(Setting setting, String value) {
        Map<Setting, String> copy = new EnumMap<>(Setting.class);
        copy.putAll(settings);
        if (value == null) copy.remove(setting);
        else copy.put(setting, value);
        return new MigrataProject(directory, compiledMigrations, copy);
    }

    Migrata open(Path scratchDirectory) {
        Migrata.Builder builder = Migrata.configure()
                .projectDirectory(directory != null ? directory : scratchDirectory)
                .compiledMigrations(compiledMigrations);
        settings.forEach(builder::set);
        ScratchServers.devUrlUnlessConfigured(builder, settings, directory != null ? directory : scratchDirectory);
        return builder.load();
    }
}
