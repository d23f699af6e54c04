package io.migrata.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migrata.entities.judge.EntitySetGenerator;
import io.migrata.entities.judge.InMemoryCompiler;
import io.migrata.entities.judge.ModelDifferences;
import io.migrata.entities.judge.WrittenExpressions;
import io.migrata.introspect.IntrospectionOptions;
import io.migrata.introspect.PostgresIntrospector;
import io.migrata.schema.ColumnDef;
import io.migrata.schema.ForeignKeyDef;
import io.migrata.schema.SchemaModel;
import io.migrata.schema.TableDef;
import io.migrata.testing.PostgresExtension;
import io.migrata.testing.TestDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The judge that is not Migrata: Hibernate's own create script builds the schema in a fresh
 * PostgreSQL database, the introspector reads it back, and that model must equal what the entity
 * reader says about the same entities, exactly, but for the text of expressions, which the reader
 * keeps as written (the workflow has PostgreSQL spell them; HederaSchemaTest judges that).
 */
@ExtendWith(PostgresExtension.class)
class EntityModelJudgeTest {

    @Test
    void generatedEntitiesMatchTheSchemaHibernateCreates(TestDatabase db, @TempDir Path classes) throws Exception {
        Map<String, String> sources = EntitySetGenerator.generate(300, 20261119L);
        InMemoryCompiler.compile(sources, classes);
        EntitySource source = EntitySource.packages(List.of(classes), EntitySetGenerator.PACKAGE);

        SchemaModel fromEntities = new EntityModelReader().read(source);
        SchemaModel fromDatabase = createAndIntrospect(db, source, "public", EntitySetGenerator.SIDE_SCHEMA);

        assertTrue(fromEntities.tables().size() >= 300, "tables: " + fromEntities.tables().size());
        assertCoversEveryMapping(fromEntities);
        SchemaModel entities = WrittenExpressions.masked(fromEntities);
        SchemaModel database = WrittenExpressions.masked(fromDatabase);
        assertEquals("", ModelDifferences.describe("entities", entities, "database", database));
        assertEquals(database, entities);
    }

    /** The generated set is only a judge if it holds every kind of object the reader produces. */
    private static void assertCoversEveryMapping(SchemaModel model) {
        List<TableDef> tables = model.tables();
        List<ColumnDef> columns = tables.stream().flatMap(t -> t.columns().stream()).toList();
        Map<String, Boolean> covered = new java.util.LinkedHashMap<>();
        covered.put("identity column", columns.stream().anyMatch(c -> c.identity() != null));
        covered.put("sequence with INCREMENT BY 50", model.sequences().stream().anyMatch(s -> s.options().increment() == 50));
        covered.put("table in another schema", tables.stream().anyMatch(t -> t.name().schema().equals(EntitySetGenerator.SIDE_SCHEMA)));
        covered.put("table without primary key", tables.stream().anyMatch(t -> t.primaryKey() == null));
        covered.put("ON DELETE CASCADE", tables.stream().flatMap(t -> t.foreignKeys().stream())
                .anyMatch(f -> f.onDelete() == ForeignKeyDef.Action.CASCADE));
        covered.put("numbered unique name", tables.stream().flatMap(t -> t.uniques().stream()).anyMatch(u -> u.name().endsWith("_key1")));
        covered.put("multi-column unique", tables.stream().flatMap(t -> t.uniques().stream()).anyMatch(u -> u.columns().size() > 1));
        covered.put("63-byte name", tables.stream().anyMatch(t -> t.name().name().length() == 63));
        covered.put("enum STRING check", tables.stream().flatMap(t -> t.checks().stream()).anyMatch(c -> c.expression().contains(" in (")));
        covered.put("enum ORDINAL check", tables.stream().flatMap(t -> t.checks().stream()).anyMatch(c -> c.expression().contains(" between 0 and 3")));
        covered.put("table check", tables.stream().flatMap(t -> t.checks().stream()).anyMatch(c -> c.expression().contains("100000")));
        covered.put("descending index key", tables.stream().flatMap(t -> t.indexes().stream())
                .anyMatch(i -> i.keys().stream().anyMatch(k -> k.descending())));
        covered.put("jsonb", columns.stream().anyMatch(c -> c.type().spelling().equals("jsonb")));
        covered.put("default", columns.stream().anyMatch(c -> "'GREEN'".equals(c.defaultExpression())));
        covered.put("column comment", columns.stream().anyMatch(c -> c.comment() != null));
        covered.put("table comment", tables.stream().anyMatch(t -> t.comment() != null));
        covered.forEach((what, present) -> assertTrue(present, "the generated entities have no " + what));
    }

    /** Runs Hibernate's create script for the entities and reads the result back. */
    static SchemaModel createAndIntrospect(TestDatabase db, EntitySource source, String... schemas) throws Exception {
        List<String> script = HibernateDdl.createScript(source.withSettings(Map.of("hibernate.hbm2ddl.create_namespaces", "true")));
        try (Connection connection = db.connect(); Statement statement = connection.createStatement()) {
            for (String sql : script) statement.addBatch(sql);
            statement.executeBatch();
        }
        try (Connection connection = db.connect()) {
            return new PostgresIntrospector(connection).read(IntrospectionOptions.schemas(schemas));
        }
    }

}
