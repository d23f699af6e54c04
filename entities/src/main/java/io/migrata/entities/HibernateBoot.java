package io.migrata.entities;

import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.BootstrapServiceRegistry;
import org.hibernate.boot.registry.BootstrapServiceRegistryBuilder;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;

/**
 * Hibernate's boot metamodel for the entities, built the way the application builds it but without
 * a database: PostgreSQL's dialect is chosen by name and version, and JDBC metadata access is off.
 * Closing it releases the service registry and the class loader.
 */
final class HibernateBoot implements AutoCloseable {

    // Keeps a handle so the level survives garbage collection of the logger.
    private static final Logger HIBERNATE_LOG = Logger.getLogger("org.hibernate");

    private final URLClassLoader classpathLoader;
    private final StandardServiceRegistry registry;
    private final Metadata metadata;
    private final List<Class<?>> mappedClasses;

    private HibernateBoot(URLClassLoader classpathLoader, StandardServiceRegistry registry, Metadata metadata,
                          List<Class<?>> mappedClasses) {
        this.classpathLoader = classpathLoader;
        this.registry = registry;
        this.metadata = metadata;
        this.mappedClasses = mappedClasses;
    }

    static HibernateBoot boot(EntitySource source) {
        HIBERNATE_LOG.setLevel(Level.SEVERE);
        URLClassLoader classpathLoader = source.classpath().isEmpty() ? null : classLoader(source.classpath());
        ClassLoader loader = classpathLoader != null ? classpathLoader : EntityModelReader.class.getClassLoader();
        StandardServiceRegistry registry = null;
        try {
            EntityScanner scanner = new EntityScanner(loader);
            List<Class<?>> mapped = scanner.scan(source.classpath(), source.packages(), source.classes());
            mapped.forEach(LinkageCheck::verify);
            BootstrapServiceRegistry bootstrap = new BootstrapServiceRegistryBuilder()
                    .applyClassLoaderService(new RememberingClassLoaderService(loader)).build();
            registry = new StandardServiceRegistryBuilder(bootstrap).applySettings(settings(source)).build();
            MetadataSources sources = new MetadataSources(registry);
            mapped.forEach(sources::addAnnotatedClass);
            Metadata metadata = MappingFailures.translate(mapped, () -> sources.getMetadataBuilder().build());
            return new HibernateBoot(classpathLoader, registry, metadata, mapped);
        } catch (RuntimeException | Error e) {
            if (registry != null) StandardServiceRegistryBuilder.destroy(registry);
            closeQuietly(classpathLoader);
            throw e;
        }
    }

    /** The settings the application's own boot would use, minus any database access. */
    static Map<String, Object> settings(EntitySource source) {
        Map<String, Object> settings = new HashMap<>(source.settings());
        settings.put("hibernate.boot.allow_jdbc_metadata_access", "false");
        settings.put("jakarta.persistence.database-product-name", "PostgreSQL");
        settings.put("jakarta.persistence.database-major-version", String.valueOf(source.postgresMajorVersion()));
        settings.putIfAbsent("jakarta.persistence.database-minor-version", "0");
        if (source.naming().physicalStrategy() != null) {
            settings.put("hibernate.physical_naming_strategy", source.naming().physicalStrategy());
        }
        if (source.naming().implicitStrategy() != null) {
            settings.put("hibernate.implicit_naming_strategy", source.naming().implicitStrategy());
        }
        return settings;
    }

    Metadata metadata() {
        return metadata;
    }

    StandardServiceRegistry registry() {
        return registry;
    }

    List<Class<?>> mappedClasses() {
        return mappedClasses;
    }

    @Override
    public void close() {
        StandardServiceRegistryBuilder.destroy(registry);
        closeQuietly(classpathLoader);
    }

    private static URLClassLoader classLoader(List<Path> classpath) {
        URL[] urls = new URL[classpath.size()];
        for (int i = 0; i < urls.length; i++) {
            Path entry = classpath.get(i);
            if (!entry.toFile().exists()) throw new EntityModelException("classpath entry " + entry + " does not exist");
            try {
                urls[i] = entry.toUri().toURL();
            } catch (MalformedURLException e) {
                throw new EntityModelException("classpath entry " + entry + " is not a valid location", e);
            }
        }
        return new URLClassLoader(urls, EntityModelReader.class.getClassLoader());
    }

    private static void closeQuietly(URLClassLoader loader) {
        if (loader == null) return;
        try {
            loader.close();
        } catch (java.io.IOException ignored) {
            // Nothing is left to release: the loader only reads local files.
        }
    }
}
