package io.migrata.workflow;

import io.migrata.diff.SchemaDiff;
import io.migrata.runner.load.SqlScriptSplitter;
import io.migrata.runner.sql.PostgresSqlRenderer;
import io.migrata.runner.sql.RenderOptions;
import io.migrata.runner.sql.Statement;
import io.migrata.schema.SchemaModel;
import io.migrata.workflow.config.ConfigurationException;
import io.migrata.workflow.config.Setting;
import io.migrata.workflow.connect.DatabaseSession;
import io.migrata.workflow.connect.ScratchDatabase;
import io.migrata.workflow.model.LoadedModel;
import io.migrata.workflow.model.ModelLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The desired schema's part JPA cannot say: the project's folder of {@code .sql} files
 * ({@code migrata.schema-sql}, by default {@code migrations/schema/}) declaring extensions,
 * functions, triggers, views and the like. They run in file-name order on a scratch database, on
 * top of the entities' tables, and the result is read back by the introspector, so PostgreSQL
 * itself normalizes what they declare, exactly as it will store what a migration creates.
 *
 * <pre>{@code
 * LoadedModel wanted = new SchemaSqlFiles(project).on(ModelLoader.entities(settings, 16), schemas);
 * }</pre>
 */
final class SchemaSqlFiles {

    private final Project project;

    SchemaSqlFiles(Project project) {
        this.project = project;
    }

    /**
     * The entities as they are when the folder holds no {@code .sql} file; else what the entities'
     * tables and the files build together, read back in these schemas (every user schema when empty).
     *
     * @throws ConfigurationException a file cannot be read or split, or one of its statements fails (named)
     */
    LoadedModel on(LoadedModel entities, List<String> schemas) throws SQLException {
        Path folder = project.settings().path(Setting.SCHEMA_SQL);
        List<Path> files = files(folder);
        if (files.isEmpty()) return entities;
        project.notice("applying " + files.size() + " schema SQL file" + (files.size() == 1 ? "" : "s") + " from "
                + shown(folder) + " on top of the entities' tables on a scratch database");
        try (ScratchDatabase scratch = project.databases().scratch(); DatabaseSession session = scratch.target().session()) {
            Connection connection = session.connection();
            int major = connection.getMetaData().getDatabaseMajorVersion();
            createEntityTables(connection, entities.model(), major);
            for (Path file : files) run(connection, file);
            LoadedModel built = ModelLoader.database(session, schemas);
            return new LoadedModel(withoutIdlePublic(built.model(), entities.model()), entities.label(), true, built.serverMajor(),
                    entities.initialRows(), built.unmodeled(), true);
        }
    }

    private static List<Path> files(Path folder) {
        if (!Files.isDirectory(folder)) return List.of();
        try (Stream<Path> listed = Files.list(folder)) {
            return listed.filter(p -> p.getFileName().toString().endsWith(".sql") && Files.isRegularFile(p))
                    .sorted((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()))
                    .toList();
        } catch (IOException e) {
            throw new ConfigurationException("cannot list the schema SQL folder " + folder + ": " + e.getMessage(), e);
        }
    }

    /** The entities' tables, as a migration from an empty database would create them. */
    private void createEntityTables(Connection connection, SchemaModel entities, int major) throws SQLException {
        SchemaModel start = SchemaModel.empty().withSchemas(List.of("public"));
        RenderOptions options = major >= RenderOptions.OLDEST_SUPPORTED_MAJOR ? RenderOptions.defaults().forServer(major)
                : RenderOptions.defaults();
        List<Statement> statements = new PostgresSqlRenderer(options).render(SchemaDiff.between(start, entities).ops());
        try (java.sql.Statement statement = connection.createStatement()) {
            for (Statement sql : statements) statement.execute(sql.sql());
        } catch (SQLException e) {
            throw new ConfigurationException("the entities' tables could not be created on the scratch database for the schema SQL"
                    + " files: " + firstLine(e) + " (a type or extension the entities use must exist before the files run)", e);
        }
    }

    private void run(Connection connection, Path file) throws SQLException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ConfigurationException("cannot read the schema SQL file " + shown(file) + ": " + e.getMessage(), e);
        }
        SqlScriptSplitter.Section section;
        try {
            section = SqlScriptSplitter.split(text, 0, 1);
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException(shown(file) + ": " + e.getMessage() + " (fix the file)", e);
        }
        if (section.markerEnd().isPresent()) {
            throw new ConfigurationException(shown(file) + ": a schema SQL file declares what should exist and has no"
                    + " -- migrata:down section (remove it)");
        }
        int number = 0;
        for (SqlScriptSplitter.Piece piece : section.statements()) {
            number++;
            try (java.sql.Statement statement = connection.createStatement()) {
                statement.execute(piece.sql());
            } catch (SQLException e) {
                throw new ConfigurationException(shown(file) + ", statement " + number + " (line " + piece.line() + ": "
                        + opening(piece.sql()) + "): " + firstLine(e) + " (fix it there; it ran on a scratch database only)", e);
            }
        }
    }

    /**
     * The model without {@code public} when neither the entities nor the files put anything there:
     * every new database has it, and the entities' side must not claim a schema they do not use.
     */
    private static SchemaModel withoutIdlePublic(SchemaModel built, SchemaModel entities) {
        if (entities.schemas().contains("public") || holdsAnything(built, "public")) return built;
        Set<String> schemas = new LinkedHashSet<>(built.schemas());
        schemas.remove("public");
        return built.withSchemas(List.copyOf(schemas));
    }

    private static boolean holdsAnything(SchemaModel model, String schema) {
        return model.tables().stream().anyMatch(t -> t.name().schema().equals(schema))
                || model.views().stream().anyMatch(v -> v.name().schema().equals(schema))
                || model.enums().stream().anyMatch(e -> e.name().schema().equals(schema))
                || model.sequences().stream().anyMatch(s -> s.name().schema().equals(schema))
                || model.functions().stream().anyMatch(f -> f.name().schema().equals(schema))
                || model.extensions().stream().anyMatch(e -> e.schema().equals(schema));
    }

    /** The path as the user wrote it, relative to the project directory where it is inside. */
    private String shown(Path path) {
        Path projectDir = project.settings().projectDir();
        return path.startsWith(projectDir) ? projectDir.relativize(path).toString() : path.toString();
    }

    /** {@code CREATE TRIGGER users_touch BEFORE UPDATE ON …}: enough of a statement to find it. */
    private static String opening(String sql) {
        String oneLine = sql.strip().replaceAll("\\s+", " ");
        return oneLine.length() <= 60 ? oneLine : oneLine.substring(0, 57) + "...";
    }

    private static String firstLine(SQLException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.lines().findFirst().orElse(message).strip();
    }
}
