package io.migrata.codegen;

import io.migrata.schema.migration.ObjectNames;

import javax.lang.model.SourceVersion;
import java.nio.file.Path;
import java.util.Objects;

/**
 * How generated migration files look and where they go: the directory, the Java package, the
 * class name pattern, a header comment and the schema that names without one mean.
 *
 * <pre>{@code
 * MigrationTemplate template = MigrationTemplate.defaults()
 *         .withDirectory(Path.of("src/main/java/com/example/migrations"))
 *         .withPackageName("com.example.migrations")
 *         .withHeader("Copyright Example Ltd. Revision {id}: {message}");
 * }</pre>
 *
 * @param directory        where files go, flat: {@code <directory>/<ClassName>.java}
 * @param packageName      the package of the generated classes, e.g. {@code migrations}
 * @param classNamePattern {@code {date}} (yyyyMMdd, UTC), {@code {time}} (HHmmss), {@code {seq}},
 *                         {@code {name}} (the message's slug) and {@code {Name}} (the same in camel
 *                         case), e.g. {@code M{date}_{seq}_{Name}}
 * @param header           a comment for the top of each file, empty for none; {@code {id}},
 *                         {@code {message}}, {@code {created}} and {@code {parents}} are filled in
 * @param defaultSchema    the schema generated code leaves out of names; must be the default
 *                         schema the runner records migrations with
 */
public record MigrationTemplate(Path directory, String packageName, String classNamePattern, String header,
                                String defaultSchema) {

    public static final String DEFAULT_CLASS_NAME_PATTERN = "M{date}_{seq}_{Name}";

    /**
     * @throws InvalidTemplateException when the package is not a Java package name
     */
    public MigrationTemplate {
        Objects.requireNonNull(directory, "directory is null");
        Objects.requireNonNull(packageName, "package name is null");
        Objects.requireNonNull(classNamePattern, "class name pattern is null");
        Objects.requireNonNull(header, "header is null");
        Objects.requireNonNull(defaultSchema, "default schema is null");
        if (!SourceVersion.isName(packageName)) {
            throw new InvalidTemplateException("package \"" + JavaText.commentLine(packageName)
                    + "\" is not a Java package name: use dot-separated identifiers that are not key words, "
                    + "e.g. com.example.migrations");
        }
        if (!classNamePattern.contains("{seq}") || !(classNamePattern.contains("{name}") || classNamePattern.contains("{Name}"))) {
            throw new InvalidTemplateException("class name pattern " + classNamePattern
                    + " must hold {seq} and {name} or {Name}, so every revision gets its own class");
        }
        if (defaultSchema.isEmpty()) throw new InvalidTemplateException("default schema is empty");
    }

    /** {@code migrations/versions}, package {@code migrations}, {@value #DEFAULT_CLASS_NAME_PATTERN}, no header, {@code public}. */
    public static MigrationTemplate defaults() {
        return new MigrationTemplate(Path.of("migrations", "versions"), "migrations", DEFAULT_CLASS_NAME_PATTERN, "",
                ObjectNames.DEFAULT_SCHEMA);
    }

    public MigrationTemplate withDirectory(Path newDirectory) {
        return new MigrationTemplate(newDirectory, packageName, classNamePattern, header, defaultSchema);
    }

    public MigrationTemplate withPackageName(String newPackageName) {
        return new MigrationTemplate(directory, newPackageName, classNamePattern, header, defaultSchema);
    }

    public MigrationTemplate withClassNamePattern(String newPattern) {
        return new MigrationTemplate(directory, packageName, newPattern, header, defaultSchema);
    }

    public MigrationTemplate withHeader(String newHeader) {
        return new MigrationTemplate(directory, packageName, classNamePattern, newHeader, defaultSchema);
    }

    public MigrationTemplate withDefaultSchema(String newDefaultSchema) {
        return new MigrationTemplate(directory, packageName, classNamePattern, header, newDefaultSchema);
    }
}
