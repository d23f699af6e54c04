package io.migrata.maven;

import io.migrata.workflow.Migrata;
import io.migrata.workflow.MigrataException;
import io.migrata.workflow.config.ProjectSettings;
import io.migrata.workflow.config.Setting;
import io.migrata.workflow.error.Redactor;
import java.io.File;
import java.io.IOException;
import java.lang.reflect.Field;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * What every goal shares: the settings a {@code <configuration>} or {@code -Dmigrata.…} gives (they
 * win as the command's flags do, over {@code DATABASE_URL}, {@code .env} and {@code migrata.properties}),
 * the project's own class path for the entities, the migrations under the project's sources, and
 * failures as build failures with the workflow's one line. Each goal makes one call on {@link Migrata}.
 */
abstract class MigrataMojo extends AbstractMojo {

    /** How the migrations are read: compiled in memory from the project's sources, or from its compiled classes. */
    enum MigrationsFrom { sources, classes }

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    MavenProject project;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    MavenSession session;

    @Parameter(defaultValue = "${mojoExecution}", readonly = true, required = true)
    MojoExecution execution;

    /** Where {@code migrata.properties}, {@code .env} and {@code .migrata/} are. */
    @Parameter(property = "migrata.projectDirectory", defaultValue = "${project.basedir}")
    @CommandOption("-C")
    File projectDirectory;

    @Parameter(property = "migrata.url")
    @SetsSetting(Setting.URL)
    String url;

    @Parameter(property = "migrata.dev-url")
    @SetsSetting(Setting.DEV_URL)
    String devUrl;

    /** Comma-separated packages scanned for entities. */
    @Parameter(property = "migrata.entities.packages")
    @SetsSetting(Setting.ENTITIES_PACKAGES)
    String entities;

    @Parameter(property = "migrata.entities.naming")
    @SetsSetting(Setting.ENTITIES_NAMING)
    String naming;

    /** The folder of {@code .sql} files declaring what JPA cannot say (functions, triggers, views, ...). */
    @Parameter(property = "migrata.schema-sql")
    @SetsSetting(Setting.SCHEMA_SQL)
    String schemaSql;

    @Parameter(property = "migrata.schemas")
    @SetsSetting(Setting.SCHEMAS)
    String schemas;

    @Parameter(property = "migrata.include")
    @SetsSetting(Setting.INCLUDE)
    String include;

    @Parameter(property = "migrata.exclude")
    @SetsSetting(Setting.EXCLUDE)
    String exclude;

    @Parameter(property = "migrata.manage")
    @SetsSetting(Setting.MANAGE)
    String manage;

    /** {@code TABLE.COLUMN=EXPRESSION} entries separated by {@code ;}: the USING expression of a type change. */
    @Parameter(property = "migrata.using")
    @SetsSetting(Setting.USING)
    String using;

    /** {@code true}: types are equal only when the catalog spells them the same. */
    @Parameter(property = "migrata.types.strict")
    @SetsSetting(Setting.STRICT_TYPES)
    String strictTypes;

    /** {@code true}: grants and default privileges are compared too. */
    @Parameter(property = "migrata.grants")
    @SetsSetting(Setting.GRANTS)
    String grants;

    @Parameter(property = "migrata.migrations.package")
    @SetsSetting(Setting.MIGRATIONS_PACKAGE)
    String migrationsPackage;

    /** Default: the migrations package's directory under the project's source directory. */
    @Parameter(property = "migrata.versions.directory")
    @SetsSetting(Setting.VERSIONS_DIRECTORY)
    String versionsDirectory;

    @Parameter(property = "migrata.version-table.schema")
    @SetsSetting(Setting.VERSION_TABLE_SCHEMA)
    String versionTableSchema;

    @Parameter(property = "migrata.lock-timeout")
    @SetsSetting(Setting.LOCK_TIMEOUT)
    String lockTimeout;

    @Parameter(property = "migrata.migrationsFrom", defaultValue = "sources")
    MigrationsFrom migrationsFrom;

    @Parameter(property = "migrata.skip", defaultValue = "false")
    boolean skip;

    /** Run the goal in a JVM of its own, started as the command starts its own (see {@link ForkedGoal}). */
    @Parameter(property = "migrata.fork", defaultValue = "true")
    boolean fork;

    @Override
    public final void execute() throws MojoFailureException {
        if (skip) {
            getLog().info("migrata: skipped (migrata.skip)");
            return;
        }
        if (session.getProjects().size() > 1 && !declaresThisPlugin()) {
            getLog().info("migrata: skipped, " + project.getArtifactId() + " does not declare migrata-maven-plugin in its build");
            return;
        }
        GoalContext context = new GoalContext(Path.of(project.getBuild().getSourceDirectory()), classpath(),
                session.getRequest().isShowErrors());
        if (fork) ForkedGoal.run(this, context);
        else runHere(context);
    }

    /** The goal in this JVM: Maven's, or the forked one. */
    final void runHere(GoalContext context) throws MojoFailureException {
        Redactor redactor = new Redactor();
        try (Migrata migrata = configure(redactor, context)) {
            run(migrata);
        } catch (MigrataException e) {
            // Maven appends a cause's message to the one line; the cause is for -e alone.
            String line = MavenWording.of(e.getMessage());
            if (!context.showErrors()) throw new MojoFailureException(line);
            throw new MojoFailureException(line, RedactedTrace.of(e, redactor));
        }
    }

    /** The goal's one call, and what it logs. */
    abstract void run(Migrata migrata) throws MojoFailureException;

    private Migrata configure(Redactor redactor, GoalContext context) throws MojoFailureException {
        Map<Setting, String> overrides = new EnumMap<>(Setting.class);
        for (Field field : GoalParameters.of(getClass())) {
            SetsSetting setting = field.getAnnotation(SetsSetting.class);
            Object value = setting == null ? null : value(field);
            if (value != null) put(overrides, setting.value(), value.toString());
        }
        List<String> classpath = context.classpath();
        // Maven knows the application's class path exactly; a configured one is for the command.
        overrides.put(Setting.ENTITIES_CLASSPATH, String.join(File.pathSeparator, classpath));

        Path directory = projectDirectory.toPath();
        Map<String, String> environment = System.getenv();
        String pkg = new ProjectSettings(directory.toAbsolutePath(), environment, overrides).value(Setting.MIGRATIONS_PACKAGE);
        Path sources = context.sourceDirectory().resolve(pkg.replace('.', File.separatorChar));

        Migrata.Builder builder = Migrata.configure()
                .projectDirectory(directory)
                .environment(environment)
                .fallback(Setting.VERSIONS_DIRECTORY, sources.toString())
                .listener(new LogListener(getLog()))
                .redactor(redactor);
        overrides.forEach(builder::set);
        if (migrationsFrom == MigrationsFrom.classes) builder.compiledMigrations(classLoader(classpath));
        Migrata migrata = builder.load();
        if (migrationsFrom == MigrationsFrom.sources) startMigrationsPackage(migrata, sources);
        return migrata;
    }

    /**
     * A project that declared the plugin and has written no revision yet is at base, not broken: its
     * default migrations package is started (an empty directory) instead of every goal failing on it.
     * A directory someone configured is left alone, so a typo in it still fails the goal.
     */
    private static void startMigrationsPackage(Migrata migrata, Path defaultDirectory) throws MojoFailureException {
        Path directory = migrata.settings().path(Setting.VERSIONS_DIRECTORY);
        if (Files.isDirectory(directory) || !directory.toAbsolutePath().normalize().equals(defaultDirectory.toAbsolutePath().normalize())) {
            return;
        }
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            migrata.close();
            throw new MojoFailureException("cannot create the migrations directory " + directory + ": " + e.getMessage());
        }
    }

    private Object value(Field field) {
        try {
            return field.get(this);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("the goal's own field " + field.getName() + " is not readable", e);
        }
    }

    private static void put(Map<Setting, String> overrides, Setting setting, String value) {
        if (value != null && !value.isBlank()) overrides.put(setting, value.strip());
    }

    /** The project's compiled classes and every dependency they compile and run with (provided ones included). */
    private List<String> classpath() {
        Set<String> elements = new LinkedHashSet<>();
        try {
            elements.addAll(project.getCompileClasspathElements());
            elements.addAll(project.getRuntimeClasspathElements());
        } catch (DependencyResolutionRequiredException e) {
            throw new IllegalStateException("the goal declares dependency resolution, so Maven resolved them", e);
        }
        // A module without sources of its own (only migrations, say) has no target/classes yet.
        elements.removeIf(element -> !new File(element).exists());
        return new ArrayList<>(elements);
    }

    /** The project's classes over this plugin's, so Migrata's own types stay one and the same. */
    private ClassLoader classLoader(List<String> classpath) {
        List<URL> urls = new ArrayList<>();
        for (String element : classpath) {
            try {
                urls.add(new File(element).toURI().toURL());
            } catch (MalformedURLException e) {
                throw new IllegalStateException("Maven gave a class path entry that is not a file: " + element, e);
            }
        }
        return new URLClassLoader(urls.toArray(URL[]::new), getClass().getClassLoader());
    }

    private boolean declaresThisPlugin() {
        String key = execution.getMojoDescriptor().getPluginDescriptor().getPluginLookupKey();
        return project.getBuildPlugins().stream().anyMatch(plugin -> plugin.getKey().equals(key));
    }

    /** A comma-separated parameter as a list. */
    static List<String> items(String text) {
        List<String> items = new ArrayList<>();
        if (text == null) return items;
        for (String item : text.split(",")) {
            if (!item.isBlank()) items.add(item.strip());
        }
        return items;
    }
}
