package io.migrata.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migrata.testing.PostgresExtension;
import io.migrata.testing.TestDatabase;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real schema no one here wrote, judged by pg_dump: the Pagila sample database
 * ({@code fixtures/pagila}, with its source and licence). Its dump builds database A;
 * {@code diff --java} from a database without it writes a migration; upgrading such a database B
 * with it gives B the schema of A, and the downgrade takes B back.
 * The migration builds all of it, its aggregate {@code public.group_concat(text)} too.
 * Grants are compared ({@code MIGRATA_GRANTS=true}), so the migration also carries the dump's
 * grants on the schema {@code public}.
 */
@ExtendWith(PostgresExtension.class)
class PagilaRoundTripTest {

    @TempDir
    Path dir;

    @Test
    void theMigrationWrittenFromPagilaRebuildsItExactlyAndUndoesIt(TestDatabase a, TestDatabase b, TestDatabase before)
            throws Exception {
        CatalogRoundTrip trip = new CatalogRoundTrip(dir, a, b, Map.of("MIGRATA_GRANTS", "true"));
        String beforeDump = CatalogRoundTrip.dump(before);
        a.execute(fixture());

        String source = trip.javaDiff(before, a);
        assertTrue(source.contains("op.createDomain(") && source.contains("op.createTable(") && source.contains("op.grant(")
                        && source.contains("op.createAggregate(") && source.contains("aggregate(\"group_concat\", \"text\""),
                "the migration builds Pagila's domains, grants and aggregate too");
        trip.save(source, null, "");
        String pagila = trip.buildsTheSourceAndUndoes("base", beforeDump);
        assertTrue(pagila.contains("PARTITION BY RANGE (payment_date)") && pagila.contains("CREATE MATERIALIZED VIEW public.rental_by_category")
                && pagila.contains("CREATE TRIGGER last_updated BEFORE UPDATE ON public.store"), "the fixture is loaded");
    }

    private static String fixture() throws IOException {
        try (InputStream in = PagilaRoundTripTest.class.getResourceAsStream("/fixtures/pagila/pagila-schema.sql")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
