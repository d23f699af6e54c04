package io.migrata.workflow.model;

import io.migrata.diff.SchemaDiff;
import io.migrata.entities.EntityModelException;
import io.migrata.runner.sql.PostgresSqlRenderer;
import io.migrata.runner.sql.RenderOptions;
import io.migrata.runner.sql.Statement;
import io.migrata.schema.CheckDef;
import io.migrata.schema.ColumnDef;
import io.migrata.schema.Identifiers;
import io.migrata.schema.IndexDef;
import io.migrata.schema.IndexKey;
import io.migrata.schema.SchemaModel;
import io.migrata.schema.TableDef;
import io.migrata.schema.op.AddCheckConstraint;
import io.migrata.schema.op.CreateIndex;
import io.migrata.schema.op.CreateTable;
import io.migrata.schema.op.SchemaOp;
import io.migrata.workflow.config.ConfigurationException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.List;

/**
 * The entities' schema as PostgreSQL stores it. The entity reader keeps every expression the
 * entities carry (defaults, CHECKs, generated columns, index expressions and conditions) as
 * written; this builds the entities' tables on an empty database and reads them back with the
 * introspector, so each expression is in PostgreSQL's own spelling: whatever PostgreSQL accepts
 * works, functions a schema SQL file defines included, and what it refuses stops the read, naming
 * the column or index, the expression and PostgreSQL's error.
 *
 * <p>The text the catalog gives back is then built once more from the model, as a generated
 * migration writes it, until it stays: some stored text does not parse to itself
 * ({@code a BETWEEN 0 AND 9 AND b} is stored with a nested AND, which the grammar flattens when it
 * reads it again), and the model must hold the text a migration leaves in the catalog.
 *
 * <pre>{@code
 * try (Connection empty = DriverManager.getConnection(url)) {
 *     SchemaModel stored = EntityTables.asStored(new EntityModelReader().read(source), empty);
 * }
 * }</pre>
 */
public final class EntityTables {

    private static final int SETTLING_ROUNDS = 3;

    /** What runs on the database once the entities' tables exist, before their expressions are added. */
    @FunctionalInterface
    public interface Step {
        void run(Connection connection) throws SQLException;
    }

    private EntityTables() {
    }

    /** Whether the model holds an expression only PostgreSQL can spell. */
    public static boolean hasExpressions(SchemaModel entities) {
        for (TableDef table : entities.tables()) {
            if (!table.checks().isEmpty()) return true;
            for (ColumnDef column : table.columns()) {
                if (column.defaultExpression() != null || column.generatedExpression() != null) return true;
            }
            if (table.indexes().stream().anyMatch(EntityTables::hasExpression)) return true;
        }
        return false;
    }

    /**
     * The entities' schema as PostgreSQL stores it, built on this empty database (which keeps the
     * tables) and read back in every user schema.
     *
     * @throws EntityModelException PostgreSQL refuses an expression of the entities (each named)
     */
    public static SchemaModel asStored(SchemaModel entities, Connection emptyDatabase) throws SQLException {
        return build(emptyDatabase, entities, connection -> { }, List.of(), "entities").model();
    }

    /**
     * Builds the entities' tables on this empty database, runs {@code between} (the schema SQL
     * files, in auto-commit), adds the entities' expressions, and reads the result back in these
     * schemas (every user schema when empty), with the expressions in the text a migration leaves
     * in the catalog.
     *
     * @throws EntityModelException PostgreSQL refuses an expression of the entities (each named)
     * @throws ConfigurationException the tables without their expressions cannot be created
     */
    public static LoadedModel build(Connection connection, SchemaModel entities, Step between, List<String> schemas, String label)
            throws SQLException {
        int major = connection.getMetaData().getDatabaseMajorVersion();
        RenderOptions options = major >= RenderOptions.OLDEST_SUPPORTED_MAJOR ? RenderOptions.defaults().forServer(major)
                : RenderOptions.defaults();
        boolean autoCommit = connection.getAutoCommit();
        try {
            connection.setAutoCommit(false);
            createTables(connection, withoutAddedExpressions(entities), options.withWrittenExpressions());
            connection.commit();
            connection.setAutoCommit(true);
            between.run(connection);
            connection.setAutoCommit(false);
            addExpressions(connection, entities, new PostgresSqlRenderer(options.withWrittenExpressions()));
            connection.commit();
            connection.setAutoCommit(true);
            LoadedModel stored = ModelLoader.database(connection, label, schemas);
            return stored.withModel(settled(connection, stored.model(), new PostgresSqlRenderer(options), label, schemas));
        } catch (SQLException | RuntimeException e) {
            if (!connection.getAutoCommit()) connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    /**
     * The tables with only the expressions that must be there from the start (generated columns):
     * defaults, checks and expression indexes are added after the schema SQL files, which may
     * define the functions they call.
     */
    private static SchemaModel withoutAddedExpressions(SchemaModel entities) {
        List<TableDef> tables = new ArrayList<>();
        for (TableDef table : entities.tables()) {
            tables.add(table.withColumns(table.columns().stream().map(c -> c.withDefault(null)).toList())
                    .withChecks(List.of())
                    .withIndexes(table.indexes().stream().filter(i -> !hasExpression(i)).toList()));
        }
        return entities.withTables(tables);
    }

    private static boolean hasExpression(IndexDef index) {
        return index.predicate() != null || index.keys().stream().anyMatch(k -> k.expression() != null);
    }

    private static void createTables(Connection connection, SchemaModel tables, RenderOptions options) throws SQLException {
        SchemaModel start = SchemaModel.empty().withSchemas(List.of("public"));
        PostgresSqlRenderer renderer = new PostgresSqlRenderer(options);
        for (SchemaOp op : SchemaDiff.between(start, tables).ops()) {
            for (Statement sql : renderer.render(op)) {
                Savepoint before = connection.setSavepoint();
                try (java.sql.Statement statement = connection.createStatement()) {
                    statement.execute(sql.sql());
                } catch (SQLException e) {
                    connection.rollback(before);
                    String generated = refusedGeneratedColumn(connection, op, options);
                    if (generated != null) throw new EntityModelException(generated);
                    throw new ConfigurationException("the entities' tables could not be created on a scratch database: "
                            + firstLine(e) + " (a type or extension the entities use must exist before the schema SQL files run)", e);
                }
                connection.releaseSavepoint(before);
            }
        }
    }

    /**
     * Which generated column of a table PostgreSQL refused, as a one-line message, or {@code null}:
     * each is tried alone on the table created without generated columns, and all of that undone.
     */
    private static String refusedGeneratedColumn(Connection connection, SchemaOp failed, RenderOptions options)
            throws SQLException {
        if (!(failed instanceof CreateTable create)) return null;
        TableDef table = create.table();
        List<ColumnDef> generated = table.columns().stream().filter(c -> c.generatedExpression() != null).toList();
        if (generated.isEmpty()) return null;
        Savepoint probe = connection.setSavepoint();
        try {
            TableDef plain = table.withColumns(table.columns().stream().map(c -> c.withGenerated(null)).toList())
                    .withIndexes(List.of()).withForeignKeys(List.of());
            try (java.sql.Statement statement = connection.createStatement()) {
                for (Statement sql : new PostgresSqlRenderer(options).render(new CreateTable(plain))) {
                    statement.execute(sql.sql());
                }
            } catch (SQLException e) {
                return null;
            }
            List<String> refused = new ArrayList<>();
            for (ColumnDef column : generated) {
                String sql = "ALTER TABLE " + Identifiers.alwaysQuote(table.name()) + " ADD COLUMN \"migrata_probe\" "
                        + column.type().spelling() + " GENERATED ALWAYS AS (" + column.generatedExpression() + ") STORED";
                String error = refusal(connection, sql);
                if (error != null) {
                    refused.add(where("the generated expression of " + table.name() + "." + column.name(), column.generatedExpression(), error));
                }
            }
            return refused.isEmpty() ? null : message(refused);
        } finally {
            connection.rollback(probe);
        }
    }

    /** Defaults, checks and expression indexes, each on its own, so that every one PostgreSQL refuses is named. */
    private static void addExpressions(Connection connection, SchemaModel entities, PostgresSqlRenderer renderer)
            throws SQLException {
        List<String> refused = new ArrayList<>();
        for (TableDef table : entities.tables()) {
            for (ColumnDef column : table.columns()) {
                if (column.defaultExpression() == null) continue;
                String sql = "ALTER TABLE " + Identifiers.alwaysQuote(table.name()) + " ALTER COLUMN "
                        + Identifiers.alwaysQuote(column.name()) + " SET DEFAULT " + column.defaultExpression();
                String error = refusal(connection, sql);
                if (error != null) refused.add(where("the default of " + table.name() + "." + column.name(), column.defaultExpression(), error));
            }
            for (CheckDef check : table.checks()) {
                String error = refusal(connection, renderer.render(new AddCheckConstraint(table.name(), check, false)));
                if (error != null) refused.add(where("the check " + check.name() + " of " + table.name(), check.expression(), error));
            }
            for (IndexDef index : table.indexes()) {
                if (!hasExpression(index)) continue;
                String error = refusal(connection, renderer.render(new CreateIndex(table.name(), index, false)));
                if (error != null) refused.add(where("the index " + index.name() + " on " + table.name(), written(index), error));
            }
        }
        if (!refused.isEmpty()) throw new EntityModelException(message(refused));
    }

    /** The index's expressions as the entity wrote them: its expression keys, then its condition. */
    private static String written(IndexDef index) {
        List<String> parts = new ArrayList<>();
        for (IndexKey key : index.keys()) if (key.expression() != null) parts.add("(" + key.expression() + ")");
        if (index.predicate() != null) parts.add("WHERE " + index.predicate());
        return String.join(" ", parts);
    }

    /**
     * The model with its tables as PostgreSQL stores them once a migration writes the model: built
     * again from itself on this database, everything on it dropped first, until the tables stay
     * the same. What the database held besides the model is gone by then, and was read already.
     */
    private static SchemaModel settled(Connection connection, SchemaModel stored, PostgresSqlRenderer renderer, String label,
                                       List<String> schemas) throws SQLException {
        SchemaModel current = stored;
        for (int round = 0; round < SETTLING_ROUNDS; round++) {
            SchemaModel again = rebuilt(connection, current, renderer, label, schemas);
            if (again.tables().equals(current.tables())) return current;
            current = current.withTables(again.tables());
        }
        throw new IllegalStateException("the entities' tables, written as PostgreSQL stores them, do not settle after "
                + SETTLING_ROUNDS + " rounds");
    }

    /** The model built by its own migration from an empty database: every schema it has dropped and created again. */
    private static SchemaModel rebuilt(Connection connection, SchemaModel model, PostgresSqlRenderer renderer, String label,
                                       List<String> schemas) throws SQLException {
        connection.setAutoCommit(false);
        try (java.sql.Statement statement = connection.createStatement()) {
            for (String schema : model.schemas()) statement.execute("DROP SCHEMA IF EXISTS " + Identifiers.alwaysQuote(schema) + " CASCADE");
            // Every database has public: it is created again here, and the migration creates the model's other schemas.
            statement.execute("CREATE SCHEMA IF NOT EXISTS \"public\"");
            SchemaModel start = SchemaModel.empty().withSchemas(model.schemas().contains("public") ? List.of("public") : List.of());
            for (Statement sql : renderer.render(SchemaDiff.between(start, model).ops())) statement.execute(sql.sql());
            connection.commit();
        } catch (SQLException e) {
            connection.rollback();
            throw new IllegalStateException("the entities' schema, as PostgreSQL stores it, does not build again from an empty"
                    + " database: " + firstLine(e), e);
        } finally {
            connection.setAutoCommit(true);
        }
        return ModelLoader.database(connection, label, schemas).model();
    }

    /** PostgreSQL's error for the statements, undone either way; {@code null} when it takes them. */
    private static String refusal(Connection connection, List<Statement> statements) throws SQLException {
        for (Statement sql : statements) {
            String error = refusal(connection, sql.sql());
            if (error != null) return error;
        }
        return null;
    }

    /** PostgreSQL's error for the statement ({@code null} when it takes it); a refused one is undone. */
    private static String refusal(Connection connection, String sql) throws SQLException {
        Savepoint before = connection.setSavepoint();
        try (java.sql.Statement statement = connection.createStatement()) {
            statement.execute(sql);
            connection.releaseSavepoint(before);
            return null;
        } catch (SQLException e) {
            connection.rollback(before);
            return firstLine(e);
        }
    }

    private static String where(String what, String written, String error) {
        return what + " '" + written.strip() + "' (" + error + ")";
    }

    private static String message(List<String> refused) {
        String what = refused.size() == 1 ? "an expression" : refused.size() + " expressions";
        return "PostgreSQL refuses " + what + " of the entities: " + String.join("; ", refused)
                + ". Fix each on its entity (a function it calls can be defined in a schema SQL file)";
    }

    private static String firstLine(SQLException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.lines().findFirst().orElse(message).strip().replaceFirst("^ERROR: ", "");
    }
}
