package io.migrata.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migrata.testing.PostgresExtension;
import io.migrata.testing.TestDatabase;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Domains with a collation and a comment of their own, judged by pg_dump: SQL builds database A; {@code diff --java}
 * from an empty database writes a migration that gives an empty database B the schema of A, and the
 * downgrade empties B. Then one domain's collation changes, one loses it and one is added, and comments
 * are changed, removed and added; the next
 * migration takes B there and back.
 */
@ExtendWith(PostgresExtension.class)
class DomainRoundTripTest {

    private static final String CREATE = """
            CREATE DOMAIN code AS text COLLATE "C" CONSTRAINT code_short CHECK (length(VALUE) < 10);
            CREATE DOMAIN label AS varchar(20) COLLATE "POSIX" NOT NULL;
            CREATE DOMAIN tag AS text COLLATE "C";
            CREATE TABLE item (id bigint PRIMARY KEY, code code, name text COLLATE "C");
            COMMENT ON DOMAIN code IS 'An item''s short code';
            COMMENT ON DOMAIN label IS 'What a shelf says';
            """;

    private static final String ALTER_AND_DROP = """
            DROP DOMAIN label;
            CREATE DOMAIN label AS varchar(20) COLLATE "C" NOT NULL;
            DROP DOMAIN tag;
            CREATE DOMAIN tag AS text;
            CREATE DOMAIN note AS text COLLATE "POSIX" DEFAULT '';
            COMMENT ON DOMAIN code IS 'A short code';
            COMMENT ON DOMAIN note IS 'Free text';
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
        assertTrue(firstSource.contains("domain(\"code\", text()).collate(\"\\\"C\\\"\")"), firstSource);
        String first = trip.save(firstSource, null, "");
        String created = trip.buildsTheSourceAndUndoes("base", emptyDump);
        trip.upgrade("head");

        a.execute(ALTER_AND_DROP);
        String second = trip.javaDiff(b, a);
        assertTrue(second.contains("op.alterDomain(") && second.contains("domain(\"note\", text()).collate(\"\\\"POSIX\\\"\")")
                && second.contains("op.changeComment(onDomain(\"code\"), \"An item's short code\", \"A short code\")"), second);
        trip.save(second, first, "_next");
        trip.buildsTheSourceAndUndoes("-1", created);
    }
}
