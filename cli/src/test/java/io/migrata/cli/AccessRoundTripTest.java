package io.migrata.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migrata.testing.EveryPostgresMajor;
import io.migrata.testing.PostgresExtension;
import io.migrata.testing.TestDatabase;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Domains (over a built-in type and over an enum, with defaults, NOT NULL and checks), schema
 * comments, row-level security, policies and grants on tables, sequences, schemas and functions,
 * judged by pg_dump: SQL builds database A; {@code diff --java} from an empty database to A writes a
 * migration; upgrading an empty database B with it gives B the schema of A, and the downgrade
 * empties B again. Then A is altered and, in part, dropped from; the next migration, written from B
 * to A, takes B there and back. Grants are compared, as {@code migrata.grants} asks.
 *
 * <p>On PostgreSQL 15, 16 and 17 ({@link EveryPostgresMajor}): judged by pg_dump where the machine's
 * pg_dump reads the server (15), by the catalog fingerprint on the newer majors.
 */
@ExtendWith(PostgresExtension.class)
class AccessRoundTripTest {

    private static final String READER = "objects_a_rt_reader";
    private static final String APP = "objects_a_rt_app";

    private static final String CREATE = """
            CREATE SCHEMA billing;
            COMMENT ON SCHEMA billing IS 'Invoices and payments';
            CREATE TYPE billing.status AS ENUM ('open', 'paid');
            CREATE DOMAIN billing.amount AS numeric(12,2) DEFAULT 0 NOT NULL CONSTRAINT amount_not_negative CHECK (VALUE >= 0);
            CREATE DOMAIN public.email AS text CONSTRAINT email_has_at CHECK (VALUE LIKE '%@%');
            CREATE DOMAIN billing.state AS billing.status DEFAULT 'open';
            CREATE TABLE billing.invoices (id bigint PRIMARY KEY, owner text NOT NULL DEFAULT current_user,
                total billing.amount, contact email, state billing.state);
            CREATE SEQUENCE billing.invoice_no;
            ALTER TABLE billing.invoices ENABLE ROW LEVEL SECURITY;
            ALTER TABLE billing.invoices FORCE ROW LEVEL SECURITY;
            CREATE POLICY own_invoices ON billing.invoices USING (owner = current_user);
            CREATE POLICY readers_see_paid ON billing.invoices AS RESTRICTIVE FOR SELECT TO objects_a_rt_reader, objects_a_rt_app
                USING (state::billing.status = 'paid');
            CREATE POLICY app_inserts ON billing.invoices FOR INSERT TO objects_a_rt_app WITH CHECK (total > 0);
            CREATE FUNCTION billing.total_of(invoice bigint) RETURNS numeric LANGUAGE sql STABLE AS 'SELECT 0::numeric';
            REVOKE EXECUTE ON FUNCTION billing.total_of(bigint) FROM PUBLIC;
            GRANT EXECUTE ON FUNCTION billing.total_of(bigint) TO objects_a_rt_app;
            GRANT USAGE ON SCHEMA billing TO objects_a_rt_reader;
            GRANT SELECT, INSERT ON billing.invoices TO objects_a_rt_app WITH GRANT OPTION;
            GRANT SELECT ON billing.invoices TO objects_a_rt_reader;
            GRANT USAGE ON SEQUENCE billing.invoice_no TO objects_a_rt_app;
            """;

    private static final String ALTER_AND_DROP = """
            ALTER DOMAIN billing.amount DROP CONSTRAINT amount_not_negative;
            ALTER DOMAIN billing.amount ADD CONSTRAINT amount_below_limit CHECK (VALUE < 1000000);
            ALTER DOMAIN billing.amount SET DEFAULT 1;
            ALTER DOMAIN public.email SET NOT NULL;
            DROP POLICY readers_see_paid ON billing.invoices;
            ALTER TABLE billing.invoices DROP COLUMN state;
            DROP DOMAIN billing.state;
            COMMENT ON SCHEMA billing IS 'Invoices';
            ALTER TABLE billing.invoices NO FORCE ROW LEVEL SECURITY;
            ALTER POLICY own_invoices ON billing.invoices TO objects_a_rt_app;
            REVOKE INSERT ON billing.invoices FROM objects_a_rt_app;
            GRANT UPDATE ON billing.invoices TO objects_a_rt_reader;
            REVOKE USAGE ON SCHEMA billing FROM objects_a_rt_reader;
            GRANT EXECUTE ON FUNCTION billing.total_of(bigint) TO PUBLIC;
            """;

    @TempDir
    Path dir;

    @EveryPostgresMajor
    void migrationsWrittenFromTheCatalogRebuildItExactlyAndUndoIt(TestDatabase a, TestDatabase b, TestDatabase empty)
            throws Exception {
        createRoles(a);
        try {
            CatalogRoundTrip trip = new CatalogRoundTrip(dir, a, b, Map.of("MIGRATA_GRANTS", "true"));
            String emptyDump = CatalogRoundTrip.dump(empty);

            a.execute(CREATE);
            String first = trip.javaDiff(empty, a);
            assertTrue(first.contains("domain(\"billing.amount\", numeric(12, 2)).defaultValue(\"0\").notNull()")
                    && first.contains("op.changeRowSecurity(\"billing.invoices\", ROW_SECURITY_OFF, ROW_SECURITY_FORCED)")
                    && first.contains("op.revokeDefault(privilege(\"EXECUTE\").onFunction(\"billing.total_of\", \"bigint\").to(\"PUBLIC\"))")
                    && first.contains("op.changeSchemaComment(\"billing\", null, \"Invoices and payments\")"), first);
            String firstId = trip.save(first, null, "");
            String created = trip.buildsTheSourceAndUndoes("base", emptyDump);
            trip.upgrade("head");

            a.execute(ALTER_AND_DROP);
            String second = trip.javaDiff(b, a);
            assertTrue(second.contains("op.alterDomain(") && second.contains("op.dropDomain(")
                    && second.contains("op.dropPolicy(") && second.contains("policy(\"billing.invoices\", \"readers_see_paid\")")
                    && second.contains("op.restoreDefault(") && second.contains("op.revoke("), second);
            trip.save(second, firstId, "_next");
            trip.buildsTheSourceAndUndoes("-1", created);
            trip.downgrade("base");
            assertEquals(emptyDump, CatalogRoundTrip.dump(b));
        } finally {
            dropRoles(a, b);
        }
    }

    @Test
    void grantsAreComparedOnlyWhenTheSettingSaysSo(TestDatabase a, TestDatabase b) throws Exception {
        createRoles(a);
        try {
            String table = "CREATE TABLE notes (id bigint PRIMARY KEY, body text);";
            a.execute(table);
            b.execute(table + "GRANT SELECT ON notes TO " + READER + "; ALTER TABLE notes ENABLE ROW LEVEL SECURITY;");
            CliRun without = CliRun.run("-C", dir.toString(), "diff", "--from", a.urlWithCredentials(), "--to", b.urlWithCredentials(),
                    "--quiet");
            assertEquals(ExitCode.DIFFERENCES, without.exitCode(), without.err());
            assertEquals("row security on public.notes: off -> enabled\n", without.out());
            CliRun with = CliRun.run(Map.of("MIGRATA_GRANTS", "true"), "-C", dir.toString(), "diff", "--from", a.urlWithCredentials(),
                    "--to", b.urlWithCredentials(), "--quiet");
            assertEquals(ExitCode.DIFFERENCES, with.exitCode(), with.err());
            assertEquals("row security on public.notes: off -> enabled\ngrant SELECT on table public.notes to " + READER + "\n", with.out());
        } finally {
            dropRoles(a, b);
        }
    }

    static void createRoles(TestDatabase any, String... roles) throws SQLException {
        for (String role : roles.length == 0 ? new String[] {READER, APP} : roles) {
            any.execute("DO $$BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '" + role + "') THEN CREATE ROLE " + role
                    + " NOLOGIN; END IF; END$$");
        }
    }

    /** Roles belong to the server, so they go when the test ends; their privileges in each database first. */
    private static void dropRoles(TestDatabase... databases) throws SQLException {
        for (TestDatabase db : databases) db.execute("DROP OWNED BY " + READER + ", " + APP);
        databases[0].execute("DROP ROLE " + READER + ", " + APP);
    }
}
