package io.migrata.workflow;

import io.migrata.codegen.GeneratedMigration;
import io.migrata.codegen.MigrationWriter;
import io.migrata.codegen.NewRevision;
import io.migrata.diff.SchemaDiff;
import io.migrata.introspect.HistoryTableLayout;
import io.migrata.introspect.IntrospectionOptions;
import io.migrata.introspect.PostgresIntrospector;
import io.migrata.introspect.UnmodeledObject;
import io.migrata.introspect.takeover.OtherToolFiles;
import io.migrata.introspect.takeover.OtherToolHistory;
import io.migrata.introspect.takeover.Takeover;
import io.migrata.runner.Migrator;
import io.migrata.schema.SchemaModel;
import io.migrata.workflow.config.ConfigurationException;
import io.migrata.workflow.config.Setting;
import io.migrata.workflow.connect.DatabaseSession;
import io.migrata.workflow.connect.DatabaseTarget;
import io.migrata.workflow.connect.ScratchDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/**
 * {@code migrata baseline}: the first revision of a project whose database already exists, written
 * from the database, proven by replaying it on a scratch database and comparing the two, and the
 * database stamped at it. Another migration tool's history must be finished first; its tables are
 * never part of the baseline and never touched.
 */
final class BaselineWorkflow {

    private final Project project;

    BaselineWorkflow(Project project) {
        this.project = project;
    }

    Baseline baseline(BaselineOptions options) throws SQLException {
        MigrationWriter writer = new MigrationWriter(project.migrations().template());
        // Rendered once without writing, so a message or template that cannot name a class fails before any database work.
        writer.render(NewRevision.empty(options.message(), List.of(), Instant.now()).asBaseline());
        createDirectory(project.migrations().template().directory());
        Migrator offline = project.migrations().offline();
        if (!offline.graph().isEmpty()) {
            throw new ConfigurationException("the versions directory already has revisions (" + RevisionText.revisions(offline.heads())
                    + " is the head): a baseline is the first revision of a project; compare with the database through"
                    + " migrata drift, or change it with migrata revision --autogenerate");
        }
        DatabaseTarget target = project.databases().target();
        Migrator live = project.migrator(target);
        if (!live.current().isEmpty()) {
            throw new ConfigurationException(target.label() + " is already at " + RevisionText.revisions(live.current())
                    + " in its version table: it has a Migrata history, so it needs no baseline");
        }
        Read read = read(target, options);
        SchemaModel database = read.model();
        SchemaModel start = SchemaModel.empty().withSchemas(database.schemas().contains("public") ? List.of("public") : List.of());
        NewRevision revision = NewRevision.of(options.message(), List.of(), Instant.now(), SchemaDiff.between(start, database).ops())
                .asBaseline();
        GeneratedMigration written = writer.write(revision);
        String objects = count(database.tables().size(), "table") + ", " + count(database.views().size(), "view") + ", "
                + count(database.sequences().size(), "sequence") + ", " + count(database.enums().size(), "enum type");
        Comparison replay = replay(written, database, target.label());
        if (!replay.equal()) return new Baseline(target.label(), null, replay, read.otherTools(), objects);
        live.stamp(written.revisionId());
        project.notice("stamped " + target.label() + ": base -> " + written.revisionId());
        return new Baseline(target.label(), MigrationWorkflows.generated(written, List.of()), replay, read.otherTools(), objects);
    }

    private record Read(SchemaModel model, List<String> otherTools) {
    }

    /** The database without other tools' tables, once every other tool's history there is finished. */
    private Read read(DatabaseTarget target, BaselineOptions options) throws SQLException {
        List<String> schemas = project.settings().list(Setting.SCHEMAS);
        try (DatabaseSession session = target.session()) {
            PostgresIntrospector introspector = new PostgresIntrospector(session.connection());
            IntrospectionOptions introspection = new IntrospectionOptions(schemas, List.of(), false).withOtherToolTables();
            SchemaModel everything = introspector.read(introspection);
            String unmodeled = UnmodeledObject.counted(introspector.unmodeled(introspection));
            if (!unmodeled.isEmpty()) {
                project.notice("note: the baseline leaves out what Migrata does not model: " + unmodeled
                        + " (migrata inspect lists them; for the migrations to build them, add their SQL with op.execute)");
            }
            OtherToolFiles files = new OtherToolFiles(options.flywayLocations(), options.liquibaseChangelog(), options.alembicVersions());
            List<OtherToolHistory> tools = Takeover.check(session.connection(), everything, project.settings().projectDir(), files);
            List<String> problems = tools.stream().flatMap(tool -> tool.problems().stream()).toList();
            if (!problems.isEmpty()) throw new ConfigurationException("cannot take over yet: " + String.join("; ", problems));
            List<String> found = tools.stream().map(OtherToolHistory::describe).toList();
            for (String tool : found) project.notice("found " + tool + "; its tables are left as they are");
            return new Read(HistoryTableLayout.without(everything), found);
        }
    }

    /**
     * What the written revision builds on a scratch database, compared with the database; when it
     * differs, or does not even run, the file is deleted again.
     */
    private Comparison replay(GeneratedMigration written, SchemaModel database, String label) throws SQLException {
        boolean keep = false;
        try (ScratchDatabase scratch = project.databases().scratch()) {
            project.notice("replaying the baseline on a scratch database");
            project.migrations().migrator(scratch::connect).upgrade("head");
            SchemaModel rebuilt;
            try (DatabaseSession session = scratch.target().session()) {
                rebuilt = new PostgresIntrospector(session.connection())
                        .read(new IntrospectionOptions(database.schemas(), List.of(), false));
            }
            Comparison comparison = Comparison.of("baseline replayed", label, SchemaDiff.between(rebuilt, database));
            keep = comparison.equal();
            return comparison.withVerdict(keep
                    ? "replayed on a scratch database, the baseline builds the schema " + label + " has"
                    : "the baseline would not rebuild " + label + ": replayed on a scratch database it differs as printed above,"
                            + " so nothing was written or stamped (please report it: it is a gap in what Migrata reads or writes)");
        } finally {
            if (!keep) delete(written.file());
        }
    }

    private static String count(int number, String noun) {
        return number + " " + noun + (number == 1 ? "" : "s");
    }

    /** A new project's versions directory; the baseline is its first file. */
    private static void createDirectory(Path versions) {
        try {
            Files.createDirectories(versions);
        } catch (IOException e) {
            throw new ConfigurationException("cannot create the versions directory " + versions + ": " + e.getMessage(), e);
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + file + " again", e);
        }
    }
}
