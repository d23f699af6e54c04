package io.migrata.entities;

import static org.junit.jupiter.api.Assertions.assertFalse;

import io.migrata.schema.SchemaModel;
import org.junit.jupiter.api.Test;

class EntityModelReaderSmokeTest {

    @Test
    void readsBasicEntities() {
        EntitySource source = EntitySource.packages(java.util.List.of(), "io.migrata.entities.fixtures.basic");
        HibernateDdl.createScript(source).forEach(System.out::println);
        SchemaModel model = new EntityModelReader().read(source);
        model.tables().forEach(t -> {
            System.out.println(t.name() + " pk=" + t.primaryKey() + " comment=" + t.comment());
            t.columns().forEach(c -> System.out.println("  " + c));
            t.uniques().forEach(c -> System.out.println("  U " + c));
            t.checks().forEach(c -> System.out.println("  C " + c));
            t.foreignKeys().forEach(c -> System.out.println("  F " + c));
            t.indexes().forEach(c -> System.out.println("  I " + c));
        });
        model.sequences().forEach(System.out::println);
        assertFalse(model.tables().isEmpty());
    }
}
