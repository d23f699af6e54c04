package io.migrata.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migrata.testing.PostgresExtension;
import io.migrata.testing.SchemaDump;
import io.migrata.testing.TestDatabase;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Column privileges (a partition's own too), default privileges ({@code ALTER DEFAULT PRIVILEGES}), the grants of a
 * function PostgreSQL drops and creates again, and those of aggregates of every argument form, judged
 * by pg_dump with its privileges: SQL builds
 * database A; {@code diff --java} writes the migration that takes B there; B then dumps as A, and the
 * downgrade takes it back. Grants are compared, as {@code migrata.grants} asks.
 */
@ExtendWith(PostgresExtension.class)
class PrivilegesRoundTripTest {

    private static final String READER = "objects_e_rt_reader";
    private static final String APP = "objects_e_rt_app";
    private static final String OWNER = "objects_e_rt_owner";
    private static final Map<String, String> GRANTS = Map.of("MIGRATA_GRANTS", "true");

    private static final String CREATE = """
            CREATE SCHEMA ledger;
            CREATE TABLE ledger.entries (id bigint PRIMARY KEY, amount numeric, memo text);
            CREATE VIEW ledger.entry_memos AS SELECT id, memo FROM ledger.entries;
            GRANT SELECT (id, amount) ON ledger.entries TO objects_e_rt_reader;
            GRANT UPDATE (memo) ON ledger.entries TO objects_e_rt_app WITH GRANT OPTION;
            GRANT SELECT (memo) ON ledger.entry_memos TO objects_e_rt_reader;
            CREATE TABLE ledger.moves (at date NOT NULL, amount numeric) PARTITION BY RANGE (at);
            CREATE TABLE ledger.moves_2025 PARTITION OF ledger.moves FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
            GRANT SELECT (at) ON ledger.moves TO objects_e_rt_reader;
            GRANT SELECT (amount) ON ledger.moves_2025 TO objects_e_rt_reader;
            GRANT UPDATE (at) ON ledger.moves_2025 TO objects_e_rt_app;
            ALTER DEFAULT PRIVILEGES FOR ROLE objects_e_rt_owner GRANT SELECT ON TABLES TO objects_e_rt_reader;
            ALTER DEFAULT PRIVILEGES FOR ROLE objects_e_rt_owner IN SCHEMA ledger GRANT USAGE, SELECT ON SEQUENCES TO objects_e_rt_app;
            ALTER DEFAULT PRIVILEGES FOR ROLE objects_e_rt_owner REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;
            ALTER DEFAULT PRIVILEGES FOR ROLE objects_e_rt_owner IN SCHEMA ledger GRANT EXECUTE ON FUNCTIONS TO objects_e_rt_app;
            ALTER DEFAULT PRIVILEGES FOR ROLE objects_e_rt_owner GRANT USAGE ON SCHEMAS TO objects_e_rt_reader;
            ALTER DEFAULT PRIVILEGES FOR ROLE objects_e_rt_owner REVOKE USAGE ON TYPES FROM PUBLIC;
            """;

    private static final String ALTER_AND_DROP = """
            REVOKE SELECT (amount) ON ledger.entries FROM objects_e_rt_reader;
            GRANT INSERT (memo) ON ledger.entries TO objects_e_rt_reader;
            ALTER TABLE ledger.entries ADD COLUMN posted date;
            GRANT SELECT (posted) ON ledger.entries TO objects_e_rt_app;
            DROP VIEW ledger.entry_memos;
            REVOKE SELECT (amount) ON ledger.moves_2025 FROM objects_e_rt_reader;
            REVOKE UPDATE (at) ON ledger.moves_2025 FROM objects_e_rt_app;
            GRANT INSERT (amount) ON ledger.moves_2025 TO objects_e_rt_reader;
            ALTER DEFAULT PRIVILEGES FOR ROLE objects_e_rt_owner GRANT EXECUTE ON FUNCTIONS TO PUBLIC;
            ALTER DEFAULT PRIVILEGES FOR ROLE objects_e_rt_owner IN SCHEMA ledger REVOKE USAGE ON SEQUENCES FROM objects_e_rt_app;
            ALTER DEFAULT PRIVILEGES FOR ROLE objects_e_rt_owner GRANT SELECT ON TABLES TO objects_e_rt_app WITH GRANT OPTION;
            """;

    private static final String FUNCTION = """
            CREATE FUNCTION public.amount_due(invoice bigint) RETURNS integer LANGUAGE sql IMMUTABLE AS 'SELECT 1';
            REVOKE EXECUTE ON FUNCTION public.amount_due(bigint) FROM PUBLIC;
            GRANT EXECUTE ON FUNCTION public.amount_due(bigint) TO objects_e_rt_app WITH GRANT OPTION;
            """;

    /** Another result type: PostgreSQL refuses CREATE OR REPLACE, so the function is dropped and created, without its grants. */
    private static final String FUNCTION_RETYPED = """
            DROP FUNCTION public.amount_due(bigint);
            CREATE FUNCTION public.amount_due(invoice bigint) RETURNS numeric LANGUAGE sql IMMUTABLE AS 'SELECT 1.5';
            REVOKE EXECUTE ON FUNCTION public.amount_due(bigint) FROM PUBLIC;
            GRANT EXECUTE ON FUNCTION public.amount_due(bigint) TO objects_e_rt_app WITH GRANT OPTION;
            """;

    private static final String AGGREGATE_READER = "migrata_rt_agg_reader";
    private static final String AGGREGATE_APP = "migrata_rt_agg_app";

    private static final String AGGREGATES = """
            CREATE AGGREGATE public.total(integer) (SFUNC = int4pl, STYPE = integer);
            CREATE AGGREGATE public.rows_seen(*) (SFUNC = int8inc, STYPE = bigint, INITCOND = '0');
            CREATE AGGREGATE public.my_percentile(double precision ORDER BY anyelement) (
                SFUNC = ordered_set_transition, STYPE = internal, FINALFUNC = percentile_disc_final, FINALFUNC_EXTRA);
            CREATE AGGREGATE public.my_rank(VARIADIC "any" ORDER BY VARIADIC "any") (
                SFUNC = ordered_set_transition_multi, STYPE = internal, FINALFUNC = rank_final, FINALFUNC_EXTRA, HYPOTHETICAL);
            REVOKE EXECUTE ON FUNCTION public.total(integer) FROM PUBLIC;
            GRANT EXECUTE ON FUNCTION public.total(integer) TO migrata_rt_agg_app WITH GRANT OPTION;
            GRANT EXECUTE ON FUNCTION public.rows_seen() TO migrata_rt_agg_reader;
            GRANT EXECUTE ON FUNCTION public.my_percentile(double precision, anyelement) TO migrata_rt_agg_reader;
            REVOKE EXECUTE ON FUNCTION public.my_rank(VARIADIC "any") FROM PUBLIC;
            """;

    /** total gets an initial state, so it is dropped and created again, and must get its grants back. */
    private static final String AGGREGATES_CHANGED = """
            DROP AGGREGATE public.total(integer);
            CREATE AGGREGATE public.total(integer) (SFUNC = int4pl, STYPE = integer, INITCOND = '0');
            REVOKE EXECUTE ON FUNCTION public.total(integer) FROM PUBLIC;
            GRANT EXECUTE ON FUNCTION public.total(integer) TO migrata_rt_agg_app WITH GRANT OPTION;
            REVOKE EXECUTE ON FUNCTION public.rows_seen() FROM migrata_rt_agg_reader;
            GRANT EXECUTE ON FUNCTION public.my_rank(VARIADIC "any") TO PUBLIC;
            GRANT EXECUTE ON FUNCTION public.my_percentile(double precision, anyelement) TO migrata_rt_agg_app;
            """;

    @TempDir
    Path dir;

    @Test
    void aggregateGrantsAreBuiltAlteredAndUndoneAndSurviveADropAndCreate(TestDatabase a, TestDatabase b, TestDatabase empty)
            throws Exception {
        AccessRoundTripTest.createRoles(a, AGGREGATE_READER, AGGREGATE_APP);
        try {
            CatalogRoundTrip trip = new CatalogRoundTrip(dir, a, b, GRANTS);
            String emptyDump = CatalogRoundTrip.dump(empty);
            String emptyPrivileges = SchemaDump.privileges(empty);

            a.execute(AGGREGATES);
            String first = trip.javaDiff(empty, a);
            assertTrue(first.contains("op.grant(privilege(\"EXECUTE\").onAggregate(\"total\", \"integer\").to(\"" + AGGREGATE_APP
                    + "\").withGrantOption())")
                    && first.contains("op.grant(privilege(\"EXECUTE\").onAggregate(\"rows_seen\", \"*\")")
                    && first.contains("op.revokeDefault(privilege(\"EXECUTE\").onAggregate(\"total\", \"integer\").to(\"PUBLIC\"))")
                    && first.contains(".onAggregate(\"my_rank\", \"VARIADIC \\\"any\\\" ORDER BY VARIADIC \\\"any\\\"\").to(\"PUBLIC\")"),
                    first);
            String firstId = trip.save(first, null, "");
            String created = buildsTheSourceAndUndoes(trip, a, b, "base", emptyDump, emptyPrivileges);
            String createdPrivileges = SchemaDump.privileges(a);
            trip.upgrade("head");

            a.execute(AGGREGATES_CHANGED);
            String second = trip.javaDiff(b, a);
            assertTrue(second.contains("op.dropAggregate(") && second.contains("op.revoke(privilege(\"EXECUTE\").onAggregate(\"total\"")
                    && second.contains("op.restoreDefault(") && second.contains("op.grant(privilege(\"EXECUTE\").onAggregate(\"total\""),
                    second);
            trip.save(second, firstId, "_next");
            buildsTheSourceAndUndoes(trip, a, b, "-1", created, createdPrivileges);
        } finally {
            for (TestDatabase db : List.of(a, b)) db.execute("DROP OWNED BY " + AGGREGATE_READER + ", " + AGGREGATE_APP);
            a.execute("DROP ROLE " + AGGREGATE_READER + ", " + AGGREGATE_APP);
        }
    }

    @Test
    void columnAndDefaultPrivilegesAreBuiltAlteredAndUndone(TestDatabase a, TestDatabase b, TestDatabase empty) throws Exception {
        createRoles(a);
        try {
            CatalogRoundTrip trip = new CatalogRoundTrip(dir, a, b, GRANTS);
            String emptyDump = CatalogRoundTrip.dump(empty);
            String emptyPrivileges = SchemaDump.privileges(empty);

            a.execute(CREATE);
            String first = trip.javaDiff(empty, a);
            assertTrue(first.contains("op.grant(privilege(\"UPDATE\").onColumn(\"ledger.entries\", \"memo\").to(\"" + APP
                    + "\").withGrantOption())")
                    && first.contains("privilege(\"USAGE\").onSequencesCreatedBy(\"" + OWNER + "\").inSchema(\"ledger\")")
                    && first.contains("op.revokeDefault(privilege(\"EXECUTE\").onFunctionsCreatedBy(\"" + OWNER + "\").to(\"PUBLIC\"))")
                    && first.contains("op.grant(privilege(\"SELECT\").onColumn(\"ledger.moves_2025\", \"amount\").to(\"" + READER + "\"))"),
                    first);
            String firstId = trip.save(first, null, "");
            String created = buildsTheSourceAndUndoes(trip, a, b, "base", emptyDump, emptyPrivileges);
            String createdPrivileges = SchemaDump.privileges(a);
            trip.upgrade("head");

            a.execute(ALTER_AND_DROP);
            String second = trip.javaDiff(b, a);
            assertTrue(second.contains("op.revoke(privilege(\"SELECT\").onColumn(\"ledger.entries\", \"amount\")")
                    && second.contains("op.restoreDefault(privilege(\"EXECUTE\").onFunctionsCreatedBy(\"" + OWNER + "\")")
                    && second.contains("op.revoke(privilege(\"UPDATE\").onColumn(\"ledger.moves_2025\", \"at\")"), second);
            trip.save(second, firstId, "_next");
            buildsTheSourceAndUndoes(trip, a, b, "-1", created, createdPrivileges);
            trip.downgrade("base");
            assertEquals(emptyDump, CatalogRoundTrip.dump(b));
            assertEquals(emptyPrivileges, SchemaDump.privileges(b));
        } finally {
            dropRoles(a, b);
        }
    }

    @Test
    void aFunctionDroppedAndCreatedAgainGetsItsGrantsBack(TestDatabase a, TestDatabase b, TestDatabase empty) throws Exception {
        createRoles(a);
        try {
            CatalogRoundTrip trip = new CatalogRoundTrip(dir, a, b, GRANTS);
            a.execute(FUNCTION);
            String firstId = trip.save(trip.javaDiff(empty, a), null, "");
            trip.upgrade("head");
            String before = CatalogRoundTrip.dump(a);
            String grantedBefore = SchemaDump.privileges(a);
            assertTrue(grantedBefore.contains("GRANT ALL ON FUNCTION public.amount_due(invoice bigint) TO " + APP + " WITH GRANT OPTION;"),
                    grantedBefore);
            assertEquals(grantedBefore, SchemaDump.privileges(b));

            a.execute(FUNCTION_RETYPED);
            String second = trip.javaDiff(b, a);
            assertTrue(second.contains("op.replaceFunction(") && second.contains("its grants are given again")
                    && second.contains("op.revoke(privilege(\"EXECUTE\").onFunction(\"amount_due\", \"bigint\")")
                    && second.contains("op.grant(privilege(\"EXECUTE\").onFunction(\"amount_due\", \"bigint\")"), second);
            trip.save(second, firstId, "_next");
            buildsTheSourceAndUndoes(trip, a, b, "-1", before, grantedBefore);

            CliRun withoutGrants = CliRun.run("-C", dir.toString(), "diff", "--from", b.urlWithCredentials(), "--to",
                    a.urlWithCredentials(), "--java");
            assertEquals(ExitCode.DIFFERENCES, withoutGrants.exitCode(), withoutGrants.err());
            assertTrue(withoutGrants.out().contains("its grants: grants are not compared (migrata.grants)"), withoutGrants.out());
            assertFalse(withoutGrants.out().contains("op.grant("), withoutGrants.out());
        } finally {
            dropRoles(a, b);
        }
    }

    /** The trip's step, with the privileges pg_dump writes compared as well. */
    private static String buildsTheSourceAndUndoes(CatalogRoundTrip trip, TestDatabase a, TestDatabase b, String undo, String before,
                                                   String privilegesBefore) throws IOException, InterruptedException, SQLException {
        trip.upgrade("head");
        assertEquals(SchemaDump.privileges(a), SchemaDump.privileges(b));
        trip.downgrade(undo);
        assertEquals(privilegesBefore, SchemaDump.privileges(b));
        return trip.buildsTheSourceAndUndoes(undo, before);
    }

    private static void createRoles(TestDatabase any) throws SQLException {
        AccessRoundTripTest.createRoles(any, READER, APP, OWNER);
    }

    /** Roles belong to the server; their privileges and default privileges in each database go first. */
    private static void dropRoles(TestDatabase... databases) throws SQLException {
        for (TestDatabase db : databases) db.execute("DROP OWNED BY " + READER + ", " + APP + ", " + OWNER);
        databases[0].execute("DROP ROLE " + READER + ", " + APP + ", " + OWNER);
    }
}
