package io.migrata.examples.hedera;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migrata.entities.EntityModelReader;
import io.migrata.entities.EntitySource;
import io.migrata.entities.Naming;
import io.migrata.introspect.IntrospectionOptions;
import io.migrata.introspect.PostgresIntrospector;
import io.migrata.schema.ForeignKeyDef;
import io.migrata.schema.QualifiedName;
import io.migrata.schema.SchemaModel;
import io.migrata.schema.TableDef;
import io.migrata.testing.PostgresExtension;
import io.migrata.testing.TestDatabase;
import io.migrata.workflow.model.EntityTables;
import java.io.StringWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.tool.schema.spi.SchemaManagementToolCoordinator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Hedera Flow's schema as Hibernate itself creates it (plus the partial index JPA cannot state,
 * written by hand as a migration would) is exactly the model Migrata reads from the entities, with
 * their expressions as PostgreSQL stores them (built on an empty database and read back).
 */
@ExtendWith(PostgresExtension.class)
class HederaSchemaTest {

    private static final String PACKAGE = "io.migrata.examples.hedera";
    private static final String PARTIAL_INDEX =
            "CREATE INDEX idx_bills_unpaid_due_date ON bills (due_date) WHERE status <> 'PAID'";

    @Test
    void entitiesDescribeTheSchemaHibernateCreates(TestDatabase db, TestDatabase scratch) throws Exception {
        SchemaModel fromEntities = entities(scratch);

        List<String> script = new ArrayList<>(hibernateCreateScript());
        script.add(PARTIAL_INDEX);
        try (Connection connection = db.connect(); Statement statement = connection.createStatement()) {
            for (String sql : script) statement.execute(sql);
        }
        SchemaModel fromDatabase;
        try (Connection connection = db.connect()) {
            fromDatabase = new PostgresIntrospector(connection).read(IntrospectionOptions.schemas("public"));
        }

        assertEquals(List.of("audit_logs", "bills", "disputes", "exchange_rates", "meters", "tariffs", "users", "verifications"),
                fromEntities.tables().stream().map(t -> t.name().name()).toList());
        assertEquals(fromDatabase, fromEntities);
    }

    @Test
    void metersGoWithTheirUser(TestDatabase scratch) throws Exception {
        SchemaModel model = entities(scratch);
        TableDef meters = model.table(QualifiedName.of("public", "meters")).orElseThrow();
        ForeignKeyDef toUsers = meters.foreignKeys().get(0);
        assertEquals(ForeignKeyDef.Action.CASCADE, toUsers.onDelete());
        assertEquals("meters_meter_number_key", meters.uniques().get(0).name());
        TableDef bills = model.table(QualifiedName.of("public", "bills")).orElseThrow();
        assertTrue(bills.indexes().stream().anyMatch(i -> "((status)::text <> 'PAID'::text)".equals(i.predicate())));
        assertEquals("numeric(12,2)", bills.column("amount_due").orElseThrow().type().spelling());
    }

    /** The entities as Migrata reads them, their expressions spelled by PostgreSQL on the empty database {@code scratch}. */
    private static SchemaModel entities(TestDatabase scratch) throws SQLException {
        SchemaModel read = new EntityModelReader().read(EntitySource.packages(List.of(), PACKAGE).withNaming(Naming.SPRING_BOOT));
        try (Connection connection = scratch.connect()) {
            return EntityTables.asStored(read, connection);
        }
    }

    /** Hibernate's own create script, from a plain boot with Spring Boot's naming. */
    private static List<String> hibernateCreateScript() throws Exception {
        Map<String, Object> settings = new HashMap<>();
        settings.put("hibernate.boot.allow_jdbc_metadata_access", "false");
        settings.put("jakarta.persistence.database-product-name", "PostgreSQL");
        settings.put("jakarta.persistence.database-major-version", "15");
        settings.put("hibernate.physical_naming_strategy", Naming.SPRING_BOOT.physicalStrategy());
        settings.put("hibernate.implicit_naming_strategy", Naming.SPRING_BOOT.implicitStrategy());
        StandardServiceRegistry registry = new StandardServiceRegistryBuilder().applySettings(settings).build();
        try {
            MetadataSources sources = new MetadataSources(registry);
            for (Class<?> type : List.of(User.class, Meter.class, Tariff.class, Verification.class, Bill.class, Dispute.class,
                    ExchangeRate.class, AuditLog.class)) {
                sources.addAnnotatedClass(type);
            }
            Metadata metadata = sources.buildMetadata();
            StringWriter script = new StringWriter();
            Map<String, Object> ddl = new HashMap<>(settings);
            ddl.put("jakarta.persistence.schema-generation.scripts.action", "create");
            ddl.put("jakarta.persistence.schema-generation.scripts.create-target", script);
            ddl.put("hibernate.hbm2ddl.delimiter", ";");
            SchemaManagementToolCoordinator.process(metadata, registry, ddl, null);
            return List.of(script.toString().split(";\\s*\\R"));
        } finally {
            StandardServiceRegistryBuilder.destroy(registry);
        }
    }
}
