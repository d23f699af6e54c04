package io.migrata.introspect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migrata.schema.CheckDef;
import io.migrata.schema.ColumnDef;
import io.migrata.schema.ForeignKeyDef;
import io.migrata.schema.IndexDef;
import io.migrata.schema.PartitionOf;
import io.migrata.schema.PrimaryKeyDef;
import io.migrata.schema.QualifiedName;
import io.migrata.schema.SchemaModel;
import io.migrata.schema.TableDef;
import io.migrata.schema.ViewDef;
import io.migrata.testing.PostgresExtension;
import io.migrata.testing.TestDatabase;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Partitioned tables with their keys, partitions with their bounds and only what is their own, and
 * materialized views with their indexes and whether they hold data.
 */
@ExtendWith(PostgresExtension.class)
class PartitionsTest {

    private static SchemaModel model;

    @BeforeAll
    static void load(TestDatabase db) throws SQLException {
        db.execute("""
                CREATE TABLE customer (id bigint PRIMARY KEY);
                CREATE TABLE payment (
                    id bigint NOT NULL, customer_id bigint REFERENCES customer, paid_at date NOT NULL,
                    amount numeric CHECK (amount > 0), PRIMARY KEY (id, paid_at)
                ) PARTITION BY RANGE (paid_at);
                CREATE INDEX payment_customer_idx ON payment (customer_id);
                CREATE TABLE payment_2024 PARTITION OF payment FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
                CREATE INDEX payment_2024_amount_idx ON payment_2024 (amount);
                ALTER TABLE payment_2024 ADD CONSTRAINT payment_2024_small CHECK (amount < 1000);
                CREATE TABLE payment_other PARTITION OF payment DEFAULT;
                CREATE TABLE refund (payment_id bigint, paid_at date, FOREIGN KEY (payment_id, paid_at) REFERENCES payment);
                CREATE TABLE event (id bigint, kind text) PARTITION BY LIST (lower(kind));
                CREATE TABLE event_a PARTITION OF event FOR VALUES IN ('a') PARTITION BY HASH (id);
                CREATE TABLE event_a_0 PARTITION OF event_a FOR VALUES WITH (modulus 2, remainder 0);
                CREATE MATERIALIZED VIEW totals AS SELECT customer_id, sum(amount) AS total FROM payment GROUP BY 1;
                CREATE UNIQUE INDEX totals_customer ON totals (customer_id);
                CREATE MATERIALIZED VIEW empty_totals AS SELECT 1 AS one WITH NO DATA;
                """);
        model = Fixtures.read(db, IntrospectionOptions.schemas("public"));
    }

    private static TableDef table(String name) {
        return Fixtures.table(model, "public", name);
    }

    @Test
    void aPartitionedTableHasItsKeyAndEverythingElseATableHas() {
        TableDef payment = table("payment");
        assertEquals("RANGE (paid_at)", payment.partitionKey());
        assertNull(payment.partitionOf());
        assertEquals(List.of("id", "customer_id", "paid_at", "amount"), payment.columns().stream().map(ColumnDef::name).toList());
        assertEquals(new PrimaryKeyDef("payment_pkey", List.of("id", "paid_at")), payment.primaryKey());
        assertEquals(List.of(new CheckDef("payment_amount_check", "(amount > (0)::numeric)")), payment.checks());
        assertEquals(List.of("payment_customer_id_fkey"), payment.foreignKeys().stream().map(ForeignKeyDef::name).toList());
        assertEquals(List.of("payment_customer_idx"), payment.indexes().stream().map(IndexDef::name).toList());
    }

    @Test
    void aPartitionHasItsBoundAndOnlyWhatIsItsOwn() {
        TableDef partition = table("payment_2024");
        QualifiedName payment = QualifiedName.of("public", "payment");
        assertEquals(new PartitionOf(payment, "FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')"), partition.partitionOf());
        assertEquals(List.of(), partition.columns());
        assertNull(partition.primaryKey());
        assertEquals(List.of(new CheckDef("payment_2024_small", "(amount < (1000)::numeric)")), partition.checks());
        assertEquals(List.of(), partition.foreignKeys());
        assertEquals(List.of("payment_2024_amount_idx"), partition.indexes().stream().map(IndexDef::name).toList());
        assertEquals(TableDef.partition(QualifiedName.of("public", "payment_other"), new PartitionOf(payment, "DEFAULT")),
                table("payment_other"));
    }

    @Test
    void aForeignKeyToAPartitionedTableIsOneForeignKey() {
        assertEquals(List.of("refund_payment_id_paid_at_fkey"), table("refund").foreignKeys().stream().map(ForeignKeyDef::name).toList());
    }

    @Test
    void subPartitionsAndExpressionKeysAreRead() {
        assertEquals("LIST (lower(kind))", table("event").partitionKey());
        TableDef sub = table("event_a");
        assertEquals("HASH (id)", sub.partitionKey());
        assertEquals(new PartitionOf(QualifiedName.of("public", "event"), "FOR VALUES IN ('a')"), sub.partitionOf());
        assertEquals(new PartitionOf(QualifiedName.of("public", "event_a"), "FOR VALUES WITH (modulus 2, remainder 0)"),
                table("event_a_0").partitionOf());
    }

    @Test
    void aMaterializedViewHasItsIndexesAndSaysWhetherItHoldsData() {
        ViewDef totals = model.view(QualifiedName.of("public", "totals")).orElseThrow();
        assertTrue(totals.withData());
        assertEquals(List.of(IndexDef.on("totals_customer", true, "customer_id")), totals.indexes());
        assertFalse(model.view(QualifiedName.of("public", "empty_totals")).orElseThrow().withData());
    }
}
