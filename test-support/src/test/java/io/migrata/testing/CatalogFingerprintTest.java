package io.migrata.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.sql.Connection;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The fingerprint, the judge where pg_dump cannot read the server, sees each change pg_dump sees:
 * on every major, a schema and the same schema with one change apart fingerprint differently; on the
 * machine's server pg_dump tells them apart too (so each change is one pg_dump judges), and the
 * fingerprint also sees privileges (on objects, on columns, and default privileges) and a materialized
 * view's data state, each single one apart from the others; and a schema built in another order, with a
 * version table more, its GRANTs in another order and an ACL that only spells out the default,
 * fingerprints alike.
 */
class CatalogFingerprintTest {

    private static final String SCHEMA = """
            CREATE EXTENSION citext;
            CREATE SCHEMA shop;
            CREATE TYPE shop.state AS ENUM ('open', 'done');
            CREATE DOMAIN shop.qty AS integer DEFAULT 1 CHECK (VALUE > 0);
            CREATE SEQUENCE shop.order_no INCREMENT 2;
            CREATE TABLE shop.orders (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, email citext, qty shop.qty,
                state shop.state DEFAULT 'open', total numeric(10,2) CHECK (total >= 0), placed date NOT NULL);
            CREATE TABLE shop.events (at date NOT NULL, kind text) PARTITION BY RANGE (at);
            CREATE TABLE shop.events_2025 PARTITION OF shop.events FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
            CREATE INDEX orders_open ON shop.orders (placed) WHERE state = 'open';
            CREATE VIEW shop.open_orders AS SELECT id, total FROM shop.orders WHERE state = 'open';
            CREATE MATERIALIZED VIEW shop.totals AS SELECT placed, sum(total) AS total FROM shop.orders GROUP BY placed WITH NO DATA;
            CREATE FUNCTION shop.touch() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN NEW; END$$;
            CREATE TRIGGER orders_touch BEFORE UPDATE ON shop.orders FOR EACH ROW EXECUTE FUNCTION shop.touch();
            CREATE POLICY mine ON shop.orders USING (email = current_user);
            COMMENT ON TABLE shop.orders IS 'Orders';
            """;

    static List<String> changes() {
        return List.of(
                "ALTER TABLE shop.orders ADD CONSTRAINT qty_small CHECK (qty < 100)",
                "ALTER TABLE shop.orders ALTER COLUMN placed SET DEFAULT CURRENT_DATE",
                "ALTER TABLE shop.orders ALTER COLUMN qty TYPE bigint",
                "ALTER TABLE shop.orders RENAME COLUMN email TO mail",
                "DROP INDEX shop.orders_open; CREATE INDEX orders_open ON shop.orders (placed) WHERE state = 'done'",
                "CREATE OR REPLACE FUNCTION shop.touch() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN OLD; END$$",
                "DROP TRIGGER orders_touch ON shop.orders",
                "ALTER TABLE shop.orders ENABLE ROW LEVEL SECURITY",
                "ALTER POLICY mine ON shop.orders USING (true)",
                "COMMENT ON COLUMN shop.orders.total IS 'Gross'",
                "ALTER TYPE shop.state ADD VALUE 'void'",
                "ALTER DOMAIN shop.qty SET NOT NULL",
                "CREATE OR REPLACE VIEW shop.open_orders AS SELECT id, total FROM shop.orders WHERE state <> 'done'",
                "DROP MATERIALIZED VIEW shop.totals; CREATE MATERIALIZED VIEW shop.totals AS SELECT placed, max(total) AS total"
                        + " FROM shop.orders GROUP BY placed WITH NO DATA",
                "CREATE TABLE shop.events_2026 PARTITION OF shop.events FOR VALUES FROM ('2026-01-01') TO ('2027-01-01')",
                "ALTER SEQUENCE shop.order_no INCREMENT 3",
                "CREATE EXTENSION pg_trgm",
                "CREATE AGGREGATE shop.total_of(numeric) (SFUNC = numeric_add, STYPE = numeric)");
    }

    /** What the fingerprint judges and pg_dump --schema-only --no-privileges does not. */
    static List<String> changesOnlyTheFingerprintSees() {
        return List.of(
                "GRANT SELECT ON shop.orders TO PUBLIC",
                "REVOKE EXECUTE ON FUNCTION shop.touch() FROM PUBLIC",
                "GRANT USAGE ON SCHEMA shop TO PUBLIC",
                "REFRESH MATERIALIZED VIEW shop.totals",
                "GRANT SELECT (total) ON shop.orders TO PUBLIC",
                "GRANT UPDATE (kind) ON shop.events_2025 TO PUBLIC",
                "GRANT SELECT (id) ON shop.open_orders TO PUBLIC",
                "ALTER DEFAULT PRIVILEGES GRANT SELECT ON TABLES TO PUBLIC",
                "ALTER DEFAULT PRIVILEGES REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC",
                "ALTER DEFAULT PRIVILEGES IN SCHEMA shop GRANT USAGE ON SEQUENCES TO PUBLIC",
                "ALTER DEFAULT PRIVILEGES IN SCHEMA shop GRANT USAGE ON TYPES TO PUBLIC");
    }

    /**
     * Each change is made in a transaction that is rolled back, so one database serves them all; no two
     * changes fingerprint alike, so a column privilege is not taken for the table's, nor one default
     * privilege for another.
     */
    @ParameterizedTest(name = "PostgreSQL {0}")
    @MethodSource("io.migrata.testing.PostgresServers#majors")
    void seesEveryChange(int major) throws Exception {
        try (TestDatabase base = TestDatabase.create(PostgresServers.ofMajor(major)); Connection connection = base.connect()) {
            base.execute(SCHEMA);
            String fingerprint = CatalogFingerprint.of(base, SchemaDump.VERSION_TABLES);
            connection.setAutoCommit(false);
            Map<String, String> changedBy = new HashMap<>();
            for (String change : Stream.concat(changes().stream(), changesOnlyTheFingerprintSees().stream()).toList()) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute(change);
                }
                String changed = CatalogFingerprint.of(connection, SchemaDump.VERSION_TABLES);
                assertNotEquals(fingerprint, changed, change);
                String earlier = changedBy.putIfAbsent(changed, change);
                assertNull(earlier, change + " fingerprints as " + earlier + " does");
                connection.rollback();
            }
            assertEquals(fingerprint, CatalogFingerprint.of(connection, SchemaDump.VERSION_TABLES), "all rolled back");
        }
    }

    /** The changes above are ones the judge on the machine's own server, pg_dump, tells apart too. */
    @Test
    void pgDumpSeesEachChangeToo() throws Exception {
        PostgresServer server = PostgresServers.shared();
        assertEquals("pg_dump " + server.major(), SchemaDump.judgeOf(server));
        try (TestDatabase base = TestDatabase.create(server)) {
            base.execute(SCHEMA);
            String dump = SchemaDump.withoutVersionTables(base);
            for (String change : changes()) {
                try (TestDatabase changed = TestDatabase.create(server)) {
                    changed.execute(SCHEMA + change);
                    assertNotEquals(dump, SchemaDump.withoutVersionTables(changed), change);
                }
            }
        }
    }

    @ParameterizedTest(name = "PostgreSQL {0}")
    @MethodSource("io.migrata.testing.PostgresServers#majors")
    void aSchemaBuiltInAnotherOrderWithAVersionTableMoreIsTheSame(int major) throws Exception {
        PostgresServer server = PostgresServers.ofMajor(major);
        try (TestDatabase inline = TestDatabase.create(server); TestDatabase altered = TestDatabase.create(server)) {
            inline.execute("""
                    CREATE TABLE parent (id int PRIMARY KEY);
                    CREATE TABLE child (id int PRIMARY KEY, parent int REFERENCES parent, n int CHECK (n > 0));
                    GRANT SELECT ON child TO PUBLIC;
                    GRANT UPDATE ON child TO PUBLIC;
                    GRANT SELECT (n), UPDATE (n) ON child TO PUBLIC;
                    ALTER DEFAULT PRIVILEGES GRANT SELECT ON TABLES TO PUBLIC;
                    """);
            altered.execute("""
                    CREATE TABLE child (id int, parent int, n int);
                    CREATE TABLE migrata_version (version_num varchar(255) PRIMARY KEY);
                    COMMENT ON TABLE migrata_version IS 'applied head';
                    CREATE TABLE parent (id int PRIMARY KEY);
                    ALTER TABLE child ADD PRIMARY KEY (id), ADD FOREIGN KEY (parent) REFERENCES parent,
                        ADD CONSTRAINT child_n_check CHECK (n > 0);
                    GRANT UPDATE ON child TO PUBLIC;
                    GRANT SELECT ON child TO PUBLIC;
                    GRANT SELECT ON parent TO PUBLIC;
                    REVOKE SELECT ON parent FROM PUBLIC;
                    GRANT UPDATE (n) ON child TO PUBLIC;
                    GRANT SELECT (n) ON child TO PUBLIC;
                    ALTER DEFAULT PRIVILEGES REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;
                    ALTER DEFAULT PRIVILEGES GRANT EXECUTE ON FUNCTIONS TO PUBLIC;
                    ALTER DEFAULT PRIVILEGES GRANT SELECT ON TABLES TO PUBLIC;
                    """);
            assertEquals(CatalogFingerprint.of(inline, SchemaDump.VERSION_TABLES), CatalogFingerprint.of(altered, SchemaDump.VERSION_TABLES));
        }
    }
}
