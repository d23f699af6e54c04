package io.migrata.codegen;

import io.migrata.schema.migration.Migration;

import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.OutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Compiles one migration source with javac, in memory, against {@code migrata-schema} alone (the
 * class path holds nothing else), and loads it.
 */
public final class InMemoryCompiler {

    private InMemoryCompiler() {
    }

    /** The migration compiled, loaded and instantiated; compile errors fail with javac's messages. */
    public static Migration load(String qualifiedName, String source) {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        Map<String, ByteArrayOutputStream> classes = new HashMap<>();
        StandardJavaFileManager standard = compiler.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8);
        ForwardingJavaFileManager<StandardJavaFileManager> files = new ForwardingJavaFileManager<>(standard) {
            @Override
            public JavaFileObject getJavaFileForOutput(Location location, String className, JavaFileObject.Kind kind,
                                                       FileObject sibling) {
                return new SimpleJavaFileObject(URI.create("mem:///" + className.replace('.', '/') + kind.extension), kind) {
                    @Override
                    public OutputStream openOutputStream() {
                        return classes.computeIfAbsent(className, k -> new ByteArrayOutputStream());
                    }
                };
            }
        };
        String simpleName = qualifiedName.substring(qualifiedName.lastIndexOf('.') + 1);
        JavaFileObject unit = new SimpleJavaFileObject(URI.create("mem:///" + simpleName + ".java"),
                JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return source;
            }
        };
        List<String> options = List.of("-classpath", schemaLocation(), "-Xlint:all", "-Werror", "-proc:none",
                "--release", "17", "-encoding", "UTF-8");
        boolean compiled = compiler.getTask(null, files, diagnostics, options, null, List.of(unit)).call();
        if (!compiled) {
            String errors = diagnostics.getDiagnostics().stream()
                    .map(d -> d.getKind() + " line " + d.getLineNumber() + ": " + d.getMessage(null))
                    .collect(Collectors.joining("\n"));
            throw new AssertionError("generated source does not compile:\n" + errors + "\n\n" + numbered(source));
        }
        ClassLoader loader = new ClassLoader(Migration.class.getClassLoader()) {
            @Override
            protected Class<?> findClass(String name) throws ClassNotFoundException {
                ByteArrayOutputStream bytes = classes.get(name);
                if (bytes == null) throw new ClassNotFoundException(name);
                byte[] code = bytes.toByteArray();
                return defineClass(name, code, 0, code.length);
            }
        };
        try {
            return (Migration) loader.loadClass(qualifiedName).getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("cannot instantiate " + qualifiedName, e);
        }
    }

    private static String schemaLocation() {
        try {
            return new File(Migration.class.getProtectionDomain().getCodeSource().getLocation().toURI()).getPath();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static String numbered(String source) {
        String[] lines = source.split("\n", -1);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < lines.length; i++) text.append(String.format("%4d  %s%n", i + 1, lines[i]));
        return text.toString();
    }
}
