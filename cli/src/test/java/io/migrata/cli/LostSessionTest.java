package io.migrata.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migrata.testing.PostgresExtension;
import io.migrata.testing.TestDatabase;
import java.nio.file.Path;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sessions ended by pg_terminate_backend in the middle of an upgrade. The revisions end the
 * sessions themselves, so the moment is exact: inside revision 003, every other session holding an
 * advisory lock in the database, or the session running the upgrade.
 */
@ExtendWith(PostgresExtension.class)
class LostSessionTest {

    @TempDir
    Path dir;

    private static final String OTHER_LOCK_HOLDERS = "SELECT pg_terminate_backend(pid) FROM pg_locks WHERE locktype = 'advisory'"
            + " AND pid <> pg_backend_pid() AND database = (SELECT oid FROM pg_database WHERE datname = current_database())";
    private static final String WORK_SESSION = "SELECT pg_terminate_backend(pg_backend_pid())";

    private static String revision(String id, String parent, String sql) {
        String name = "M20260103_" + id;
        return """
                package migrations;

                import io.migrata.schema.migration.Migration;
                import io.migrata.schema.migration.Operations;
                import io.migrata.schema.migration.Revision;

                @Revision(id = "%s", parents = "%s", message = "%s", created = "2026-01-03T10:00:00Z")
                public final class %s implements Migration {
                    @Override
                    public void upgrade(Operations op) {
                        op.execute("%s");
                    }

                    @Override
                    public void downgrade(Operations op) {
                    }
                }
                """.formatted(id, parent, id, name, sql.replace("\"", "\\\""));
    }

    private Project project(TestDatabase db, String thirdRevisionSql) {
        Project project = Project.of(dir, db, "shop");
        project.write("migrations/versions/M20260103_003_cut.java", revision("003_cut", "002_invoices", thirdRevisionSql));
        project.write("migrations/versions/M20260103_004_after.java",
                revision("004_after", "003_cut", "CREATE TABLE after_the_cut (id integer)"));
        return project;
    }

    @Test
    void theLockLivesOnTheSessionThatMigratesSoEndingEveryOtherLockHolderStopsNothing(TestDatabase db) throws SQLException {
        Project project = project(db, OTHER_LOCK_HOLDERS);
        CliRun run = project.run("upgrade", "head", "--quiet", "--url", db.urlWithCredentials());
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        assertEquals("004_after", versionRows(db));
        assertEquals(1, Catalog.count(db, "SELECT count(*) FROM pg_tables WHERE tablename = 'after_the_cut'"));
    }

    @Test
    void aLostWorkSessionFailsTheRevisionAndLeavesTheDatabaseAtTheOneBefore(TestDatabase db) throws SQLException {
        Project project = project(db, WORK_SESSION);
        CliRun run = project.run("upgrade", "head", "--quiet", "--url", db.urlWithCredentials());
        assertEquals(ExitCode.MIGRATION_FAILED, run.exitCode(), run.err());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().startsWith("migrata: upgrade of revision 003_cut failed"), run.err());
        assertTrue(run.err().contains("terminating connection due to administrator command"), run.err());
        assertTrue(run.err().contains("002_invoices"), run.err());
        assertEquals("002_invoices", versionRows(db));
        assertEquals(0, Catalog.count(db, "SELECT count(*) FROM pg_tables WHERE tablename = 'after_the_cut'"));
    }

    private static String versionRows(TestDatabase db) throws SQLException {
        return Catalog.strings(db, "SELECT version_num FROM public.migrata_version ORDER BY 1");
    }
}
