package io.migrata.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migrata.testing.EveryPostgresMajor;
import io.migrata.testing.PostgresExtension;
import io.migrata.testing.TestDatabase;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real schema no one here wrote, judged by pg_dump: the Pagila sample database
 * ({@code fixtures/pagila}, with its source and licence). Its dump builds database A;
 * {@code diff --java} from a database without it writes a migration; upgrading such a database B
 * with it gives B the schema of A, and the downgrade takes B back. Then A is changed as a
 * project's schema changes ({@link #ALTER}) and next loses a set of objects ({@link #DROP}); each
 * time the migration written from B to A takes B there, by pg_dump, and its downgrade takes B back.
 * The migration builds all of it, its aggregate {@code public.group_concat(text)} too.
 * Grants are compared ({@code MIGRATA_GRANTS=true}), so the migration also carries the dump's
 * grants on the schema {@code public}.
 *
 * <p>On PostgreSQL 15, 16 and 17 ({@link EveryPostgresMajor}): judged by pg_dump where the machine's
 * pg_dump reads the server (15), by the catalog fingerprint on the newer majors.
 */
@ExtendWith(PostgresExtension.class)
class PagilaRoundTripTest {

    /** Columns added, retyped and dropped, a function body changed, a trigger, row-level security and a policy, a domain check, a view changed. */
    static final String ALTER = """
            ALTER TABLE public.staff ADD COLUMN phone text;
            ALTER TABLE public.staff ALTER COLUMN email TYPE character varying(120);
            ALTER TABLE public.staff DROP COLUMN picture;
            CREATE OR REPLACE FUNCTION public.last_updated() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                NEW.last_update = clock_timestamp();
                RETURN NEW;
            END $$;
            CREATE TRIGGER staff_new BEFORE INSERT ON public.staff FOR EACH ROW WHEN (NEW.email IS NOT NULL)
                EXECUTE FUNCTION public.last_updated();
            ALTER TABLE public.customer ENABLE ROW LEVEL SECURITY;
            CREATE POLICY active_customers ON public.customer FOR SELECT USING (activebool);
            ALTER DOMAIN public.year ADD CONSTRAINT year_not_far CHECK (VALUE <= 2100);
            CREATE OR REPLACE VIEW public.staff_list AS
             SELECT s.staff_id AS id,
                ((s.first_name || ' '::text) || s.last_name) AS name,
                a.address,
                a.postal_code AS "zip code",
                a.phone,
                city.city,
                country.country,
                s.store_id AS sid,
                s.active
               FROM (((public.staff s
                 JOIN public.address a ON ((s.address_id = a.address_id)))
                 JOIN public.city ON ((a.city_id = city.city_id)))
                 JOIN public.country ON ((city.country_id = country.country_id)));
            """;

    /** Views, the aggregate they use and its function, a table, a function over a table's row type, a domain. */
    static final String DROP = """
            DROP VIEW public.actor_info;
            DROP VIEW public.film_list;
            DROP VIEW public.nicer_but_slower_film_list;
            DROP AGGREGATE public.group_concat(text);
            DROP FUNCTION public._group_concat(text, text);
            DROP TABLE public.film_actor;
            DROP FUNCTION public.rewards_report(integer, numeric);
            DROP DOMAIN public."bıgınt";
            """;

    @TempDir
    Path dir;

    @EveryPostgresMajor
    void theMigrationWrittenFromPagilaRebuildsItExactlyAndUndoesIt(TestDatabase a, TestDatabase b, TestDatabase before)
            throws Exception {
        CatalogRoundTrip trip = new CatalogRoundTrip(dir, a, b, Map.of("MIGRATA_GRANTS", "true"));
        String beforeDump = CatalogRoundTrip.dump(before);
        a.execute(fixture());

        String source = trip.javaDiff(before, a);
        assertTrue(source.contains("op.createDomain(") && source.contains("op.createTable(") && source.contains("op.grant(")
                        && source.contains("op.createAggregate(") && source.contains("aggregate(\"group_concat\", \"text\""),
                "the migration builds Pagila's domains, grants and aggregate too");
        String first = trip.save(source, null, "");
        String pagila = trip.buildsTheSourceAndUndoes("base", beforeDump);
        assertTrue(pagila.contains("PARTITION BY RANGE (payment_date)") && pagila.contains("CREATE MATERIALIZED VIEW public.rental_by_category")
                && pagila.contains("CREATE TRIGGER last_updated BEFORE UPDATE ON public.store"), "the fixture is loaded");
        trip.upgrade("head");

        a.execute(ALTER);
        String alter = trip.javaDiff(b, a);
        assertTrue(alter.contains("op.addColumn(") && alter.contains("op.dropColumn(") && alter.contains("op.alterColumn(")
                && alter.contains("op.replaceFunction(") && alter.contains("op.createTrigger(") && alter.contains("op.createPolicy(")
                && alter.contains("op.changeRowSecurity(") && alter.contains("op.alterDomain(") && alter.contains("op.createView(\"staff_list\""), alter);
        String altered = trip.save(alter, first, "_alter");
        String alteredDump = trip.buildsTheSourceAndUndoes("-1", pagila);
        trip.upgrade("head");

        a.execute(DROP);
        String drop = trip.javaDiff(b, a);
        assertTrue(drop.contains("op.dropAggregate(") && drop.contains("op.dropTable(") && drop.contains("op.dropView(")
                && drop.contains("op.dropDomain("), drop);
        trip.save(drop, altered, "_drop");
        trip.buildsTheSourceAndUndoes("-1", alteredDump);
    }

    private static String fixture() throws IOException {
        try (InputStream in = PagilaRoundTripTest.class.getResourceAsStream("/fixtures/pagila/pagila-schema.sql")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
