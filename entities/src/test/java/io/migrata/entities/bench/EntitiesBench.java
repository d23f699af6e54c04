package io.migrata.entities.bench;

import io.migrata.entities.EntityModelReader;
import io.migrata.entities.EntitySource;
import io.migrata.entities.judge.EntitySetGenerator;
import io.migrata.entities.judge.InMemoryCompiler;
import io.migrata.schema.SchemaModel;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.BootstrapServiceRegistryBuilder;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;

/**
 * The steps bench/entities.sh times, one per process: {@code generate DIR} writes and compiles the
 * judge's 300-entity set, {@code read DIR} reads it with {@link EntityModelReader}, and
 * {@code sessionfactory DIR JDBC_URL} boots Hibernate's SessionFactory for the same classes, the
 * way the application itself starts.
 */
public final class EntitiesBench {

    private EntitiesBench() {
    }

    public static void main(String[] args) throws Exception {
        Path classes = Path.of(args[1]);
        switch (args[0]) {
            case "generate" -> {
                Files.createDirectories(classes);
                InMemoryCompiler.compile(EntitySetGenerator.generate(300, 20261119L), classes);
            }
            case "read" -> {
                SchemaModel model = new EntityModelReader().read(EntitySource.packages(List.of(classes), EntitySetGenerator.PACKAGE));
                System.out.println(model.tables().size() + " tables");
            }
            case "sessionfactory" -> sessionFactory(classes, args[2]);
            default -> throw new IllegalArgumentException("unknown step " + args[0]);
        }
    }

    private static void sessionFactory(Path classes, String url) throws Exception {
        java.util.logging.Logger.getLogger("org.hibernate").setLevel(java.util.logging.Level.SEVERE);
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, EntitiesBench.class.getClassLoader());
             var files = Files.walk(classes.resolve(EntitySetGenerator.PACKAGE))) {
            Map<String, Object> settings = new HashMap<>();
            settings.put("hibernate.connection.url", url);
            settings.put("hibernate.hbm2ddl.auto", "none");
            StandardServiceRegistry registry = new StandardServiceRegistryBuilder(
                    new BootstrapServiceRegistryBuilder().applyClassLoader(loader).build()).applySettings(settings).build();
            MetadataSources sources = new MetadataSources(registry);
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name, false, loader);
                if (type.isAnnotationPresent(jakarta.persistence.Entity.class)
                        || type.isAnnotationPresent(jakarta.persistence.Embeddable.class)
                        || type.isAnnotationPresent(jakarta.persistence.MappedSuperclass.class)) {
                    sources.addAnnotatedClass(type);
                }
            }
            try (SessionFactory factory = sources.buildMetadata().buildSessionFactory()) {
                System.out.println(factory.getMetamodel().getEntities().size() + " entities");
            }
            StandardServiceRegistryBuilder.destroy(registry);
        }
    }
}
