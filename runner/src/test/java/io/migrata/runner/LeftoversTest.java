package io.migrata.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.migrata.runner.execute.MigrationFailedException;
import io.migrata.runner.load.MigrationSource;
import io.migrata.testing.PostgresExtension;
import io.migrata.testing.TestDatabase;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rerun after a run killed during a statement outside the transaction: what the killed run left
 * (an index built, an index left INVALID by an interrupted concurrent build, an index dropped, an
 * enum label added) is recognized from the catalog, and the revision finishes.
 */
@ExtendWith(PostgresExtension.class)
class LeftoversTest {

    @TempDir
    Path project;

    private static final String INDEX_STATE = "SELECT c.relname || ' valid=' || i.indisvalid || ' unique=' || i.indisunique"
            + " FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = 'public.t'::regclass ORDER BY 1";

    private Migrator migrator(TestDatabase db) {
        return new Migrator(MigratorConfig.of(MigrationSource.directory(project.resolve("versions")), db::connect)
                .withCacheDirectory(project.resolve(".migrata")));
    }

    private void writeIndexRevision() throws Exception {
        MigrationFile.of("001_t").up("CREATE TABLE t (id integer PRIMARY KEY, name text)").down("DROP TABLE t")
                .writeTo(project.resolve("versions"));
        MigrationFile.of("002_ix_t_name", "001_t").notTransactional()
                .upCode("op.createIndex(\"t\", index(\"ix_t_name\").on(\"name\").unique().concurrently());")
                .downCode("op.dropIndex(\"t\", index(\"ix_t_name\").on(\"name\").unique().concurrently());")
                .writeTo(project.resolve("versions"));
    }

    @Test
    void anIndexLeftInvalidIsDroppedAndBuiltAgain(TestDatabase db) throws Exception {
        writeIndexRevision();
        migrator(db).upgrade("001_t");
        // An interrupted concurrent build leaves its index INVALID; a failed one does the same.
        db.execute("INSERT INTO t VALUES (1, 'same'), (2, 'same')");
        try {
            db.execute("CREATE UNIQUE INDEX CONCURRENTLY ix_t_name ON t (name)");
        } catch (SQLException expected) {
            // could not create unique index: the duplicate leaves it INVALID
        }
        DatabaseFacts facts = new DatabaseFacts(db);
        assertEquals(List.of("ix_t_name valid=false unique=true", "t_pkey valid=true unique=true"), facts.strings(INDEX_STATE));
        db.execute("UPDATE t SET name = 'other' WHERE id = 2");

        migrator(db).upgrade("head");

        assertEquals(List.of("ix_t_name valid=true unique=true", "t_pkey valid=true unique=true"), facts.strings(INDEX_STATE));
        assertEquals(List.of("002_ix_t_name"), facts.versionRows());
        assertEquals(List.of("same", "other"), facts.strings("SELECT name FROM t ORDER BY id"));
    }

    @Test
    void anIndexAKilledRunFinishedIsTakenAsBuilt(TestDatabase db) throws Exception {
        writeIndexRevision();
        migrator(db).upgrade("001_t");
        db.execute("CREATE UNIQUE INDEX CONCURRENTLY ix_t_name ON t (name)");

        migrator(db).upgrade("head");

        DatabaseFacts facts = new DatabaseFacts(db);
        assertEquals(List.of("ix_t_name valid=true unique=true", "t_pkey valid=true unique=true"), facts.strings(INDEX_STATE));
        assertEquals(List.of("002_ix_t_name"), facts.versionRows());
    }

    @Test
    void anIndexOfTheSameNameOnAnotherTableStillFails(TestDatabase db) throws Exception {
        writeIndexRevision();
        migrator(db).upgrade("001_t");
        db.execute("CREATE TABLE u (name text); CREATE INDEX ix_t_name ON u (name)");

        assertThrows(MigrationFailedException.class,
                () -> migrator(db).upgrade("head"));

        assertEquals(List.of("001_t"), new DatabaseFacts(db).versionRows());
    }

    @Test
    void anIndexAKilledDowngradeDroppedIsTakenAsDropped(TestDatabase db) throws Exception {
        writeIndexRevision();
        migrator(db).upgrade("head");
        db.execute("DROP INDEX CONCURRENTLY ix_t_name");

        migrator(db).downgrade("001_t");

        DatabaseFacts facts = new DatabaseFacts(db);
        assertEquals(List.of("t_pkey valid=true unique=true"), facts.strings(INDEX_STATE));
        assertEquals(List.of("001_t"), facts.versionRows());
    }

    @Test
    void anEnumLabelAKilledRunAddedIsTakenAsAdded(TestDatabase db) throws Exception {
        MigrationFile.of("001_mood").up("CREATE TYPE mood AS ENUM ('sad')").down("DROP TYPE mood")
                .writeTo(project.resolve("versions"));
        MigrationFile.of("002_happy", "001_mood").upCode("op.addEnumValue(\"mood\", \"happy\");")
                .writeTo(project.resolve("versions"));
        migrator(db).upgrade("001_mood");
        db.execute("ALTER TYPE mood ADD VALUE 'happy'");

        migrator(db).upgrade("head");

        DatabaseFacts facts = new DatabaseFacts(db);
        assertEquals(List.of("sad", "happy"), facts.strings("SELECT unnest(enum_range(NULL::mood))::text"));
        assertEquals(List.of("002_happy"), facts.versionRows());
    }
}
