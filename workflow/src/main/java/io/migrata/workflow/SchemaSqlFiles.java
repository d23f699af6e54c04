package io.migrata.workflow;

import io.migrata.entities.EntityModel;
import io.migrata.entities.EntityModelReader;
import io.migrata.entities.EntitySource;
import io.migrata.runner.MigratorConfig;
import io.migrata.runner.load.SqlScriptSplitter;
import io.migrata.schema.SchemaModel;
import io.migrata.workflow.config.ConfigurationException;
import io.migrata.workflow.config.ProjectSettings;
import io.migrata.workflow.config.Setting;
import io.migrata.workflow.connect.DatabaseSession;
import io.migrata.workflow.connect.ScratchDatabase;
import io.migrata.workflow.model.EntitySettings;
import io.migrata.workflow.model.EntityTables;
import io.migrata.workflow.model.LoadedModel;
import io.migrata.workflow.model.SchemaSource;
import io.migrata.workflow.replay.EntityModelCache;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The desired schema as PostgreSQL stores it: the entities, whose expressions (defaults, CHECKs,
 * generated columns, index expressions and conditions) only PostgreSQL can spell, and the part JPA
 * cannot say, the project's folder of {@code .sql} files ({@code migrata.schema-sql}, by default
 * {@code migrations/schema/}) declaring extensions, functions, triggers, views and the like. The
 * entities' tables are built on a scratch database, the files run on top of them in file-name
 * order, the expressions are added, and the result is read back by the introspector
 * ({@link EntityTables}), so PostgreSQL itself normalizes everything, exactly as it will store what
 * a migration creates. The result is kept in the {@link EntityModelCache}, so a run where nothing
 * changed needs neither Hibernate nor a scratch database.
 *
 * <pre>{@code
 * LoadedModel wanted = new SchemaSqlFiles(project).entities(16, schemas);
 * }</pre>
 */
final class SchemaSqlFiles {

    private final Project project;

    SchemaSqlFiles(Project project) {
        this.project = project;
    }

    /**
     * The entities for a server of this major version (0: the default) with the files on top, read
     * back in these schemas (every user schema when empty); the entities as read when they hold no
     * expression and the folder no {@code .sql} file.
     *
     * @throws io.migrata.entities.EntityModelException the entities do not load, or PostgreSQL refuses one of their expressions
     * @throws ConfigurationException a file cannot be read or split, or one of its statements fails (named)
     */
    LoadedModel entities(int postgresMajor, List<String> schemas) throws SQLException {
        ProjectSettings settings = project.settings();
        EntitySource source = EntitySettings.source(settings, postgresMajor);
        Path folder = settings.path(Setting.SCHEMA_SQL);
        List<Path> files = files(folder);
        EntityModelCache cache = new EntityModelCache(settings.projectDir().resolve(MigratorConfig.DEFAULT_CACHE_DIRECTORY));
        Optional<String> key = EntityModelCache.key(source, files, schemas);
        Optional<LoadedModel> kept = key.flatMap(cache::find);
        if (kept.isPresent()) return kept.get();
        EntityModel read = new EntityModelReader().readWithInitialRows(source);
        LoadedModel entities = new LoadedModel(read.model(), SchemaSource.ENTITIES, true, 0, read.initialRows());
        LoadedModel wanted = files.isEmpty() && !EntityTables.hasExpressions(read.model()) ? entities
                : onScratch(entities, folder, files, schemas);
        key.ifPresent(k -> cache.store(k, wanted));
        return wanted;
    }

    private LoadedModel onScratch(LoadedModel entities, Path folder, List<Path> files, List<String> schemas) throws SQLException {
        // Spelling the entities' own expressions is part of every cold read, so it is not announced;
        // files the user wrote are, because one of their statements may fail.
        if (!files.isEmpty()) {
            project.notice("applying " + files.size() + " schema SQL file" + (files.size() == 1 ? "" : "s") + " from "
                    + shown(folder) + " on top of the entities' tables on a scratch database");
        }
        try (ScratchDatabase scratch = project.databases().scratch(); DatabaseSession session = scratch.target().session()) {
            LoadedModel built = EntityTables.build(session.connection(), entities.model(), connection -> {
                for (Path file : files) run(connection, file);
            }, schemas, session.label());
            boolean declaresAll = !files.isEmpty();
            return new LoadedModel(withoutIdlePublic(built.model(), entities.model()), entities.label(), true,
                    declaresAll ? built.serverMajor() : 0, entities.initialRows(), built.unmodeled(), declaresAll);
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
