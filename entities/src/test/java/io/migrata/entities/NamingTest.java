package io.migrata.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migrata.schema.ColumnDef;
import io.migrata.schema.SchemaModel;
import io.migrata.schema.TableDef;
import java.util.List;
import org.junit.jupiter.api.Test;

class NamingTest {

    private static final EntitySource SOURCE = EntitySource.packages(List.of(), "io.migrata.entities.fixtures.naming");

    @Test
    void hibernateKeepsNamesAsWrittenAndPostgresFoldsThem() {
        SchemaModel model = new EntityModelReader().read(SOURCE);
        assertEquals(List.of("customer", "customer_salesregion", "customer_seq", "salesregion"), names(model));
        assertTrue(columns(model, "customer").contains("billingaddress"));
    }

    @Test
    void springBootNamingIsOneSwitchAway() {
        SchemaModel model = new EntityModelReader().read(SOURCE.withNaming(Naming.parse("spring-boot")));
        assertEquals(List.of("customer", "customer_favourite_regions", "customer_seq", "sales_region"), names(model));
        assertTrue(columns(model, "customer").contains("billing_address"));
        assertTrue(columns(model, "customer_favourite_regions").containsAll(List.of("customer_id", "favourite_regions_id")));
    }

    /**
     * Spring Boot 4 names an unnamed join table after the owning table and property, as Boot 3 does;
     * with JPA's implicit naming it would be {@code customer_sales_region}, a table the application never queries.
     */
    @Test
    void springBoot4PairsTheSnakeCaseStrategyWithSpringsImplicitNaming() {
        assertEquals(Naming.SPRING_BOOT, Naming.parse("spring-boot-3"));
        SchemaModel boot4 = new EntityModelReader().read(SOURCE.withNaming(Naming.parse("spring-boot-4")));
        assertEquals(List.of("customer", "customer_favourite_regions", "customer_seq", "sales_region"), names(boot4));
        assertTrue(columns(boot4, "customer").contains("billing_address"));
        SchemaModel snakeCaseAlone = new EntityModelReader().read(SOURCE.withNaming(Naming.SNAKE_CASE));
        assertTrue(names(snakeCaseAlone).stream().noneMatch(name -> name.equals("customer_favourite_regions")),
                names(snakeCaseAlone).toString());
    }

    @Test
    void snakeCaseAndCustomStrategiesAreNamedByClass() {
        assertEquals(Naming.SNAKE_CASE, Naming.parse("snake-case"));
        assertEquals(new Naming("com.example.Physical", "com.example.Implicit"), Naming.parse("com.example.Physical, com.example.Implicit"));
        SchemaModel model = new EntityModelReader().read(SOURCE.withNaming(Naming.SNAKE_CASE));
        assertTrue(columns(model, "customer").contains("billing_address"));
    }

    private static List<String> names(SchemaModel model) {
        List<String> names = new java.util.ArrayList<>(model.tables().stream().map(t -> t.name().name()).toList());
        model.sequences().forEach(s -> names.add(s.name().name()));
        return names.stream().sorted().toList();
    }

    private static List<String> columns(SchemaModel model, String table) {
        TableDef def = model.tables().stream().filter(t -> t.name().name().equals(table)).findFirst().orElseThrow();
        return def.columns().stream().map(ColumnDef::name).toList();
    }
}
