package io.migrata.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.migrata.testing.EveryPostgresMajor;
import io.migrata.testing.PostgresExtension;
import io.migrata.testing.TestDatabase;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Expressions of every kind a migration writes (checks, defaults, generation expressions, index
 * keys and predicates, views, materialized views, SQL-standard function bodies), in many shapes,
 * among them the {@code IN} lists on {@code varchar} columns whose printed text does not parse
 * back to itself: a migration written from database A rebuilds them in B with the very text A
 * stores, as pg_dump sees it.
 *
 * <p>On PostgreSQL 15, 16 and 17 ({@link EveryPostgresMajor}): judged by pg_dump where the machine's
 * pg_dump reads the server (15), by the catalog fingerprint on the newer majors.
 */
@ExtendWith(PostgresExtension.class)
class ExpressionRoundTripTest {


    private static final String SHAPES = """
            CREATE TYPE mood AS ENUM ('happy', 'sad');
            CREATE TABLE s (
              id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
              status varchar(10) DEFAULT 'new' CHECK (status IN ('new', 'done')),
              code char(3) DEFAULT 'abc' CHECK (code IN ('abc', 'def')),
              m mood DEFAULT 'happy' CHECK (m IN ('happy')),
              price numeric(10,2) DEFAULT 0 CHECK (price >= 0 AND price < 1e6),
              qty int DEFAULT -1 CHECK (qty BETWEEN -1 AND 100),
              created timestamptz DEFAULT now(),
              day date DEFAULT CURRENT_DATE,
              at_utc timestamp DEFAULT (now() AT TIME ZONE 'utc'),
              midnight timestamp DEFAULT date_trunc('day', now()),
              tags text[] DEFAULT '{}' CHECK (cardinality(tags) < 5),
              short_tags varchar(5)[] DEFAULT ARRAY['a', 'b']::varchar(5)[],
              name text CHECK (name ~ '^[a-z]+$' AND name NOT LIKE '%x%' AND length(name) > 2),
              email varchar(100) CHECK (email ILIKE '%@%'),
              doc jsonb DEFAULT '{}'::jsonb CHECK (doc ? 'k' OR doc @> '{"a": 1}'),
              total numeric GENERATED ALWAYS AS (price * qty) STORED,
              lower_email varchar(50) GENERATED ALWAYS AS (lower(email)) STORED,
              flag boolean DEFAULT false CHECK (flag IS NOT NULL),
              wait interval DEFAULT '1 day' CHECK (wait > '00:00:00'::interval),
              r int CHECK (r IS DISTINCT FROM 3 AND COALESCE(r, 0) <> 7 AND (r % 2 = 0 OR r IS NULL)),
              u uuid DEFAULT gen_random_uuid(),
              kind varchar(10) CHECK (kind::text = ANY (ARRAY['x', 'y'])),
              other_kind varchar(10) CHECK (other_kind NOT IN ('x', 'y')),
              CONSTRAINT quantity_when_done CHECK (CASE WHEN status = 'done' THEN qty > 0 ELSE true END)
            );
            CREATE INDEX s_lower_email ON s (lower(email));
            CREATE INDEX s_open ON s (status) WHERE status IN ('new', 'x');
            CREATE INDEX s_code ON s (code) WHERE code IN ('abc') AND qty > 0;
            CREATE INDEX s_expressions ON s ((price * 2), (status || 'x'));
            CREATE INDEX s_email_pattern ON s (email varchar_pattern_ops) WHERE email NOT IN ('a', 'b');
            CREATE FUNCTION takes(a text[]) RETURNS int LANGUAGE sql IMMUTABLE AS 'SELECT 1';
            CREATE FUNCTION is_open(a varchar) RETURNS boolean LANGUAGE sql IMMUTABLE RETURN a IN ('new', 'x');
            CREATE FUNCTION next_of(a int) RETURNS int LANGUAGE sql RETURN a + 1;
            CREATE VIEW open_s AS SELECT id, status, upper(status) AS loud FROM s WHERE status IN ('new', 'done') ORDER BY id;
            CREATE VIEW counts AS SELECT status, count(*) AS n FROM s GROUP BY status HAVING count(*) > 1;
            CREATE VIEW joined AS SELECT s.id, x.y FROM s, LATERAL (SELECT s.qty + 1 AS y) x WHERE s.email IN ('a', 'b')
              UNION ALL SELECT 1, 2;
            CREATE VIEW arrays AS SELECT takes(ARRAY[status, 'x']) AS k, ARRAY[]::text[] AS e,
              CASE WHEN qty > 0 THEN ARRAY[status] ELSE ARRAY['z'::text] END AS c FROM s;
            CREATE MATERIALIZED VIEW sums AS SELECT status, sum(price) AS p FROM s WHERE status NOT IN ('x', 'y') GROUP BY status;
            """;

    @TempDir
    Path dir;

    @EveryPostgresMajor
    void aMigrationWrittenFromTheCatalogRebuildsEveryExpressionAsStored(TestDatabase a, TestDatabase b, TestDatabase empty)
            throws Exception {
        CatalogRoundTrip trip = new CatalogRoundTrip(dir, a, b);
        a.execute(SHAPES);
        trip.save(trip.javaDiff(empty, a), null, "");
        trip.buildsTheSourceAndUndoes("base", CatalogRoundTrip.dump(empty));
    }
}
