package io.migrata.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migrata.diff.SchemaDiff;
import io.migrata.entities.fixtures.quoted.OddNames;
import io.migrata.entities.judge.ModelDifferences;
import io.migrata.introspect.IntrospectionOptions;
import io.migrata.introspect.PostgresIntrospector;
import io.migrata.runner.sql.PostgresSqlRenderer;
import io.migrata.runner.sql.Statement;
import io.migrata.schema.SchemaModel;
import io.migrata.schema.TableDef;
import io.migrata.testing.PostgresExtension;
import io.migrata.testing.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A quoted name with a doubled quote inside ({@code "we""ird"}) is the column PostgreSQL reads
 * from Hibernate's SQL ({@code we"ird}), judged twice by others than Migrata: the schema Hibernate's
 * own create script builds, and Hibernate's own inserts and queries on the schema Migrata builds.
 * A name Hibernate would write as SQL PostgreSQL cannot read as one name is refused, not guessed.
 */
@ExtendWith(PostgresExtension.class)
class QuotedIdentifiersTest {

    private static final EntitySource ODD = EntitySource.packages(List.of(), "io.migrata.entities.fixtures.quoted");
    private static final EntitySource LONE_QUOTE = EntitySource.packages(List.of(), "io.migrata.entities.fixtures.quotedbad");
    private static final Map<String, String> GLOBALLY_QUOTED = Map.of("hibernate.globally_quoted_identifiers", "true");

    @Test
    void aDoubledQuoteIsOneQuoteAsInHibernatesOwnSchema(TestDatabase db) throws Exception {
        SchemaModel fromEntities = new EntityModelReader().read(ODD);
        TableDef table = fromEntities.tables().get(0);
        assertEquals("Odd\"Names", table.name().name());
        assertEquals(List.of("Id", "plain", "we\"ird"), table.columns().stream().map(c -> c.name()).sorted().toList());

        SchemaModel fromDatabase = EntityModelJudgeTest.createAndIntrospect(db, ODD, "public");
        assertEquals("", ModelDifferences.describe("entities", fromEntities, "database", fromDatabase));
        assertEquals(fromDatabase, fromEntities);
    }

    @Test
    void globallyQuotedNamesMatchHibernatesOwnSchema(TestDatabase db) throws Exception {
        EntitySource quoted = ODD.withSettings(GLOBALLY_QUOTED);
        SchemaModel fromEntities = new EntityModelReader().read(quoted);
        SchemaModel fromDatabase = EntityModelJudgeTest.createAndIntrospect(db, quoted, "public");
        assertEquals("", ModelDifferences.describe("entities", fromEntities, "database", fromDatabase));
        assertEquals(fromDatabase, fromEntities);
    }

    @Test
    void hibernateWritesAndReadsTheRowsInTheSchemaMigrataBuilds(TestDatabase db) throws Exception {
        SchemaModel fromEntities = new EntityModelReader().read(ODD);
        SchemaModel empty = SchemaModel.empty().withSchemas(fromEntities.schemas());
        try (Connection connection = db.connect(); java.sql.Statement sql = connection.createStatement()) {
            for (Statement statement : new PostgresSqlRenderer().render(SchemaDiff.between(empty, fromEntities).ops())) {
                sql.execute(statement.sql());
            }
        }
        try (SessionFactory hibernate = sessionFactory(db)) {
            hibernate.inTransaction(session -> {
                OddNames row = new OddNames();
                row.id = 1L;
                row.weird = "stored";
                row.plain = "plain";
                session.persist(row);
            });
            String read = hibernate.fromSession(session -> session
                    .createSelectionQuery("select o.weird from OddNames o where o.weird = 'stored'", String.class)
                    .getSingleResult());
            assertEquals("stored", read);
        }
        try (Connection connection = db.connect(); java.sql.Statement sql = connection.createStatement();
             var row = sql.executeQuery("SELECT \"we\"\"ird\" FROM \"Odd\"\"Names\"")) {
            assertTrue(row.next());
            assertEquals("stored", row.getString(1));
        }
        try (Connection connection = db.connect()) {
            assertEquals(fromEntities, new PostgresIntrospector(connection).read(IntrospectionOptions.schemas("public")));
        }
    }

    @Test
    void aLoneQuoteInANameIsRefusedAsHibernatesOwnSqlFails(TestDatabase db) throws Exception {
        for (EntitySource source : List.of(LONE_QUOTE, LONE_QUOTE.withSettings(GLOBALLY_QUOTED))) {
            EntityModelException refused = assertThrows(EntityModelException.class, () -> new EntityModelReader().read(source));
            assertTrue(refused.getMessage().contains("we\"ird") && refused.getMessage().contains("does not read as one name"),
                    refused.getMessage());
            List<String> script = HibernateDdl.createScript(source);
            try (Connection connection = db.connect(); java.sql.Statement sql = connection.createStatement()) {
                SQLException failed = assertThrows(SQLException.class, () -> {
                    for (String statement : script) sql.execute(statement);
                });
                assertEquals("42601", failed.getSQLState(), failed.getMessage());
            }
        }
    }

    private static SessionFactory sessionFactory(TestDatabase db) {
        Map<String, Object> settings = new HashMap<>();
        settings.put("jakarta.persistence.jdbc.url", db.url());
        settings.put("jakarta.persistence.jdbc.user", db.user());
        if (db.password() != null) settings.put("jakarta.persistence.jdbc.password", db.password());
        settings.put("hibernate.hbm2ddl.auto", "none");
        StandardServiceRegistry registry = new StandardServiceRegistryBuilder().applySettings(settings).build();
        try {
            return new MetadataSources(registry).addAnnotatedClass(OddNames.class).buildMetadata().buildSessionFactory();
        } catch (RuntimeException e) {
            StandardServiceRegistryBuilder.destroy(registry);
            throw e;
        }
    }
}
