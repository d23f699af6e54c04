package io.migrata.runner.load;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;

/**
 * Compiles migration sources with the JDK's javac in one task, in memory: class files never touch
 * the versions directory, and one task costs far less than one per file (javac's start-up
 * dominates small sources).
 */
final class SourceCompiler {

    /**
     * The class files by binary name, and for each the source file it came from, relative to the
     * versions directory (with {@code /} separators).
     */
    record Output(Map<String, byte[]> classes, Map<String, String> sources) {
    }

    private SourceCompiler() {
    }

    static Output compile(Path versions, List<Path> sources, List<Path> classpath) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            throw new MigrationsNotFoundException("compiling the migration sources in " + versions
                    + " needs a JDK, but this Java runtime has no compiler (run on a JDK, or load compiled"
                    + " migrations from a package on the class path)");
        }
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        Map<String, ByteArrayOutputStream> classes = new TreeMap<>();
        Map<String, String> origins = new TreeMap<>();
        try (StandardJavaFileManager standard = javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
            standard.setLocationFromPaths(StandardLocation.CLASS_PATH, classpath);
            var memory = new ForwardingJavaFileManager<>(standard) {
                @Override
                public JavaFileObject getJavaFileForOutput(Location location, String className, JavaFileObject.Kind kind,
                                                           FileObject sibling) {
                    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                    classes.put(className, bytes);
                    if (sibling != null) origins.put(className, relative(versions, sibling));
                    return new SimpleJavaFileObject(URI.create("mem:///" + className.replace('.', '/') + ".class"), kind) {
                        @Override
                        public OutputStream openOutputStream() {
                            return bytes;
                        }
                    };
                }
            };
            List<String> options = List.of("-proc:none", "-encoding", "UTF-8", "-g", "-nowarn", "-Xlint:none");
            StringWriter chatter = new StringWriter();
            boolean compiled = javac.getTask(chatter, memory, diagnostics, options, null,
                    standard.getJavaFileObjectsFromPaths(sources)).call();
            if (!compiled) throw new CompilationFailedException(errors(versions, diagnostics));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the migration sources in " + versions, e);
        }
        Map<String, byte[]> bytes = new TreeMap<>();
        classes.forEach((name, out) -> bytes.put(name, out.toByteArray()));
        return new Output(bytes, origins);
    }

    private static List<CompileError> errors(Path versions, DiagnosticCollector<JavaFileObject> diagnostics) {
        List<CompileError> errors = new ArrayList<>();
        for (Diagnostic<? extends JavaFileObject> diagnostic : diagnostics.getDiagnostics()) {
            if (diagnostic.getKind() != Diagnostic.Kind.ERROR) continue;
            String file = diagnostic.getSource() == null
                    ? "javac"
                    : versions.resolve(relative(versions, diagnostic.getSource())).toString();
            String message = diagnostic.getMessage(Locale.ROOT).strip().replaceAll("\\s*\\R\\s*", "; ");
            errors.add(new CompileError(file, Math.max(diagnostic.getLineNumber(), 0), message));
        }
        if (errors.isEmpty()) errors.add(new CompileError("javac", 0, "compilation failed without an error message"));
        return errors;
    }

    private static String relative(Path versions, FileObject file) {
        Path path = Path.of(file.toUri());
        Path base = versions.toAbsolutePath().normalize();
        Path absolute = path.toAbsolutePath().normalize();
        Path shown = absolute.startsWith(base) ? base.relativize(absolute) : absolute;
        return shown.toString().replace('\\', '/');
    }
}
