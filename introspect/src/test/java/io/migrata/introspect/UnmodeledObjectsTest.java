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
                type or aggregate with privileges granted aggregate public.total(integer)
                type or aggregate with privileges granted type public.pair
                comment on a trigger, constraint, index or extension trigger users_stamp on public.users
                event trigger ddl_watch
                publication everything
                cast (public.pair AS text)""",
                found.stream().map(UnmodeledObject::describe).collect(Collectors.joining("\n")));
        assertEquals("public", found.get(0).schema());
        assertEquals(null, found.get(found.size() - 1).schema());
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
