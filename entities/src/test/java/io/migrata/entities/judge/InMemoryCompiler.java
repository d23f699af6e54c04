package io.migrata.entities.judge;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;

/** Compiles Java sources held in memory into a directory, against the test's own classpath. */
public final class InMemoryCompiler {

    private InMemoryCompiler() {
    }

    /** Compiles {@code sources} (class name → source) into {@code output}. */
    public static void compile(Map<String, String> sources, Path output) throws IOException {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = compiler.getStandardFileManager(diagnostics, null, null)) {
            files.setLocation(StandardLocation.CLASS_OUTPUT, List.of(output.toFile()));
            List<JavaFileObject> units = new ArrayList<>();
            sources.forEach((name, source) -> units.add(new Source(name, source)));
            StringWriter messages = new StringWriter();
            List<String> options = List.of("-classpath", System.getProperty("java.class.path"), "-proc:none",
                    "--release", "17", "-nowarn");
            if (!compiler.getTask(messages, files, diagnostics, options, null, units).call()) {
                throw new IllegalStateException("generated sources do not compile: " + diagnostics.getDiagnostics());
            }
        }
    }

    private static final class Source extends SimpleJavaFileObject {
        private final String code;

        Source(String className, String code) {
            super(URI.create("string:///" + className.replace('.', '/') + Kind.SOURCE.extension), Kind.SOURCE);
            this.code = code;
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return code;
        }
    }
}
