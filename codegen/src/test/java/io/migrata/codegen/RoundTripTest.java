package io.migrata.codegen;

import io.migrata.schema.op.SchemaOp;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Generated code, compiled and run, records exactly the ops it was generated from. */
class RoundTripTest {

    @Test
    void everyOperationAndProperty() {
        GeneratedMigrationRoundTrip.assertRoundTrip(EveryOperation.ops());
    }

    @Test
    void theFixtureCoversEveryOpKind() {
        Set<String> kinds = EveryOperation.ops().stream().map(op -> op.getClass().getSimpleName()).collect(Collectors.toSet());
        Set<String> all = List.of(SchemaOp.class.getPermittedSubclasses()).stream().map(Class::getSimpleName)
                .collect(Collectors.toSet());
        assertEquals(all, kinds);
    }

    @Test
    void inAnotherDefaultSchema() {
        GeneratedMigrationRoundTrip.assertRoundTrip(EveryOperation.ops(),
                MigrationTemplate.defaults().withDefaultSchema("billing").withPackageName("com.example.db.migrations"));
    }

    @Test
    void randomOpLists() {
        RandomOps random = new RandomOps(20260219L);
        for (int i = 0; i < 40; i++) {
            GeneratedMigrationRoundTrip.assertRoundTrip(random.ops(25));
        }
    }

    @Test
    void eachOpOnItsOwn() {
        Set<Class<?>> seen = new HashSet<>();
        for (SchemaOp op : EveryOperation.ops()) {
            if (seen.add(op.getClass())) GeneratedMigrationRoundTrip.assertRoundTrip(List.of(op));
        }
        assertEquals(SchemaOp.class.getPermittedSubclasses().length, seen.size());
    }
}
