package io.migrata.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migrata.testing.PostgresExtension;
import io.migrata.testing.TestDatabase;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code drift} on partitions: a database built by the migrations, then changed by hand, names a
 * partition added outside the migrations and one detached outside them.
 */
@ExtendWith(PostgresExtension.class)
class PartitionDriftTest {

    private static final String PARTITIONED = """
            CREATE TABLE events (id bigint NOT NULL, happened_at date NOT NULL, kind text) PARTITION BY RANGE (happened_at);
            CREATE TABLE events_2024 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
            CREATE TABLE events_2025 PARTITION OF events FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
            """;

    @TempDir
    Path dir;

    @Test
    void driftNamesAPartitionAddedAndOneDetachedByHand(TestDatabase a, TestDatabase b, TestDatabase empty) throws Exception {
        CatalogRoundTrip trip = new CatalogRoundTrip(dir, a, b);
        a.execute(PARTITIONED);
        trip.save(trip.javaDiff(empty, a), null, "");
        trip.upgrade("head");
        CliRun clean = trip.onTarget("drift");
        assertEquals(ExitCode.OK, clean.exitCode(), clean.out() + clean.err());

        b.execute("CREATE TABLE events_2026 PARTITION OF events FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');"
                + "ALTER TABLE events DETACH PARTITION events_2024;");
        CliRun drifted = trip.onTarget("drift");
        assertEquals(ExitCode.DIFFERENCES, drifted.exitCode(), drifted.err());
        assertEquals("detach partition public.events_2024 from public.events\n"
                + "  ! BLOCKING_LOCK: detaching public.events_2024 takes an ACCESS EXCLUSIVE lock on public.events (the online plan's"
                + " DETACH PARTITION CONCURRENTLY avoids it); the keys, foreign keys and indexes it has from the parent are dropped"
                + " from it\n"
                + "create table public.events_2026 partition of public.events FOR VALUES FROM ('2026-01-01') TO ('2027-01-01')\n",
                drifted.out());
        assertTrue(drifted.err().contains("has drifted from its migrations"), drifted.err());
    }
}
