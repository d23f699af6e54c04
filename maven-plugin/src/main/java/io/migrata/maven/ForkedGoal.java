package io.migrata.maven;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.ObjectInputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.project.MavenProject;

/**
 * A goal run in a JVM of its own, started the way the command starts its JVM: C1 only, one compiler
 * thread, the serial collector, a small young generation and a class-data archive. Maven's JVM runs
 * the full tiered compiler and G1, which on a goal of a few seconds cost more CPU compiling and
 * collecting than they save, and loads the plugin's classes from its jar at every run
 * (docs/benchmarks.md measures both).
 *
 * <p>The goal's parameters and its {@link GoalContext} go to the child on its standard input, never
 * on its command line, where {@code ps} would show a password in a URL. The child
 * ({@link ForkedGoalMain}) answers on its standard output, one line each: a log line with its level,
 * the failure's one line, and with {@code -e} its redacted stack trace; anything else it prints goes
 * to Maven's standard error.
 */
final class ForkedGoal {

    static final String INFO = "I ";
    static final String WARN = "W ";
    static final String ERROR = "E ";
    static final String DEBUG = "D ";
    static final String FAILURE = "F ";
    static final String TRACE = "T ";

    static final String GOAL_CLASS = "goal";
    static final String FIELD = "field.";
    static final String SOURCE_DIRECTORY = "sourceDirectory";
    static final String CLASSPATH = "classpath";
    static final String SHOW_ERRORS = "showErrors";
    static final String DEBUG_ENABLED = "debug";

    /** The command's JVM options (the {@code migrata} launcher explains each). */
    private static final List<String> JVM_OPTIONS = List.of("-XX:TieredStopAtLevel=1", "-XX:CICompilerCount=1",
            "-XX:+UseSerialGC", "-Xmn8m", "-Xshare:auto", "-XX:+UnlockDiagnosticVMOptions", "-XX:ArchiveRelocationMode=0");

    private ForkedGoal() {
    }

    static void run(MigrataMojo mojo, GoalContext context) throws MojoFailureException {
        Log log = mojo.getLog();
        List<String> classpath = jvmClasspath();
        Path archive = archive(mojo.projectDirectory.toPath(), classpath);
        boolean archived = Files.isRegularFile(archive);
        Path classList = archive.resolveSibling(archive.getFileName() + ".classlist." + ProcessHandle.current().pid());

        List<String> command = new ArrayList<>(List.of(java()));
        command.addAll(JVM_OPTIONS);
        if (archived) command.addAll(List.of("-XX:SharedArchiveFile=" + archive, "-Xlog:cds=off"));
        else command.add("-XX:DumpLoadedClassList=" + classList);
        command.addAll(List.of("-cp", String.join(File.pathSeparator, classpath), ForkedGoalMain.class.getName()));

        int status;
        String failure = null;
        Exception trace = null;
        try {
            Files.createDirectories(archive.getParent());
            Process child = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            try (OutputStream in = child.getOutputStream()) {
                request(mojo, context, log.isDebugEnabled()).store(in, null);
            }
            try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    String text = line.length() < 2 ? "" : line.substring(2);
                    if (line.startsWith(INFO)) log.info(text);
                    else if (line.startsWith(WARN)) log.warn(text);
                    else if (line.startsWith(ERROR)) log.error(text);
                    else if (line.startsWith(DEBUG)) log.debug(text);
                    else if (line.startsWith(FAILURE)) failure = text;
                    else if (line.startsWith(TRACE)) trace = trace(text);
                    else log.info(line);
                }
            }
            status = child.waitFor();
        } catch (IOException e) {
            throw new MojoFailureException("cannot start the JVM for the goal (" + java() + "): " + e.getMessage()
                    + " (set migrata.fork to false to run it in Maven's JVM)");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MojoFailureException("interrupted while the goal ran");
        }
        if (failure != null) {
            deleteQuietly(classList);
            throw trace == null ? new MojoFailureException(failure) : new MojoFailureException(failure, trace);
        }
        if (status != 0) {
            deleteQuietly(classList);
            throw new MojoFailureException("the goal's JVM stopped with exit status " + status
                    + " and no message (see the lines above; set migrata.fork to false to run the goal in Maven's JVM)");
        }
        if (!archived) dumpArchive(classpath, classList, archive, log);
    }

    /** The goal's parameters as the child sets them: every field of the goal's class and its superclasses up to {@link MigrataMojo}. */
    private static Properties request(MigrataMojo mojo, GoalContext context, boolean debug) {
        Properties request = new Properties();
        request.setProperty(GOAL_CLASS, mojo.getClass().getName());
        request.setProperty(SOURCE_DIRECTORY, context.sourceDirectory().toString());
        request.setProperty(CLASSPATH, String.join(File.pathSeparator, context.classpath()));
        request.setProperty(SHOW_ERRORS, Boolean.toString(context.showErrors()));
        request.setProperty(DEBUG_ENABLED, Boolean.toString(debug));
        for (Field field : GoalParameters.of(mojo.getClass())) {
            try {
                Object value = field.get(mojo);
                if (value != null) request.setProperty(FIELD + field.getName(), value.toString());
            } catch (IllegalAccessException e) {
                throw new IllegalStateException("the goal's own field " + field.getName() + " is not readable", e);
            }
        }
        return request;
    }

    private static Exception trace(String encoded) {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(Base64.getDecoder().decode(encoded)))) {
            return (Exception) in.readObject();
        } catch (IOException | ClassNotFoundException | IllegalArgumentException | ClassCastException e) {
            return new IllegalStateException("the goal's JVM sent a stack trace that cannot be read: " + e);
        }
    }

    /** This plugin's jar, and the Maven API jars its goal classes are declared against. */
    private static List<String> jvmClasspath() {
        List<String> classpath = new ArrayList<>();
        for (Class<?> type : List.of(ForkedGoal.class, AbstractMojo.class, MavenProject.class)) {
            try {
                String element = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
                if (!classpath.contains(element)) classpath.add(element);
            } catch (URISyntaxException e) {
                throw new IllegalStateException("the jar of " + type.getName() + " is not a file", e);
            }
        }
        return classpath;
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /**
     * The class-data archive for this JVM and class path, under {@code .migrata/}; its name changes
     * with either (a JDK ignores an archive dumped from other jars), so a stale one is never used.
     */
    private static Path archive(Path projectDirectory, List<String> classpath) {
        StringBuilder key = new StringBuilder(System.getProperty("java.home")).append('\n').append(System.getProperty("java.vm.version"));
        for (String element : classpath) {
            File file = new File(element);
            key.append('\n').append(element).append(' ').append(file.length()).append(' ').append(file.lastModified());
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.toString().getBytes(StandardCharsets.UTF_8));
            return projectDirectory.resolve(".migrata").resolve("maven-" + HexFormat.of().formatHex(digest, 0, 8) + ".jsa");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /**
     * Dumps the archive from the classes the first successful run loaded, for the runs after it (a
     * few seconds, once per plugin version). The archive is written under a temporary name and moved
     * in place, so a concurrent run never maps half of one; archives of other versions are removed.
     * A failed dump costs only speed, so it is a debug line.
     */
    private static void dumpArchive(List<String> classpath, Path classList, Path archive, Log log) {
        if (!Files.isRegularFile(classList)) return;
        Path partial = archive.resolveSibling(archive.getFileName() + "." + ProcessHandle.current().pid());
        List<String> command = new ArrayList<>(List.of(java()));
        command.addAll(JVM_OPTIONS);
        command.addAll(List.of("-Xshare:dump", "-XX:SharedClassListFile=" + classList, "-XX:SharedArchiveFile=" + partial,
                "-cp", String.join(File.pathSeparator, classpath)));
        try {
            Process dump = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (dump.waitFor() == 0 && Files.isRegularFile(partial)) {
                try (Stream<Path> old = Files.list(archive.getParent())) {
                    for (Path other : old.filter(p -> p.getFileName().toString().matches("maven-[0-9a-f]+\\.jsa")).toList()) {
                        deleteQuietly(other);
                    }
                }
                Files.move(partial, archive, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } else {
                log.debug("migrata: no class-data archive: the dump failed");
            }
        } catch (IOException | UncheckedIOException e) {
            log.debug("migrata: no class-data archive: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            deleteQuietly(partial);
            deleteQuietly(classList);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // A leftover temporary file is harmless: the next dump uses a name of its own.
        }
    }
}
