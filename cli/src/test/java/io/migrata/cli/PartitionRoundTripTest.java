package io.migrata.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migrata.testing.EveryPostgresMajor;
import io.migrata.testing.PostgresExtension;
import io.migrata.testing.TestDatabase;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Declarative partitioning judged by pg_dump: range, list and hash partitioning, keys on columns
 * and expressions, a default partition, sub-partitions, keys, foreign keys and indexes on the parent
 * (cloned onto every partition by PostgreSQL), and a partition's own index and check. SQL builds
 * database A; {@code diff --java} from an empty database writes a migration; upgrading an empty
 * database B with it gives B the schema of A, and the downgrade empties B again. Then A gains and
 * loses partitions, moves one to a wider bound and attaches a table; the next migration takes B
 * there and back.
 *
 * <p>On PostgreSQL 15, 16 and 17 ({@link EveryPostgresMajor}): judged by pg_dump where the machine's
 * pg_dump reads the server (15), by the catalog fingerprint on the newer majors.
 */
@ExtendWith(PostgresExtension.class)
class PartitionRoundTripTest {

    private static final String CREATE = """
            CREATE SEQUENCE payment_id_seq;
            CREATE TABLE customer (id bigint PRIMARY KEY, region text NOT NULL);
            CREATE TABLE payment (
                id bigint DEFAULT nextval('payment_id_seq') NOT NULL,
                customer_id bigint NOT NULL REFERENCES customer,
                paid_at timestamptz NOT NULL,
                amount numeric(8,2) CHECK (amount > 0),
                PRIMARY KEY (id, paid_at)
            ) PARTITION BY RANGE (paid_at);
            CREATE INDEX payment_customer_idx ON payment (customer_id);
            CREATE TABLE payment_2024 PARTITION OF payment FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
            CREATE TABLE payment_2025 PARTITION OF payment FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
            CREATE INDEX payment_2025_amount_idx ON payment_2025 (amount);
            ALTER TABLE payment_2024 ADD CONSTRAINT payment_2024_small CHECK (amount < 100000);
            CREATE TABLE payment_other PARTITION OF payment DEFAULT;
            CREATE TABLE payment_2022 (
                id bigint DEFAULT nextval('payment_id_seq') NOT NULL,
                customer_id bigint NOT NULL,
                paid_at timestamptz NOT NULL,
                amount numeric(8,2)
            );
            CREATE TABLE event (id bigint NOT NULL, kind text NOT NULL, at date) PARTITION BY LIST (kind);
            CREATE TABLE event_login PARTITION OF event FOR VALUES IN ('login', 'logout') PARTITION BY HASH (id);
            CREATE TABLE event_login_0 PARTITION OF event_login FOR VALUES WITH (modulus 2, remainder 0);
            CREATE TABLE event_login_1 PARTITION OF event_login FOR VALUES WITH (modulus 2, remainder 1);
            CREATE TABLE event_other PARTITION OF event DEFAULT;
            CREATE TABLE visit (name text, at date) PARTITION BY RANGE (lower(name), at);
            CREATE TABLE visit_a PARTITION OF visit FOR VALUES FROM ('a', '2000-01-01') TO ('m', MAXVALUE);
            """;

    private static final String ALTER_AND_DROP = """
            DROP TABLE payment_other;
            ALTER TABLE payment DETACH PARTITION payment_2025;
            ALTER TABLE payment ATTACH PARTITION payment_2025 FOR VALUES FROM ('2025-01-01') TO ('2027-01-01');
            CREATE TABLE payment_2023 PARTITION OF payment FOR VALUES FROM ('2023-01-01') TO ('2024-01-01');
            ALTER TABLE payment_2022 ADD CONSTRAINT payment_amount_check CHECK (amount > 0);
            ALTER TABLE payment ATTACH PARTITION payment_2022 FOR VALUES FROM ('2022-01-01') TO ('2023-01-01');
            ALTER TABLE payment ADD COLUMN note text;
            DROP TABLE event_login_1;
            CREATE INDEX event_at_idx ON event (at);
            """;

    @TempDir
    Path dir;

    @EveryPostgresMajor
    void migrationsWrittenFromTheCatalogRebuildItExactlyAndUndoIt(TestDatabase a, TestDatabase b, TestDatabase empty)
            throws Exception {
        CatalogRoundTrip trip = new CatalogRoundTrip(dir, a, b);
        String emptyDump = CatalogRoundTrip.dump(empty);

        a.execute(CREATE);
        String source = trip.javaDiff(empty, a);
        assertTrue(source.contains("partitionBy(\"RANGE (paid_at)\")") && source.contains("partitionOf(\"payment\", \"DEFAULT\")")
                && source.contains("partitionOf(\"event\", \"FOR VALUES IN ('login', 'logout')\", \"HASH (id)\")"), source);
        String first = trip.save(source, null, "");
        String created = trip.buildsTheSourceAndUndoes("base", emptyDump);
        trip.upgrade("head");

        a.execute(ALTER_AND_DROP);
        String second = trip.javaDiff(b, a);
        String calls = second.replaceAll("\\s+", " ");
        assertTrue(calls.contains("op.detachPartition(\"payment\", \"payment_2025\"")
                && calls.contains("op.attachPartition(\"payment\", \"payment_2022\""), second);
        trip.save(second, first, "_next");
        trip.buildsTheSourceAndUndoes("-1", created);
    }

    @Test
    void aPartitionedTableIsSeenNotSkipped(TestDatabase a, TestDatabase b) throws Exception {
        a.execute("CREATE TABLE m (at date NOT NULL) PARTITION BY RANGE (at);"
                + "CREATE TABLE m_2024 PARTITION OF m FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');");
        CliRun run = CliRun.run("-C", dir.toString(), "diff", "--from", b.urlWithCredentials(), "--to", a.urlWithCredentials(),
                "--quiet");
        assertEquals(ExitCode.DIFFERENCES, run.exitCode(), run.out() + run.err());
        assertEquals("create table public.m (at) partition by RANGE (at)\ncreate table public.m_2024 partition of public.m"
                + " FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')\n", run.out());
    }
}
