package io.migrata.runner.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Enumeration;
import java.util.TreeSet;
import java.util.SortedSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The names of the top-level classes in a package and its subpackages, from every class path
 * entry (directory or jar) that holds it.
 */
final class PackageScanner {

    private PackageScanner() {
    }

    static SortedSet<String> classNames(String packageName, ClassLoader loader) {
        String path = packageName.replace('.', '/');
        SortedSet<String> names = new TreeSet<>();
        try {
            Enumeration<URL> roots = loader.getResources(path);
            for (URL root : Collections.list(roots)) {
                if (root.getProtocol().equals("file")) {
                    fromDirectory(Path.of(root.toURI()), packageName, names);
                } else if (root.openConnection() instanceof JarURLConnection jar) {
                    jar.setUseCaches(false);
                    try (JarFile file = jar.getJarFile()) {
                        fromJar(file, path + "/", names);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list package " + packageName, e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("the class loader gave an invalid URL for package " + packageName, e);
        }
        return names;
    }

    private static void fromDirectory(Path directory, String packageName, SortedSet<String> names) throws IOException {
        try (Stream<Path> walk = Files.walk(directory)) {
            walk.filter(Files::isRegularFile).forEach(file -> {
                String relative = directory.relativize(file).toString().replace('\\', '/');
                addIfTopLevelClass(packageName.replace('.', '/') + "/" + relative, names);
            });
        }
    }

    private static void fromJar(JarFile jar, String prefix, SortedSet<String> names) {
        for (JarEntry entry : Collections.list(jar.entries())) {
            if (entry.getName().startsWith(prefix)) addIfTopLevelClass(entry.getName(), names);
        }
    }

    private static void addIfTopLevelClass(String resource, SortedSet<String> names) {
        if (!resource.endsWith(".class") || resource.contains("$") || resource.endsWith("package-info.class")) return;
        names.add(resource.substring(0, resource.length() - ".class".length()).replace('/', '.'));
    }
}
