package io.migrata.runner.load;

import io.migrata.schema.migration.Migration;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Where migrations come from:
 * <ul>
 *   <li>{@link Directory}: {@code .java} sources (the versions directory), compiled in memory
 *       against {@code migrata-schema} and a user class path, and cached by content hash;</li>
 *   <li>{@link ClassPathPackage}: compiled classes annotated {@code @Revision} in a package (and its
 *       subpackages) on a class loader: an application jar, a CI artifact;</li>
 *   <li>{@link Classes}: an explicit list of migration classes.</li>
 * </ul>
 *
 * <pre>{@code
 * MigrationSource.directory(Path.of("migrations/versions"));
 * MigrationSource.classPathPackage("com.example.migrations");
 * }</pre>
 */
public sealed interface MigrationSource {

    static MigrationSource directory(Path versions) {
        return new Directory(versions, List.of());
    }

    static MigrationSource directory(Path versions, List<Path> classpath) {
        return new Directory(versions, classpath);
    }

    static MigrationSource classPathPackage(String packageName) {
        return new ClassPathPackage(packageName, Thread.currentThread().getContextClassLoader());
    }

    @SafeVarargs
    static MigrationSource classes(Class<? extends Migration>... classes) {
        List<Class<? extends Migration>> list = new ArrayList<>();
        for (Class<? extends Migration> type : classes) list.add(type);
        return new Classes(list);
    }

    /** What the source is, for messages: a directory, a package. */
    String describe();

    /**
     * @param classpath jars and class directories the migrations may use besides
     *                  {@code migrata-schema} (helper classes, constants)
     */
    record Directory(Path versions, List<Path> classpath) implements MigrationSource {
        public Directory {
            Objects.requireNonNull(versions, "versions");
            classpath = List.copyOf(classpath);
        }

        @Override
        public String describe() {
            return "versions directory " + versions;
        }
    }

    record ClassPathPackage(String packageName, ClassLoader loader) implements MigrationSource {
        public ClassPathPackage {
            Objects.requireNonNull(packageName, "packageName");
            Objects.requireNonNull(loader, "loader");
        }

        @Override
        public String describe() {
            return "package " + packageName;
        }
    }

    record Classes(List<Class<? extends Migration>> classes) implements MigrationSource {
        public Classes {
            classes = List.copyOf(classes);
        }

        @Override
        public String describe() {
            return classes.size() + " migration classes";
        }
    }
}
