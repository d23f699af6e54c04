package io.migrata.spring.boot;

import io.migrata.workflow.Migrata;
import io.migrata.workflow.MigrataException;
import io.migrata.workflow.WorkflowListener;
import io.migrata.workflow.config.Setting;
import io.migrata.workflow.error.Redactor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The application's migrations and database as the Migrata workflows see them: the compiled
 * migration classes on the application's class path, the application's {@code DataSource} (or
 * {@code migrata.url}), and the {@code migrata.*} properties, nothing else. The workflows read no
 * {@code migrata.properties}, {@code .env} or process environment of their own: in an application
 * Spring's environment is the one source of settings (it already maps {@code MIGRATA_LOCK_TIMEOUT}
 * and the like), so each {@link Migrata} is given an empty project directory of its own.
 */
public final class ApplicationMigrations {

    private final MigrataProperties properties;
    private final DataSource dataSource;
    private final ClassLoader classLoader;
    private final WorkflowListener listener;
    private final Redactor redactor = new Redactor();

    /**
     * @param applicationDataSource the application's data source, used unless {@code migrata.url} is set
     * @param classLoader           where the compiled migrations are
     */
    public ApplicationMigrations(MigrataProperties properties, DataSource applicationDataSource, ClassLoader classLoader,
                                 WorkflowListener listener) {
        this.properties = properties;
        this.classLoader = classLoader;
        this.listener = listener;
        this.dataSource = properties.getUrl() == null || properties.getUrl().isBlank()
                ? applicationDataSource : ownDataSource(properties, redactor);
        if (dataSource == null) {
            throw new MigrataException(MigrataException.Kind.USAGE, "there is no single DataSource to migrate: mark one"
                    + " @Primary, or name the database with migrata.url", null);
        }
    }

    public MigrataProperties properties() {
        return properties;
    }

    /** Runs one piece of work on a {@link Migrata} configured for the application, and closes it. */
    public <T> T with(Function<Migrata, T> work) {
        Path directory = emptyDirectory();
        try (Migrata migrata = Migrata.configure()
                .projectDirectory(directory)
                .environment(Map.of())
                .dataSource(dataSource)
                .compiledMigrations(classLoader)
                .set(Setting.MIGRATIONS_PACKAGE, properties.getMigrationsPackage())
                .set(Setting.SCHEMAS, properties.getSchemas())
                .set(Setting.VERSION_TABLE_SCHEMA, properties.getVersionTableSchema())
                .set(Setting.LOCK_TIMEOUT, properties.getLockTimeout().toMillis() + "ms")
                .listener(listener)
                .redactor(redactor)
                .load()) {
            return work.apply(migrata);
        } finally {
            deleteEmpty(directory);
        }
    }

    private static DataSource ownDataSource(MigrataProperties properties, Redactor redactor) {
        String url = properties.getUrl().strip();
        if (!url.startsWith("jdbc:postgresql:")) {
            throw new MigrataException(MigrataException.Kind.USAGE, "migrata.url must be a PostgreSQL JDBC URL such as"
                    + " jdbc:postgresql://db.example.com:5432/app (user and password go in migrata.user and migrata.password)", null);
        }
        PGSimpleDataSource own = new PGSimpleDataSource();
        try {
            own.setURL(url);
        } catch (IllegalArgumentException e) {
            throw new MigrataException(MigrataException.Kind.USAGE, "migrata.url is not a valid PostgreSQL JDBC URL: "
                    + e.getMessage(), e);
        }
        if (properties.getUser() != null) own.setUser(properties.getUser());
        if (properties.getPassword() != null) {
            redactor.addSecret(properties.getPassword());
            own.setPassword(properties.getPassword());
        }
        own.setApplicationName("migrata");
        return own;
    }

    private static Path emptyDirectory() {
        try {
            return Files.createTempDirectory("migrata-app");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary directory for Migrata", e);
        }
    }

    private static void deleteEmpty(Path directory) {
        try {
            Files.deleteIfExists(directory);
        } catch (IOException e) {
            // Only a workflow that wrote a cache there leaves it non-empty; the temporary directory is the system's to clean.
        }
    }
}
