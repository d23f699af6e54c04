package io.migrata.runner.load;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The names of the top-level classes and the SQL revisions in a package and its subpackages, from
 * every class path entry (directory or jar) that holds it. Jars are also read entry by entry,
 * because a jar written without directory entries does not answer {@code getResources} for a
 * package.
 */
final class PackageScanner {

    private PackageScanner() {
    }

    static SortedSet<String> classNames(String packageName, ClassLoader loader) {
        SortedSet<String> names = new TreeSet<>();
        for (String resource : resources(packageName, loader)) {
            if (!resource.endsWith(".class") || resource.contains("$") || resource.endsWith("package-info.class")) continue;
            names.add(resource.substring(0, resource.length() - ".class".length()).replace('/', '.'));
        }
        return names;
    }

    /** The resource names of the {@code .sql} files in the package and its subpackages. */
    static SortedSet<String> sqlResources(String packageName, ClassLoader loader) {
        SortedSet<String> names = new TreeSet<>();
        for (String resource : resources(packageName, loader)) {
            if (resource.endsWith(".sql")) names.add(resource);
        }
        return names;
    }

    private static SortedSet<String> resources(String packageName, ClassLoader loader) {
        String path = packageName.replace('.', '/');
        SortedSet<String> names = new TreeSet<>();
        try {
            for (URL root : Collections.list(loader.getResources(path))) {
                if (root.getProtocol().equals("file")) {
                    fromDirectory(Path.of(root.toURI()), path, names);
                } else if (root.openConnection() instanceof JarURLConnection jar) {
                    jar.setUseCaches(false);
                    try (JarFile file = jar.getJarFile()) {
                        fromJar(file, path + "/", names);
                    }
                }
            }
            for (Path jar : jarsOf(loader)) {
                try (JarFile file = new JarFile(jar.toFile())) {
                    fromJar(file, path + "/", names);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list package " + packageName, e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("the class loader gave an invalid URL for package " + packageName, e);
        }
        return names;
    }

    /** The jar files a class loader and its parents read, as far as they tell. */
    private static Set<Path> jarsOf(ClassLoader loader) throws URISyntaxException {
        Set<Path> jars = new LinkedHashSet<>();
        for (ClassLoader current = loader; current != null; current = current.getParent()) {
            if (current instanceof URLClassLoader urls) {
                for (URL url : urls.getURLs()) {
                    if (url.getProtocol().equals("file") && url.getPath().endsWith(".jar")) jars.add(Path.of(url.toURI()));
                }
            }
            if (current == ClassLoader.getSystemClassLoader()) {
                for (String entry : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
                    if (entry.endsWith(".jar")) jars.add(Path.of(entry));
                }
            }
        }
        jars.removeIf(jar -> !Files.isRegularFile(jar));
        return jars;
    }

    private static void fromDirectory(Path directory, String packagePath, SortedSet<String> names) throws IOException {
        try (Stream<Path> walk = Files.walk(directory)) {
            walk.filter(Files::isRegularFile).forEach(file -> {
                String relative = directory.relativize(file).toString().replace('\\', '/');
                names.add(packagePath + "/" + relative);
            });
        }
    }

    private static void fromJar(JarFile jar, String prefix, SortedSet<String> names) {
        for (JarEntry entry : Collections.list(jar.entries())) {
            if (entry.getName().startsWith(prefix) && !entry.isDirectory()) names.add(entry.getName());
        }
    }
}
