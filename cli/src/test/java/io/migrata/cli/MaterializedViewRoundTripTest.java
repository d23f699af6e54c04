package io.migrata.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migrata.testing.EveryPostgresMajor;
import io.migrata.testing.PostgresExtension;
import io.migrata.testing.TestDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Materialized views judged by pg_dump and by the catalog's {@code relispopulated}: one over a
 * table the same migration creates, one {@code WITH NO DATA}, their indexes (unique, partial, on an
 * expression), and a materialized view over another. SQL builds database A; {@code diff --java}
 * from an empty database writes a migration; upgrading an empty database B with it gives B the
 * schema of A, populated where A is, and the downgrade empties B again. Then A populates the empty
 * view, drops and adds indexes, drops a view and adds one over a new table; the next migration takes
 * B there and back.
 *
 * <p>On PostgreSQL 15, 16 and 17 ({@link EveryPostgresMajor}): judged by pg_dump where the machine's
 * pg_dump reads the server (15), by the catalog fingerprint on the newer majors.
 */
@ExtendWith(PostgresExtension.class)
class MaterializedViewRoundTripTest {

    private static final String CREATE = """
            CREATE TABLE rental (id bigint PRIMARY KEY, category text NOT NULL, amount numeric(8,2) NOT NULL, at date);
            CREATE MATERIALIZED VIEW rental_by_category AS
              SELECT category, sum(amount) AS total FROM rental GROUP BY category;
            CREATE UNIQUE INDEX rental_by_category_key ON rental_by_category (category);
            CREATE INDEX rental_by_category_big ON rental_by_category (total) WHERE total > 1000;
            CREATE MATERIALIZED VIEW rental_days AS SELECT DISTINCT at FROM rental WITH NO DATA;
            CREATE INDEX rental_days_year ON rental_days ((extract(year FROM at)));
            CREATE MATERIALIZED VIEW top_category AS
              SELECT category FROM rental_by_category ORDER BY total DESC LIMIT 1;
            COMMENT ON MATERIALIZED VIEW rental_by_category IS 'Refreshed nightly';
            """;

    private static final String ALTER_AND_DROP = """
            DROP MATERIALIZED VIEW top_category;
            REFRESH MATERIALIZED VIEW rental_days;
            DROP INDEX rental_by_category_big;
            CREATE INDEX rental_by_category_total ON rental_by_category (total DESC);
            CREATE TABLE store (id integer PRIMARY KEY, city text);
            CREATE MATERIALIZED VIEW store_cities AS SELECT DISTINCT city FROM store;
            """;

    @TempDir
    Path dir;

    @EveryPostgresMajor
    void migrationsWrittenFromTheCatalogRebuildItExactlyAndUndoIt(TestDatabase a, TestDatabase b, TestDatabase empty)
            throws Exception {
        CatalogRoundTrip trip = new CatalogRoundTrip(dir, a, b);
        String emptyDump = CatalogRoundTrip.dump(empty);

        a.execute(CREATE);
        String source = trip.javaDiff(empty, a).replaceAll("\\s+", " ");
        assertTrue(source.contains(".materialized().withNoData() .index(index(\"rental_days_year\")"), source);
        String first = trip.save(trip.javaDiff(empty, a), null, "");
        trip.upgrade("head");
        String created = CatalogRoundTrip.dump(a);
        assertEquals(created, CatalogRoundTrip.dump(b));
        assertEquals(populated(a), populated(b));
        trip.downgrade("base");
        assertEquals(emptyDump, CatalogRoundTrip.dump(b));
        trip.upgrade("head");
        assertEquals(ExitCode.OK, trip.diff(a, b).exitCode());

        a.execute(ALTER_AND_DROP);
        String second = trip.javaDiff(b, a);
        assertTrue(second.contains("op.dropIndex(") && second.contains("op.createIndex(\"rental_by_category\""), second);
        trip.save(second, first, "_next");
        trip.upgrade("head");
        assertEquals(CatalogRoundTrip.dump(a), CatalogRoundTrip.dump(b));
        assertEquals(populated(a), populated(b));
        assertEquals(ExitCode.OK, trip.diff(a, b).exitCode());
        trip.downgrade("-1");
        assertEquals(created, CatalogRoundTrip.dump(b));
        assertEquals(Map.of("rental_by_category", true, "rental_days", false, "top_category", true), populated(b));
    }

    /** Whether each materialized view holds data, which pg_dump --schema-only does not tell. */
    private static Map<String, Boolean> populated(TestDatabase db) throws Exception {
        Map<String, Boolean> found = new TreeMap<>();
        try (Connection connection = db.connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT relname, relispopulated FROM pg_class WHERE relkind = 'm'")) {
            while (rows.next()) found.put(rows.getString(1), rows.getBoolean(2));
        }
        return found;
    }
}
