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
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Finds and instantiates the migrations of a {@link MigrationSource}: Java revisions and SQL
 * revisions ({@link SqlRevisionFile}), which form one graph. Java sources are compiled in one
 * javac task against {@code migrata-schema} (wherever this runner loaded {@link Migration} from)
 * and the source's class path; with a cache directory, each source's classes are kept under it
 * and reused while that source and the class path are unchanged, so only edited and new sources
 * (and those naming a class of theirs) are compiled again.
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
            fromSources(directory, files).forEach((type, origin) -> migrations.add(instantiate(type, origin)));
            for (Path file : files.sql()) migrations.add(sqlRevision(file, files.content(file)));
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
    private Map<Class<?>, String> fromSources(MigrationSource.Directory directory, VersionFiles files) {
        Path versions = directory.versions();
        List<Path> paths = files.java();
        if (paths.isEmpty()) return Map.of();
        List<Path> classpath = new ArrayList<>();
        classpath.add(schemaLocation());
        classpath.addAll(directory.classpath());
        List<SourceFile> sources = SourceFile.readAll(versions, paths, files);
        ClassLoader parent = new URLClassLoader(urls(directory.classpath()), Migration.class.getClassLoader());
        if (cache == null) {
            SourceCompiler.Output output = SourceCompiler.compile(versions, paths, classpath);
            return revisionTypes(versions, new MigrationClassLoader(output.classes(), Map.of(), parent), output.classes().keySet(),
                    output.sources());
        }
        String shared = CompileCache.classpathIdentity(classpath);
        Map<SourceFile, String> keys = CompileCache.keys(shared, sources);
        Map<SourceFile, CompileCache.Entry> hits = new LinkedHashMap<>();
        Set<SourceFile> misses = new LinkedHashSet<>();
        for (SourceFile source : sources) {
            Optional<CompileCache.Entry> entry = cache.find(keys.get(source));
            if (entry.isPresent()) hits.put(source, entry.get());
            else misses.add(source);
        }
        SourceCompiler.Output output = misses.isEmpty() ? null : compileChanged(versions, classpath, sources, hits, misses);
        Map<String, Path> cached = new HashMap<>();
        Map<String, String> origins = new HashMap<>();
        for (Map.Entry<SourceFile, CompileCache.Entry> hit : hits.entrySet()) {
            for (String name : hit.getValue().classes()) {
                cached.put(name, hit.getValue().directory());
                origins.put(name, hit.getKey().relative());
            }
        }
        Map<String, byte[]> compiled = output == null ? Map.of() : output.classes();
        if (output != null) origins.putAll(output.sources());
        MigrationClassLoader loader = new MigrationClassLoader(compiled, cached, parent);
        Set<String> names = new TreeSet<>(cached.keySet());
        names.addAll(compiled.keySet());
        Map<Class<?>, String> types = revisionTypes(versions, loader, names, origins);
        if (output != null) store(keys, hits, output, types);
        return types;
    }

    /**
     * Compiles the sources whose entries are missing, against the cached classes of the others
     * (which, by their keys, use none of them). Should that fail, all sources are compiled
     * together, and their errors, if any, are the ones reported.
     */
    private static SourceCompiler.Output compileChanged(Path versions, List<Path> classpath, List<SourceFile> sources,
                                                        Map<SourceFile, CompileCache.Entry> hits, Set<SourceFile> misses) {
        if (!hits.isEmpty()) {
            List<Path> against = new ArrayList<>(classpath);
            for (CompileCache.Entry entry : hits.values()) against.add(entry.directory());
            try {
                return SourceCompiler.compile(versions, misses.stream().map(SourceFile::path).toList(), against);
            } catch (CompilationFailedException e) {
                hits.clear();
            }
        }
        return SourceCompiler.compile(versions, sources.stream().map(SourceFile::path).toList(), classpath);
    }

    /** One entry per compiled source; nothing when a class file cannot be traced to its source. */
    private void store(Map<SourceFile, String> keys, Map<SourceFile, CompileCache.Entry> hits, SourceCompiler.Output output,
                       Map<Class<?>, String> types) {
        Map<String, Map<String, byte[]>> bySource = new HashMap<>();
        for (Map.Entry<String, byte[]> file : output.classes().entrySet()) {
            String source = output.sources().get(file.getKey());
            if (source == null) return;
            bySource.computeIfAbsent(source, s -> new TreeMap<>()).put(file.getKey(), file.getValue());
        }
        Set<String> revisions = new HashSet<>();
        for (Class<?> type : types.keySet()) revisions.add(type.getName());
        for (Map.Entry<SourceFile, String> key : keys.entrySet()) {
            if (hits.containsKey(key.getKey())) continue;
            Map<String, byte[]> classes = bySource.getOrDefault(key.getKey().relative(), Map.of());
            Set<String> own = new TreeSet<>(classes.keySet());
            own.retainAll(revisions);
            cache.store(key.getValue(), classes, own);
        }
        cache.prune(new HashSet<>(keys.values()));
    }

    private static Map<Class<?>, String> revisionTypes(Path versions, ClassLoader loader, Set<String> names,
                                                       Map<String, String> origins) {
        Map<Class<?>, String> types = new LinkedHashMap<>();
        for (String name : names) {
            if (name.contains("$")) continue;
            Class<?> type = loadClass(loader, name);
            if (!type.isAnnotationPresent(Revision.class)) continue;
            types.put(type, versions.resolve(origins.getOrDefault(name, name)).toString());
        }
        return types;
    }

    /** @param content the file's bytes, as read when the directory was listed */
    private static LoadedMigration sqlRevision(Path file, byte[] content) {
        String text;
        try {
            // Decoded as strictly as Files.readString: a file that is not UTF-8 is an error, not replacement characters.
            text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(content)).toString();
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
}
