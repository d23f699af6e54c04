package io.migrata.workflow.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.migrata.diff.SchemaDiff;
import io.migrata.schema.ColumnDef;
import io.migrata.schema.PartitionOf;
import io.migrata.schema.QualifiedName;
import io.migrata.schema.SchemaModel;
import io.migrata.schema.SqlType;
import io.migrata.schema.TableDef;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the entities cannot say about partitioning is taken from the database they are compared with;
 * a table the entities do not map goes with its partitions.
 */
class SchemaScopeTest {

    private static final QualifiedName PAYMENT = QualifiedName.of("public", "payment");
    private static final TableDef PLAIN = TableDef.of(PAYMENT, List.of(ColumnDef.of("paid_at", SqlType.of("date")).withNullable(false)));
    private static final TableDef PARTITIONED = PLAIN.withPartitionKey("RANGE (paid_at)");
    private static final TableDef IN_2024 = TableDef.partition(QualifiedName.of("public", "payment_2024"),
            new PartitionOf(PAYMENT, "FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')"));
    private static final TableDef IN_2024_JANUARY = TableDef.partition(QualifiedName.of("public", "payment_2024_01"),
            new PartitionOf(IN_2024.name(), "FOR VALUES FROM ('2024-01-01') TO ('2024-02-01')"));
    private static final TableDef AUDIT = TableDef.of(QualifiedName.of("public", "audit"),
            List.of(ColumnDef.of("at", SqlType.of("date")))).withPartitionKey("RANGE (at)");
    private static final TableDef AUDIT_OTHER = TableDef.partition(QualifiedName.of("public", "audit_other"),
            new PartitionOf(AUDIT.name(), "DEFAULT"));

    private static SchemaModel model(TableDef... tables) {
        return SchemaModel.empty().withSchemas(List.of("public")).withTables(List.of(tables));
    }

    private static SchemaScope.Comparison compare(SchemaModel database, SchemaModel entities) {
        return SchemaScope.of(List.of()).prepare(new LoadedModel(database, "database", false, 15),
                new LoadedModel(entities, "entities", true, 15));
    }

    @Test
    void theDatabasesPartitionsOfAnEntityTableAndItsKeyAreWanted() {
        SchemaModel database = model(PARTITIONED, IN_2024.withPartitionKey("RANGE (paid_at)"), IN_2024_JANUARY, AUDIT, AUDIT_OTHER);
        SchemaScope.Comparison pair = compare(database, model(PLAIN));
        assertEquals(model(PARTITIONED, IN_2024.withPartitionKey("RANGE (paid_at)"), IN_2024_JANUARY), pair.to().model());
        assertEquals(List.of("drop table public.audit_other", "drop table public.audit"),
                SchemaDiff.between(pair.from().model(), pair.to().model()).ops().stream().map(op -> op.describe()).toList());
    }

    @Test
    void anEntitysOwnPartitionKeyStands() {
        TableDef byList = PLAIN.withPartitionKey("LIST (paid_at)");
        assertEquals(model(byList), compare(model(PARTITIONED), model(byList)).to().model());
    }
}
