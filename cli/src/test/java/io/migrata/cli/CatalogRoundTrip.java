package io.migrata.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migrata.testing.SchemaDump;
import io.migrata.testing.TestDatabase;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The steps of a round trip judged by pg_dump (by the catalog fingerprint where pg_dump cannot read
 * the server): write the migration {@code diff --java} prints from one database to another, save it
 * as a revision, upgrade or downgrade a database with it, and dump a schema without the version tables.
 */
final class CatalogRoundTrip {

    private static final Pattern CLASS = Pattern.compile("public (?:final )?class (\\w+)");
    private static final Pattern ID = Pattern.compile("@Revision\\(\\s*id = \"([^\"]+)\"");

    private final Project project;
    private final TestDatabase source;
    private final TestDatabase target;
    private final Map<String, String> settings;
    private final Map<String, String> onTarget;

    /** A trip in a project in {@code dir} whose own database is {@code source}; its migrations go to {@code target}. */
    CatalogRoundTrip(Path dir, TestDatabase source, TestDatabase target) {
        this(dir, source, target, Map.of());
    }

    /** @param settings environment settings every command of the trip gets, e.g. {@code MIGRATA_GRANTS=true} */
    CatalogRoundTrip(Path dir, TestDatabase source, TestDatabase target, Map<String, String> settings) {
        this.project = Project.of(dir, source);
        this.source = source;
        this.target = target;
        this.settings = Map.copyOf(settings);
        Map<String, String> env = new HashMap<>(settings);
        env.put("DATABASE_URL", target.urlWithCredentials());
        this.onTarget = Map.copyOf(env);
    }

    static String dump(TestDatabase db) throws IOException, InterruptedException, SQLException {
        return SchemaDump.withoutVersionTables(db);
    }

    CliRun diff(TestDatabase from, TestDatabase to) {
        return project.run(settings, "diff", "--from", from.urlWithCredentials(), "--to", to.urlWithCredentials());
    }

    String javaDiff(TestDatabase from, TestDatabase to) {
        CliRun run = project.run(settings, "diff", "--from", from.urlWithCredentials(), "--to", to.urlWithCredentials(), "--java");
        assertEquals(ExitCode.DIFFERENCES, run.exitCode(), run.err());
        return run.out();
    }

    /** Saves the class under migrations/versions as the revision after {@code parent} (none for the first); returns its id. */
    String save(String source, String parent, String suffix) {
        Matcher name = CLASS.matcher(source);
        Matcher id = ID.matcher(source);
        assertTrue(name.find() && id.find(), source);
        String revision = id.group(1) + suffix;
        String text = source.replaceFirst("@Revision\\(\\s*id = \"" + Pattern.quote(id.group(1)) + "\"",
                "@Revision(id = \"" + revision + "\"" + (parent == null ? "" : ", parents = \"" + parent + "\""));
        String className = name.group(1) + suffix.replace("_", "");
        project.write("migrations/versions/" + className + ".java", text.replace("class " + name.group(1), "class " + className));
        return revision;
    }

    /**
     * Upgrades the target to head and asserts that it now equals the source, by pg_dump and by
     * {@code diff}; then downgrades it to {@code undo} and asserts that it dumps as {@code before}.
     *
     * @return the source's dump
     */
    String buildsTheSourceAndUndoes(String undo, String before) throws IOException, InterruptedException, SQLException {
        upgrade("head");
        String built = dump(source);
        assertEquals(built, dump(target));
        assertEquals(ExitCode.OK, diff(source, target).exitCode(), diff(source, target).out());
        downgrade(undo);
        assertEquals(before, dump(target));
        return built;
    }

    /** A command of the project on the target database, e.g. {@code drift}. */
    CliRun onTarget(String... arguments) {
        return project.run(onTarget, arguments);
    }

    void upgrade(String target) {
        run("upgrade", target);
    }

    void downgrade(String target) {
        run("downgrade", target);
    }

    private void run(String verb, String target) {
        CliRun run = project.run(onTarget, verb, target);
        assertEquals(ExitCode.OK, run.exitCode(), run.out() + run.err());
    }
}
