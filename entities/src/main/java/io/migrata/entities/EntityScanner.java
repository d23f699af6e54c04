package io.migrata.entities;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Finds the mapped classes in packages: every class file under the package directories of the
 * classpath's directories and jars whose bytes mention a JPA mapping annotation is loaded (without
 * running its static initializer) and kept if it carries one. Reading the bytes first keeps the
 * scan from loading, and failing on, classes that have nothing to do with the mapping.
 */
final class EntityScanner {

    private static final List<String> MAPPING_ANNOTATIONS = List.of(
            "jakarta.persistence.Entity", "jakarta.persistence.Embeddable",
            "jakarta.persistence.MappedSuperclass", "jakarta.persistence.Converter");
    private static final List<String> DESCRIPTORS = MAPPING_ANNOTATIONS.stream()
            .map(name -> "L" + name.replace('.', '/') + ";")
            .toList();

    private final ClassLoader loader;

    EntityScanner(ClassLoader loader) {
        this.loader = loader;
    }

    /** The mapped classes of the packages, sorted by name; explicit classes are loaded as they are. */
    List<Class<?>> scan(List<Path> classpath, List<String> packages, List<String> explicitClasses) {
        TreeSet<String> candidates = new TreeSet<>();
        for (String pkg : packages) {
            String folder = pkg.replace('.', '/');
            if (classpath.isEmpty()) {
                candidates.addAll(fromLoaderResources(folder));
            } else {
                for (Path entry : classpath) candidates.addAll(fromEntry(entry, folder));
            }
        }
        List<Class<?>> mapped = new ArrayList<>();
        for (String name : candidates) {
            Class<?> type = load(name);
            if (isMapped(type)) mapped.add(type);
        }
        for (String name : explicitClasses) {
            Class<?> type = load(name);
            if (!mapped.contains(type)) mapped.add(type);
        }
        if (mapped.stream().noneMatch(type -> annotation(type, "jakarta.persistence.Entity"))) {
            throw new EntityModelException(packages.isEmpty() && explicitClasses.isEmpty()
                    ? "no entity packages or classes given"
                    : "no @Entity class found in " + describe(packages, explicitClasses) + " on the classpath");
        }
        return mapped;
    }

    Class<?> load(String name) {
        try {
            return Class.forName(name, false, loader);
        } catch (ClassNotFoundException e) {
            throw new EntityModelException("class " + name + " is not on the classpath");
        } catch (LinkageError e) {
            throw new EntityModelException("class " + name + " cannot be loaded: " + linkageProblem(e), e);
        }
    }

    /** A one-line reason for a class that failed to load; a missing class means a missing jar. */
    static String linkageProblem(Throwable error) {
        if (error instanceof NoClassDefFoundError) {
            return "it needs " + error.getMessage().replace('/', '.') + ", which is not on the classpath (a dependency jar is missing)";
        }
        if (error instanceof ExceptionInInitializerError) {
            return "its static initializer failed";
        }
        return error.getClass().getSimpleName() + ": " + error.getMessage();
    }

    private static boolean isMapped(Class<?> type) {
        return MAPPING_ANNOTATIONS.stream().anyMatch(name -> annotation(type, name));
    }

    private static boolean annotation(Class<?> type, String annotationName) {
        for (Annotation annotation : type.getDeclaredAnnotations()) {
            if (annotation.annotationType().getName().equals(annotationName)) return true;
        }
        return false;
    }

    private static List<String> fromEntry(Path entry, String folder) {
        if (Files.isDirectory(entry)) return fromDirectory(entry, folder);
        if (Files.isRegularFile(entry)) return fromJar(entry, folder);
        throw new EntityModelException("classpath entry " + entry + " does not exist");
    }

    private static List<String> fromDirectory(Path root, String folder) {
        Path start = root.resolve(folder);
        if (!Files.isDirectory(start)) return List.of();
        try (Stream<Path> files = Files.walk(start)) {
            List<String> names = new ArrayList<>();
            for (Path file : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".class"))::iterator) {
                if (mentionsMapping(read(file), "class file " + file)) {
                    names.add(className(root.relativize(file).toString().replace('\\', '/')));
                }
            }
            return names;
        } catch (IOException e) {
            throw new EntityModelException("cannot read classpath directory " + start + ": " + ioProblem(e), e);
        } catch (UncheckedIOException e) {
            throw new EntityModelException("cannot read classpath directory " + start + ": " + ioProblem(e.getCause()), e);
        }
    }

    private static List<String> fromJar(Path jar, String folder) {
        try (JarFile file = new JarFile(jar.toFile())) {
            List<String> names = new ArrayList<>();
            for (JarEntry entry : Collections.list(file.entries())) {
                String path = entry.getName();
                if (path.startsWith(folder + "/") && path.endsWith(".class") && !path.startsWith("META-INF/")) {
                    byte[] bytes;
                    try (InputStream in = file.getInputStream(entry)) {
                        bytes = in.readAllBytes();
                    } catch (IOException e) {
                        throw new EntityModelException("cannot read class file " + path + " in jar " + jar + ": "
                                + e.getMessage() + " (rebuild the jar)", e);
                    }
                    if (mentionsMapping(bytes, "class file " + path + " in jar " + jar)) names.add(className(path));
                }
            }
            return names;
        } catch (IOException e) {
            throw new EntityModelException("cannot read jar " + jar + ": " + e.getMessage(), e);
        }
    }

    private List<String> fromLoaderResources(String folder) {
        List<String> names = new ArrayList<>();
        try {
            for (URL url : Collections.list(loader.getResources(folder))) {
                if (url.getProtocol().equals("file")) {
                    Path directory = Path.of(url.toURI());
                    Path root = directory;
                    for (int i = 0; i < folder.split("/").length; i++) root = root.getParent();
                    names.addAll(fromDirectory(root, folder));
                } else if (url.getProtocol().equals("jar")) {
                    JarURLConnection connection = (JarURLConnection) url.openConnection();
                    names.addAll(fromJar(Path.of(connection.getJarFileURL().toURI()), folder));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new EntityModelException("cannot scan package " + folder.replace('/', '.') + ": " + e.getMessage(), e);
        }
        return names;
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new EntityModelException("cannot read class file " + file + ": " + ioProblem(e)
                    + " (check its permissions, or rebuild the entity classes)", e);
        }
    }

    private static String ioProblem(IOException e) {
        if (e instanceof AccessDeniedException denied) return "permission denied on " + denied.getFile();
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }

    /**
     * Whether a class file refers to a mapping annotation. A file that is not a complete class stops
     * the scan: skipping it would drop its entity's table from the model, and so from the database.
     */
    private static boolean mentionsMapping(byte[] bytes, String what) {
        try {
            return ClassFileConstants.read(bytes).stream().anyMatch(DESCRIPTORS::contains);
        } catch (ClassFileConstants.CorruptClassFileException e) {
            throw new EntityModelException(what + " is not a valid class file: " + e.getMessage()
                    + " (an interrupted build? rebuild the entity classes)");
        }
    }

    private static String className(String path) {
        return path.substring(0, path.length() - ".class".length()).replace('/', '.');
    }

    private static String describe(List<String> packages, List<String> classes) {
        List<String> parts = new ArrayList<>();
        if (!packages.isEmpty()) parts.add("package" + (packages.size() > 1 ? "s " : " ") + String.join(", ", packages));
        if (!classes.isEmpty()) parts.add("class" + (classes.size() > 1 ? "es " : " ") + String.join(", ", classes));
        return String.join(" and ", parts);
    }
}
