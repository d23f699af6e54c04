package io.migrata.introspect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.migrata.testing.PostgresExtension;
import io.migrata.testing.TestDatabase;
import java.sql.Connection;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Every kind of object the model has no place for is found, by kind and name; what extensions bring and other schemas hold is not. */
@ExtendWith(PostgresExtension.class)
class UnmodeledObjectsTest {

    @Test
    void eachKindTheModelLacksIsFoundByNameAndModelledOnesAreNot(TestDatabase db) throws Exception {
        db.execute("""
                CREATE EXTENSION citext;
                CREATE SCHEMA other;
                CREATE TABLE other.hidden (id int) PARTITION BY RANGE (id);
                COMMENT ON SCHEMA public IS 'app';
                CREATE TABLE users (id int PRIMARY KEY, name text, during tstzrange);
                CREATE TABLE measurements (id int, at date) PARTITION BY RANGE (at);
                CREATE TABLE measurements_2026 PARTITION OF measurements FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
                ALTER TABLE measurements_2026 ALTER COLUMN at SET DEFAULT '2026-06-01';
                CREATE TABLE base (id int);
                CREATE TABLE child (extra int) INHERITS (base);
                CREATE UNLOGGED TABLE cache (k text);
                CREATE TABLE tuned (id int) WITH (fillfactor = 70);
                ALTER TABLE users ENABLE ROW LEVEL SECURITY;
                CREATE POLICY own_rows ON users USING (id > 0);
                CREATE RULE no_delete AS ON DELETE TO base DO INSTEAD NOTHING;
                CREATE FUNCTION stamp() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN NEW; END$$;
                CREATE TRIGGER users_stamp BEFORE INSERT ON users FOR EACH ROW EXECUTE FUNCTION stamp();
                ALTER TABLE users DISABLE TRIGGER users_stamp;
                COMMENT ON FUNCTION stamp() IS 'stamps';
                COMMENT ON TRIGGER users_stamp ON users IS 'stamps new rows';
                CREATE EXTENSION btree_gist;
                CREATE TABLE bookings (room int, during tstzrange, EXCLUDE USING gist (room WITH =, during WITH &&));
                CREATE STATISTICS users_stats ON id, name FROM users;
                ALTER TABLE users ADD CONSTRAINT named CHECK (name <> '') NOT VALID;
                ALTER TABLE base ADD CONSTRAINT positive_id CHECK (id > 0) NO INHERIT;
                CREATE DOMAIN positive AS integer CHECK (VALUE > 0);
                CREATE TYPE pair AS (a int, b int);
                CREATE TYPE float_range AS RANGE (subtype = float8);
                CREATE AGGREGATE total(integer) (sfunc = int4pl, stype = integer);
                REVOKE EXECUTE ON FUNCTION total(integer) FROM PUBLIC;
                CREATE FUNCTION text_eq(a text, b integer) RETURNS boolean LANGUAGE sql AS 'SELECT a = b::text';
                CREATE OPERATOR === (leftarg = text, rightarg = integer, function = text_eq);
                CREATE COLLATION german (provider = icu, locale = 'de-DE');
                CREATE TEXT SEARCH CONFIGURATION english_copy (COPY = english);
                GRANT SELECT ON users TO PUBLIC;
                GRANT USAGE ON TYPE pair TO PUBLIC;
                CREATE PUBLICATION everything FOR ALL TABLES;
                CREATE CAST (public.pair AS text) WITH INOUT;
                CREATE FUNCTION on_ddl() RETURNS event_trigger LANGUAGE plpgsql AS $$BEGIN END$$;
                CREATE EVENT TRIGGER ddl_watch ON ddl_command_start EXECUTE FUNCTION on_ddl();
                """);
        List<UnmodeledObject> found;
        try (Connection connection = db.connect()) {
            found = new PostgresIntrospector(connection).unmodeled(IntrospectionOptions.schemas("public"));
        }
        assertEquals("""
                inheritance child table public.child
                unlogged table public.cache
                table or index with storage parameters public.tuned
                partition column whose default or NOT NULL differs from its parent's public.measurements_2026.at
                rule no_delete on public.base
                trigger not in its usual firing state (disabled, replica or always) users_stamp on public.users
                exclusion constraint bookings_room_during_excl on public.bookings
                constraint marked NOT VALID (read as valid) named on public.users
                constraint marked NO INHERIT positive_id on public.base
                extended statistics object public.users_stats
                composite type public.pair
                range type public.float_range
                operator public.===(text, integer)
                collation public.german
                text search configuration public.english_copy
                type with privileges granted type public.pair
                event trigger ddl_watch
                publication everything
                cast (public.pair AS text)""",
                found.stream().map(UnmodeledObject::describe).collect(Collectors.joining("\n")));
        assertEquals("public", found.get(0).schema());
        assertEquals(null, found.get(found.size() - 1).schema());
    }

    /**
     * Two of each kind the census can find (all but base types, which need C functions), some objects
     * of two kinds at once, and look-alikes that are none (a partition, an enabled trigger, row types,
     * array types, what extensions bring, btree_gist's own comment, comments on a trigger and an extension, privileges on an aggregate): each count must be exactly what was made,
     * so a kind lost, doubled or leaking into another shows.
     */
    @Test
    void eachKindIsCountedExactly(TestDatabase db) throws Exception {
        db.execute("""
                CREATE EXTENSION citext;
                CREATE TABLE base (id int);
                CREATE TABLE child_a () INHERITS (base);
                CREATE TABLE child_b () INHERITS (base);
                CREATE TABLE parted (id int) PARTITION BY RANGE (id);
                CREATE TABLE parted_1 PARTITION OF parted FOR VALUES FROM (0) TO (10);
                CREATE FOREIGN DATA WRAPPER wrapper_a;
                CREATE FOREIGN DATA WRAPPER wrapper_b;
                CREATE SERVER server_a FOREIGN DATA WRAPPER wrapper_a;
                CREATE SERVER server_b FOREIGN DATA WRAPPER wrapper_b;
                CREATE FOREIGN TABLE remote_a (id int) SERVER server_a;
                CREATE FOREIGN TABLE remote_b (id int) SERVER server_b;
                CREATE UNLOGGED TABLE scratch (id int);
                CREATE UNLOGGED TABLE scratch_tuned (id int) WITH (fillfactor = 50);
                CREATE TABLE tuned (id int);
                CREATE INDEX tuned_id ON tuned (id) WITH (fillfactor = 70);
                CREATE RULE keep_a AS ON DELETE TO base DO INSTEAD NOTHING;
                CREATE RULE keep_b AS ON UPDATE TO base DO INSTEAD NOTHING;
                CREATE FUNCTION stamp() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN NEW; END$$;
                CREATE TRIGGER off_a BEFORE INSERT ON tuned FOR EACH ROW EXECUTE FUNCTION stamp();
                CREATE TRIGGER off_b BEFORE UPDATE ON tuned FOR EACH ROW EXECUTE FUNCTION stamp();
                CREATE TRIGGER on_c BEFORE DELETE ON tuned FOR EACH ROW EXECUTE FUNCTION stamp();
                ALTER TABLE tuned DISABLE TRIGGER off_a;
                ALTER TABLE tuned ENABLE ALWAYS TRIGGER off_b;
                CREATE EXTENSION btree_gist;
                CREATE TABLE rooms (room int, during tstzrange, EXCLUDE USING gist (room WITH =, during WITH &&),
                    EXCLUDE USING gist (room WITH <>, during WITH &&));
                ALTER TABLE tuned ADD CONSTRAINT loose CHECK (id > 0) NOT VALID;
                ALTER TABLE base ADD CONSTRAINT own_only CHECK (id < 100) NO INHERIT NOT VALID;
                ALTER TABLE base ADD CONSTRAINT own_too CHECK (id < 200) NO INHERIT;
                CREATE TABLE measured (a int, b int, c int);
                CREATE STATISTICS stats_a ON a, b FROM measured;
                CREATE STATISTICS stats_b ON b, c FROM measured;
                CREATE TYPE pair_a AS (a int, b int);
                CREATE TYPE pair_b AS (a int, b int);
                CREATE TYPE float_range AS RANGE (subtype = float8);
                CREATE TYPE num_range AS RANGE (subtype = numeric);
                CREATE AGGREGATE total_a(integer) (sfunc = int4pl, stype = integer);
                CREATE AGGREGATE total_b(integer) (sfunc = int4pl, stype = integer);
                CREATE FUNCTION rank_a() RETURNS bigint WINDOW LANGUAGE internal AS 'window_row_number';
                CREATE FUNCTION rank_b() RETURNS bigint WINDOW LANGUAGE internal AS 'window_rank';
                CREATE FUNCTION text_eq(a text, b integer) RETURNS boolean LANGUAGE sql AS 'SELECT a = b::text';
                CREATE OPERATOR === (leftarg = text, rightarg = integer, function = text_eq);
                CREATE OPERATOR ==== (leftarg = text, rightarg = integer, function = text_eq);
                CREATE OPERATOR CLASS int_ops_a FOR TYPE int4 USING btree AS OPERATOR 1 <, OPERATOR 3 =, FUNCTION 1 btint4cmp(int4, int4);
                CREATE OPERATOR FAMILY family_b USING hash;
                CREATE OPERATOR CLASS int_ops_b FOR TYPE int4 USING hash FAMILY family_b AS OPERATOR 1 =, FUNCTION 1 hashint4(int4);
                CREATE COLLATION german (provider = icu, locale = 'de-DE');
                CREATE COLLATION french (provider = icu, locale = 'fr-FR');
                CREATE CONVERSION latin_a FOR 'LATIN1' TO 'UTF8' FROM iso8859_1_to_utf8;
                CREATE CONVERSION latin_b FOR 'LATIN2' TO 'UTF8' FROM iso8859_to_utf8;
                CREATE TEXT SEARCH CONFIGURATION english_a (COPY = english);
                CREATE TEXT SEARCH CONFIGURATION english_b (COPY = english);
                CREATE TEXT SEARCH DICTIONARY simple_a (TEMPLATE = simple);
                CREATE TEXT SEARCH DICTIONARY simple_b (TEMPLATE = simple);
                GRANT USAGE ON TYPE pair_a TO PUBLIC;
                GRANT USAGE ON TYPE float_range TO PUBLIC;
                REVOKE EXECUTE ON FUNCTION total_a(integer) FROM PUBLIC;
                COMMENT ON FUNCTION stamp() IS 'stamps';
                COMMENT ON TRIGGER on_c ON tuned IS 'kept';
                COMMENT ON CONSTRAINT loose ON tuned IS 'loose';
                COMMENT ON INDEX tuned_id IS 'tuned';
                COMMENT ON EXTENSION citext IS 'not what it came with';
                CREATE TRIGGER parted_stamp AFTER INSERT ON parted FOR EACH ROW EXECUTE FUNCTION stamp();
                COMMENT ON TRIGGER parted_stamp ON parted_1 IS 'on the partition';
                CREATE FUNCTION on_ddl() RETURNS event_trigger LANGUAGE plpgsql AS $$BEGIN END$$;
                CREATE EVENT TRIGGER watch_a ON ddl_command_start EXECUTE FUNCTION on_ddl();
                CREATE EVENT TRIGGER watch_b ON ddl_command_end EXECUTE FUNCTION on_ddl();
                CREATE PUBLICATION everything FOR ALL TABLES;
                CREATE PUBLICATION nothing;
                CREATE CAST (pair_a AS text) WITH INOUT;
                CREATE CAST (pair_b AS text) WITH INOUT;
                CREATE TRUSTED LANGUAGE lang_a HANDLER plpgsql_call_handler;
                CREATE TRUSTED LANGUAGE lang_b HANDLER plpgsql_call_handler;
                """);
        List<UnmodeledObject> found;
        try (Connection connection = db.connect()) {
            found = new PostgresIntrospector(connection).unmodeled(IntrospectionOptions.schemas("public"));
        }
        assertEquals("2 inheritance child tables, 2 foreign tables, 2 unlogged tables, 2 tables and indexes with storage parameters, "
                + "2 rules, 2 triggers not in their usual firing state (disabled, replica or always), 2 exclusion constraints, "
                + "2 constraints marked NOT VALID (read as valid), 2 constraints marked NO INHERIT, 2 extended statistics objects, "
                + "2 composite types, 2 range types, 2 window functions, 2 operators, 2 operator classes, "
                + "2 operator families, 2 collations, 2 conversions, 2 text search configurations, 2 text search dictionaries, "
                + "2 types with privileges granted, 3 comments on constraints, indexes and inherited triggers, "
                + "2 event triggers, 2 publications, 2 foreign servers, 2 foreign-data wrappers, 2 casts, 2 procedural languages",
                UnmodeledObject.counted(found));
    }

    @Test
    void aPlainSchemaHasNone(TestDatabase db) throws Exception {
        db.execute("""
                CREATE EXTENSION citext;
                CREATE TABLE users (id int PRIMARY KEY, email citext);
                CREATE VIEW names AS SELECT id FROM users;
                """);
        try (Connection connection = db.connect()) {
            assertEquals(List.of(), new PostgresIntrospector(connection).unmodeled(IntrospectionOptions.schemas("public")));
        }
    }
}
