package io.migrata.entities;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Where the entities are and how the application boots Hibernate.
 *
 * @param classpath directories and jars holding the entity classes and their dependencies; empty
 *     means the reader's own class loader
 * @param packages packages scanned (with sub-packages) for {@code @Entity}, {@code @Embeddable},
 *     {@code @MappedSuperclass} and {@code @Converter} classes
 * @param classes fully qualified class names read in addition to the scanned ones
 * @param naming the application's naming strategies
 * @param settings further Hibernate settings the application boots with
 *     ({@code hibernate.default_schema}, {@code hibernate.type.preferred_instant_jdbc_type}, …)
 * @param postgresMajorVersion the PostgreSQL major the DDL is for (Hibernate's dialect varies by it)
 *
 * <pre>{@code
 * EntitySource source = EntitySource.packages(List.of(Path.of("target/classes")), "com.example.domain")
 *         .withNaming(Naming.SPRING_BOOT);
 * SchemaModel model = new EntityModelReader().read(source);
 * }</pre>
 */
public record EntitySource(
        List<Path> classpath,
        List<String> packages,
        List<String> classes,
        Naming naming,
        Map<String, String> settings,
        int postgresMajorVersion) {

    public static final int DEFAULT_POSTGRES_MAJOR_VERSION = 15;

    public EntitySource {
        classpath = List.copyOf(classpath);
        packages = List.copyOf(packages);
        classes = List.copyOf(classes);
        Objects.requireNonNull(naming, "naming");
        settings = Map.copyOf(settings);
        if (postgresMajorVersion < 12) {
            throw new IllegalArgumentException("PostgreSQL major version " + postgresMajorVersion + " is below 12");
        }
    }

    /** The entities in these packages (and their sub-packages) on the classpath. */
    public static EntitySource packages(List<Path> classpath, String... packages) {
        return new EntitySource(classpath, List.of(packages), List.of(), Naming.HIBERNATE, Map.of(),
                DEFAULT_POSTGRES_MAJOR_VERSION);
    }

    /** Exactly these classes, by fully qualified name. */
    public static EntitySource classes(List<Path> classpath, String... classNames) {
        return new EntitySource(classpath, List.of(), List.of(classNames), Naming.HIBERNATE, Map.of(),
                DEFAULT_POSTGRES_MAJOR_VERSION);
    }

    /** Exactly these classes, already loaded by the caller. */
    public static EntitySource classes(Class<?>... entityClasses) {
        return classes(List.of(), java.util.Arrays.stream(entityClasses).map(Class::getName).toArray(String[]::new));
    }

    public EntitySource withNaming(Naming newNaming) {
        return new EntitySource(classpath, packages, classes, newNaming, settings, postgresMajorVersion);
    }

    /** These settings added to (and replacing) the current ones. */
    public EntitySource withSettings(Map<String, String> moreSettings) {
        Map<String, String> merged = new LinkedHashMap<>(settings);
        merged.putAll(moreSettings);
        return new EntitySource(classpath, packages, classes, naming, merged, postgresMajorVersion);
    }

    public EntitySource withPostgresMajorVersion(int version) {
        return new EntitySource(classpath, packages, classes, naming, settings, version);
    }
}
