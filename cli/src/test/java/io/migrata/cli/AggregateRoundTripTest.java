package io.migrata.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migrata.testing.PostgresExtension;
import io.migrata.testing.TestDatabase;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Aggregates, and comments on them and on functions and procedures, judged by pg_dump: ordinary ones over their own and built-in support functions, with
 * an initial state, a final function and a moving-aggregate form, one over no arguments, an
 * ordered-set and a hypothetical-set one, and a view that uses one. SQL builds database A;
 * {@code diff --java} from an empty database writes a migration that gives an empty database B the
 * schema of A, and the downgrade empties B. Then A's aggregates are changed, dropped and added to;
 * comments are changed, removed and added; the next migration takes B there and back.
 */
@ExtendWith(PostgresExtension.class)
class AggregateRoundTripTest {

    private static final String CREATE = """
            CREATE TABLE sale (id bigint PRIMARY KEY, region text NOT NULL, amount numeric NOT NULL);
            CREATE FUNCTION concat_step(text, text) RETURNS text LANGUAGE sql IMMUTABLE
                AS $$SELECT CASE WHEN $1 IS NULL THEN $2 ELSE $1 || ', ' || $2 END$$;
            CREATE FUNCTION concat_done(text) RETURNS text LANGUAGE sql IMMUTABLE AS $$SELECT '[' || $1 || ']'$$;
            CREATE AGGREGATE group_concat(text) (SFUNC = concat_step, STYPE = text);
            CREATE AGGREGATE bracketed(text) (SFUNC = concat_step, STYPE = text, FINALFUNC = concat_done, PARALLEL = SAFE);
            CREATE AGGREGATE total(integer) (SFUNC = int4pl, STYPE = integer, INITCOND = '0',
                MSFUNC = int4pl, MINVFUNC = int4mi, MSTYPE = integer, MINITCOND = '0');
            CREATE AGGREGATE rows_seen(*) (SFUNC = int8inc, STYPE = bigint, INITCOND = '0');
            CREATE AGGREGATE biggest(integer) (SFUNC = int4larger, STYPE = integer, SORTOP = >, COMBINEFUNC = int4larger);
            CREATE AGGREGATE my_percentile(double precision ORDER BY anyelement) (
                SFUNC = ordered_set_transition, STYPE = internal, FINALFUNC = percentile_disc_final, FINALFUNC_EXTRA);
            CREATE AGGREGATE my_rank(VARIADIC "any" ORDER BY VARIADIC "any") (
                SFUNC = ordered_set_transition_multi, STYPE = internal, FINALFUNC = rank_final, FINALFUNC_EXTRA, HYPOTHETICAL);
            CREATE VIEW region_list AS SELECT group_concat(region) AS regions FROM sale;
            CREATE PROCEDURE forget_sales() LANGUAGE sql AS 'DELETE FROM public.sale';
            COMMENT ON FUNCTION concat_step(text, text) IS 'Joins two texts with a comma';
            COMMENT ON AGGREGATE group_concat(text) IS 'Joins texts with commas';
            COMMENT ON AGGREGATE total(integer) IS 'A sum';
            """;

    private static final String ALTER_AND_DROP = """
            DROP AGGREGATE bracketed(text);
            CREATE AGGREGATE bracketed(text) (SFUNC = concat_step, STYPE = text, FINALFUNC = concat_done, INITCOND = '');
            DROP AGGREGATE rows_seen(*);
            DROP AGGREGATE my_rank(VARIADIC "any" ORDER BY VARIADIC "any");
            CREATE AGGREGATE group_concat(integer) (SFUNC = int4pl, STYPE = integer);
            COMMENT ON FUNCTION concat_step(text, text) IS NULL;
            COMMENT ON AGGREGATE group_concat(text) IS 'Joins texts, with commas';
            COMMENT ON AGGREGATE bracketed(text) IS 'In brackets';
            COMMENT ON PROCEDURE forget_sales() IS 'Empties the sales';
            """;

    @TempDir
    Path dir;

    @Test
    void migrationsWrittenFromTheCatalogRebuildItExactlyAndUndoIt(TestDatabase a, TestDatabase b, TestDatabase empty)
            throws Exception {
        CatalogRoundTrip trip = new CatalogRoundTrip(dir, a, b);
        String emptyDump = CatalogRoundTrip.dump(empty);

        a.execute(CREATE);
        String firstSource = trip.javaDiff(empty, a);
        assertTrue(firstSource.contains("op.createAggregate(")
                        && firstSource.contains("aggregate(\"my_percentile\", \"double precision ORDER BY anyelement\""),
                firstSource);
        String first = trip.save(firstSource, null, "");
        String created = trip.buildsTheSourceAndUndoes("base", emptyDump);
        trip.upgrade("head");

        a.execute(ALTER_AND_DROP);
        String second = trip.javaDiff(b, a);
        assertTrue(second.contains("op.dropAggregate(") && second.contains("aggregate(\"rows_seen\", \"*\"")
                && second.contains("aggregate(\"group_concat\", \"integer\"")
                && second.contains("op.changeComment(onAggregate(\"group_concat\", \"text\"), \"Joins texts with commas\", \"Joins texts, with commas\")")
                && second.contains("op.changeComment(onProcedure(\"forget_sales\", \"\"), null, \"Empties the sales\")")
                && second.contains("op.changeComment(onFunction(\"concat_step\", \"text, text\"), \"Joins two texts with a comma\", null)"), second);
        trip.save(second, first, "_next");
        trip.buildsTheSourceAndUndoes("-1", created);
    }
}
