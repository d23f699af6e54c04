package io.migrata.runner.load;

import io.migrata.runner.graph.RevisionNode;
import io.migrata.schema.migration.Migration;
import io.migrata.schema.migration.Revision;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.net.MalformedURLException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds and instantiates the migrations of a {@link MigrationSource}: Java revisions and SQL
 * revisions ({@link SqlRevisionFile}), which form one graph. Java sources are compiled in one
 * javac task against {@code migrata-schema} (wherever this runner loaded {@link Migration} from)
 * and the source's class path; with a cache directory, the compiled classes are kept under it and
 * reused while no source and no class path entry changes.
 *
 * <pre>{@code
 * LoadedMigrations migrations = new MigrationLoader(Path.of(".migrata"))
 *         .load(MigrationSource.directory(Path.of("migrations/versions")));
 * migrations.graph().heads();
 * }</pre>
 */
public final class MigrationLoader {

    private final CompileCache cache;

    /** @param cacheDirectory where compiled sources are kept, or {@code null} to compile every time */
    public MigrationLoader(Path cacheDirectory) {
        this.cache = cacheDirectory == null ? null : new CompileCache(cacheDirectory);
    }

    public LoadedMigrations load(MigrationSource source) {
        List<LoadedMigration> migrations = new ArrayList<>();
        if (source instanceof MigrationSource.Directory directory) {
            VersionFiles files = VersionFiles.of(directory.versions());
            fromSources(directory, files.java()).forEach((type, origin) -> migrations.add(instantiate(type, origin)));
            for (Path file : files.sql()) migrations.add(sqlRevision(file));
        } else if (source instanceof MigrationSource.ClassPathPackage pkg) {
            for (String name : PackageScanner.classNames(pkg.packageName(), pkg.loader())) {
                Class<?> type = loadClass(pkg.loader(), name);
                if (type.isAnnotationPresent(Revision.class)) migrations.add(instantiate(type, type.getName()));
            }
            for (String resource : PackageScanner.sqlResources(pkg.packageName(), pkg.loader())) {
                migrations.add(sqlRevision(pkg.loader(), resource));
            }
            if (migrations.isEmpty() && !packageExists(pkg)) {
                throw new MigrationsNotFoundException("package " + pkg.packageName() + " is not on the class path"
                        + " (check the package name, and that the jar holding the migrations is on the class path)");
            }
        } else if (source instanceof MigrationSource.Classes classes) {
            for (Class<? extends Migration> type : classes.classes()) migrations.add(instantiate(type, type.getName()));
        }
        return new LoadedMigrations(migrations);
    }

    /** The migration classes of a versions directory's Java sources, each with the source file it came from. */
    private Map<Class<?>, String> fromSources(MigrationSource.Directory directory, List<Path> sources) {
        Path versions = directory.versions();
        if (sources.isEmpty()) return Map.of();
        List<Path> classpath = new ArrayList<>();
        classpath.add(schemaLocation());
        classpath.addAll(directory.classpath());
        String key = CompileCache.key(versions, sources, classpath);
        Optional<CompileCache.Entry> cached = cache == null ? Optional.empty() : cache.find(key);
        if (cached.isPresent()) {
            List<Path> path = new ArrayList<>(List.of(cached.get().classes()));
            path.addAll(directory.classpath());
            ClassLoader loader = new URLClassLoader(urls(path), Migration.class.getClassLoader());
            Map<Class<?>, String> types = new LinkedHashMap<>();
            cached.get().migrations()
                    .forEach((name, file) -> types.put(loadClass(loader, name), versions.resolve(file).toString()));
            return types;
        }
        SourceCompiler.Output output = SourceCompiler.compile(versions, sources, classpath);
        ClassLoader loader = new MemoryClassLoader(output.classes(),
                new URLClassLoader(urls(directory.classpath()), Migration.class.getClassLoader()));
        Map<Class<?>, String> types = new LinkedHashMap<>();
        Map<String, String> index = new LinkedHashMap<>();
        for (String name : output.classes().keySet()) {
            if (name.contains("$")) continue;
            Class<?> type = loadClass(loader, name);
            if (!type.isAnnotationPresent(Revision.class)) continue;
            String file = output.sources().getOrDefault(name, name);
            types.put(type, versions.resolve(file).toString());
            index.put(name, file);
        }
        if (cache != null) cache.store(key, output.classes(), index);
        return types;
    }

    private static LoadedMigration sqlRevision(Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw new InvalidMigrationException(file.toString(), "cannot be read: " + e.getMessage());
        }
        return loaded(SqlRevisionFile.parse(file.toString(), file.getFileName().toString(), text));
    }

    private static LoadedMigration sqlRevision(ClassLoader loader, String resource) {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) throw new InvalidMigrationException(resource, "the class path lists it but cannot open it");
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return loaded(SqlRevisionFile.parse(resource, resource.substring(resource.lastIndexOf('/') + 1), text));
        } catch (IOException e) {
            throw new InvalidMigrationException(resource, "cannot be read: " + e.getMessage());
        }
    }

    private static LoadedMigration loaded(SqlMigration migration) {
        return new LoadedMigration(migration.node(), migration);
    }

    /** Where {@code migrata-schema} is: its jar, or its class directory when run from a build. */
    static Path schemaLocation() {
        var codeSource = Migration.class.getProtectionDomain().getCodeSource();
        try {
            if (codeSource != null && codeSource.getLocation().getProtocol().equals("file")) {
                return Path.of(codeSource.getLocation().toURI());
            }
        } catch (URISyntaxException e) {
            // falls through to the error below
        }
        throw new MigrationsNotFoundException("compiling migration sources needs migrata-schema as a file on the class path,"
                + " but it was loaded from " + (codeSource == null ? "an unknown place" : codeSource.getLocation())
                + " (load compiled migrations from a package instead)");
    }

    private static LoadedMigration instantiate(Class<?> type, String origin) {
        Revision revision = type.getAnnotation(Revision.class);
        if (revision == null) {
            throw new InvalidMigrationException(type.getName(),
                    "it has no @Revision annotation (add one naming its id and parents)");
        }
        if (!Migration.class.isAssignableFrom(type)) {
            throw new InvalidMigrationException(origin, "class " + type.getName()
                    + " is annotated @Revision but does not implement io.migrata.schema.migration.Migration");
        }
        if (Modifier.isAbstract(type.getModifiers())) {
            throw new InvalidMigrationException(origin, "class " + type.getName() + " is abstract (make it a concrete class)");
        }
        RevisionNode node = new RevisionNode(revision.id(), List.of(revision.parents()), revision.message(),
                revision.created(), origin, revision.baseline(), List.of(revision.replaces()));
        try {
            Constructor<?> constructor = type.getDeclaredConstructor();
            constructor.setAccessible(true);
            return new LoadedMigration(node, (Migration) constructor.newInstance());
        } catch (NoSuchMethodException e) {
            throw new InvalidMigrationException(origin, "class " + type.getName() + " needs a constructor without parameters");
        } catch (InvocationTargetException e) {
            throw new MigrationCodeException(node, "its constructor", e.getCause(), "");
        } catch (ExceptionInInitializerError e) {
            throw new MigrationCodeException(node, "its static initializer", e, "");
        } catch (LinkageError e) {
            // A class it needs is missing, or its static initializer failed on an earlier attempt.
            throw new MigrationCodeException(node, "loading the class", e, "");
        } catch (InstantiationException | IllegalAccessException e) {
            throw new InvalidMigrationException(origin, "class " + type.getName() + " cannot be instantiated: " + e.getMessage());
        }
    }

    private static Class<?> loadClass(ClassLoader loader, String name) {
        try {
            return Class.forName(name, false, loader);
        } catch (ClassNotFoundException e) {
            throw new InvalidMigrationException(name, "the class cannot be loaded: " + e
                    + " (check the class path the migrations need)");
        } catch (LinkageError e) {
            throw new MigrationCodeException(name, "loading the class", e);
        }
    }

    private static boolean packageExists(MigrationSource.ClassPathPackage pkg) {
        return pkg.loader().getResource(pkg.packageName().replace('.', '/')) != null
                || !PackageScanner.classNames(pkg.packageName(), pkg.loader()).isEmpty();
    }

    private static URL[] urls(List<Path> paths) {
        List<URL> urls = new ArrayList<>();
        for (Path path : paths) {
            try {
                urls.add(path.toUri().toURL());
            } catch (MalformedURLException e) {
                throw new IllegalArgumentException("not a usable class path entry: " + path, e);
            }
        }
        return urls.toArray(URL[]::new);
    }

    /** Defines the classes javac just wrote, straight from memory. */
    private static final class MemoryClassLoader extends ClassLoader {
        private final Map<String, byte[]> classes;

        MemoryClassLoader(Map<String, byte[]> classes, ClassLoader parent) {
            super(parent);
            this.classes = classes;
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            byte[] bytes = classes.get(name);
            if (bytes == null) throw new ClassNotFoundException(name);
            return defineClass(name, bytes, 0, bytes.length);
        }
    }
}
