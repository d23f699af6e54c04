package io.migrata.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migrata.testing.EveryPostgresMajor;
import io.migrata.testing.PostgresExtension;
import io.migrata.testing.TestDatabase;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a newer major adds to the catalog, through the same round trip as the other kinds: unique
 * constraints and indexes {@code NULLS NOT DISTINCT} (15), SQL/JSON predicates and constructors and
 * {@code SYSTEM_USER} in expressions (16), SQL/JSON query functions in a CHECK, an identity column on
 * a partitioned table and the {@code MAINTAIN} privilege (17). Each major gets what it offers; grants
 * are compared ({@code MIGRATA_GRANTS=true}).
 *
 * <p>On PostgreSQL 15, 16 and 17 ({@link EveryPostgresMajor}): judged by pg_dump where the machine's
 * pg_dump reads the server (15), by the catalog fingerprint, which also sees the grants, on the newer majors.
 */
@ExtendWith(PostgresExtension.class)
class NewerMajorRoundTripTest {

    private static final String ROLE = "newer_major_rt_maintainer";

    private static final String SINCE_15 = """
            CREATE TABLE account (id bigint PRIMARY KEY, email text, region text, doc jsonb,
                CONSTRAINT account_email_key UNIQUE NULLS NOT DISTINCT (email));
            CREATE UNIQUE INDEX account_region_key ON account (region) NULLS NOT DISTINCT;
            """;

    private static final String SINCE_16 = """
            ALTER TABLE account ADD COLUMN created_by text DEFAULT SYSTEM_USER;
            ALTER TABLE account ADD CONSTRAINT account_doc_is_object CHECK (doc IS JSON OBJECT WITH UNIQUE KEYS);
            CREATE VIEW account_json AS SELECT id, json_array(id, email) AS j, json_object('id' : id) AS o FROM account;
            """;

    private static final String SINCE_17 = """
            ALTER TABLE account ADD CONSTRAINT account_doc_has_a CHECK (JSON_EXISTS(doc, '$.a'));
            CREATE TABLE ledger (id bigint GENERATED ALWAYS AS IDENTITY, at date NOT NULL) PARTITION BY RANGE (at);
            CREATE TABLE ledger_2025 PARTITION OF ledger FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
            GRANT MAINTAIN ON account TO newer_major_rt_maintainer;
            """;

    private static final String ALTER_AND_DROP_SINCE_15 = """
            ALTER TABLE account DROP CONSTRAINT account_email_key;
            DROP INDEX account_region_key;
            CREATE UNIQUE INDEX account_region_key ON account (region, email) NULLS NOT DISTINCT;
            """;

    private static final String ALTER_AND_DROP_SINCE_17 = """
            REVOKE MAINTAIN ON account FROM newer_major_rt_maintainer;
            GRANT SELECT, MAINTAIN ON ledger TO newer_major_rt_maintainer;
            """;

    @TempDir
    Path dir;

    @EveryPostgresMajor
    void whatEachMajorAddsIsRebuiltExactlyAndUndone(TestDatabase a, TestDatabase b, TestDatabase empty) throws Exception {
        int major = a.server().major();
        a.execute("DO $$BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '" + ROLE + "') THEN CREATE ROLE " + ROLE
                + " NOLOGIN; END IF; END$$");
        try {
            CatalogRoundTrip trip = new CatalogRoundTrip(dir, a, b, Map.of("MIGRATA_GRANTS", "true"));
            String emptyDump = CatalogRoundTrip.dump(empty);
            a.execute(SINCE_15 + (major >= 16 ? SINCE_16 : "") + (major >= 17 ? SINCE_17 : ""));
            String source = trip.javaDiff(empty, a);
            String first = trip.save(source, null, "");
            String created = trip.buildsTheSourceAndUndoes("base", emptyDump);
            if (major >= 17) {
                assertTrue(created.contains("GRANT MAINTAIN ON table public.account TO " + ROLE), created);
                assertTrue(source.contains("privilege(\"MAINTAIN\")"), source);
            }
            trip.upgrade("head");

            a.execute(ALTER_AND_DROP_SINCE_15 + (major >= 17 ? ALTER_AND_DROP_SINCE_17 : ""));
            trip.save(trip.javaDiff(b, a), first, "_next");
            trip.buildsTheSourceAndUndoes("-1", created);
            trip.downgrade("base");
            assertEquals(emptyDump, CatalogRoundTrip.dump(b));
        } finally {
            for (TestDatabase db : new TestDatabase[] {a, b}) db.execute("DROP OWNED BY " + ROLE);
            a.execute("DROP ROLE " + ROLE);
        }
    }
}
