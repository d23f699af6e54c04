package io.migrata.maven;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.FileOutputStream;
import java.io.FileDescriptor;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Properties;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;

/**
 * The forked JVM of {@link ForkedGoal}: reads the goal's class, parameters and context from its
 * standard input, runs the goal and answers in {@link ForkedGoal}'s lines. Standard output belongs
 * to those lines alone; what a library prints there goes to standard error instead.
 */
final class ForkedGoalMain {

    private ForkedGoalMain() {
    }

    public static void main(String[] args) throws IOException {
        PrintStream answer = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        System.setOut(System.err);
        Properties request = new Properties();
        request.load(System.in);
        boolean debug = Boolean.parseBoolean(request.getProperty(ForkedGoal.DEBUG_ENABLED));
        try {
            MigrataMojo goal = goal(request);
            goal.setLog(new AnswerLog(answer, debug));
            String classpath = request.getProperty(ForkedGoal.CLASSPATH, "");
            goal.runHere(new GoalContext(Path.of(request.getProperty(ForkedGoal.SOURCE_DIRECTORY)),
                    classpath.isEmpty() ? List.of() : List.of(classpath.split(File.pathSeparator)),
                    Boolean.parseBoolean(request.getProperty(ForkedGoal.SHOW_ERRORS))));
        } catch (MojoFailureException e) {
            answer.println(ForkedGoal.FAILURE + oneLine(e.getMessage()));
            if (e.getCause() != null) answer.println(ForkedGoal.TRACE + serialized(e.getCause()));
            answer.flush();
            System.exit(1);
        }
        answer.flush();
        System.exit(0);
    }

    private static MigrataMojo goal(Properties request) {
        try {
            MigrataMojo goal = (MigrataMojo) Class.forName(request.getProperty(ForkedGoal.GOAL_CLASS)).getDeclaredConstructor().newInstance();
            for (Field field : GoalParameters.of(goal.getClass())) {
                String value = request.getProperty(ForkedGoal.FIELD + field.getName());
                if (value != null) field.set(goal, value(field.getType(), value));
            }
            return goal;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("the plugin's goal class cannot be set up in its own JVM", e);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object value(Class<?> type, String text) {
        if (type == boolean.class) return Boolean.parseBoolean(text);
        if (type == Integer.class) return Integer.valueOf(text);
        if (type == File.class) return new File(text);
        if (type.isEnum()) return Enum.valueOf((Class<? extends Enum>) type, text);
        return text;
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.replace("\r", " ").replace("\n", " ");
    }

    private static String serialized(Throwable trace) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(trace);
        }
        return Base64.getEncoder().encodeToString(bytes.toByteArray());
    }

    /** The goal's log as answer lines, one per line of a message. */
    private static final class AnswerLog implements Log {

        private final PrintStream answer;
        private final boolean debug;

        AnswerLog(PrintStream answer, boolean debug) {
            this.answer = answer;
            this.debug = debug;
        }

        private void write(String level, CharSequence content, Throwable error) {
            String text = content == null ? "" : content.toString();
            if (error != null) text = text.isEmpty() ? error.toString() : text + ": " + error;
            for (String line : text.split("\\R", -1)) answer.println(level + line);
        }

        @Override
        public boolean isDebugEnabled() {
            return debug;
        }

        @Override
        public void debug(CharSequence content) {
            if (debug) write(ForkedGoal.DEBUG, content, null);
        }

        @Override
        public void debug(CharSequence content, Throwable error) {
            if (debug) write(ForkedGoal.DEBUG, content, error);
        }

        @Override
        public void debug(Throwable error) {
            if (debug) write(ForkedGoal.DEBUG, null, error);
        }

        @Override
        public boolean isInfoEnabled() {
            return true;
        }

        @Override
        public void info(CharSequence content) {
            write(ForkedGoal.INFO, content, null);
        }

        @Override
        public void info(CharSequence content, Throwable error) {
            write(ForkedGoal.INFO, content, error);
        }

        @Override
        public void info(Throwable error) {
            write(ForkedGoal.INFO, null, error);
        }

        @Override
        public boolean isWarnEnabled() {
            return true;
        }

        @Override
        public void warn(CharSequence content) {
            write(ForkedGoal.WARN, content, null);
        }

        @Override
        public void warn(CharSequence content, Throwable error) {
            write(ForkedGoal.WARN, content, error);
        }

        @Override
        public void warn(Throwable error) {
            write(ForkedGoal.WARN, null, error);
        }

        @Override
        public boolean isErrorEnabled() {
            return true;
        }

        @Override
        public void error(CharSequence content) {
            write(ForkedGoal.ERROR, content, null);
        }

        @Override
        public void error(CharSequence content, Throwable error) {
            write(ForkedGoal.ERROR, content, error);
        }

        @Override
        public void error(Throwable error) {
            write(ForkedGoal.ERROR, null, error);
        }
    }
}
