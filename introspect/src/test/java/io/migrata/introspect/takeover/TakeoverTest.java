package io.migrata.introspect.takeover;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migrata.introspect.HistoryTableLayout;
import io.migrata.introspect.IntrospectionOptions;
import io.migrata.introspect.PostgresIntrospector;
import io.migrata.schema.QualifiedName;
import io.migrata.testing.Alembic;
import io.migrata.testing.PostgresExtension;
import io.migrata.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.DirectoryResourceAccessor;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Databases built by the real Flyway, Liquibase and Alembic: taking over is allowed once the other
 * tool is done, and refused, with the reason, while it has failed or pending migrations or holds its lock.
 */
@ExtendWith(PostgresExtension.class)
class TakeoverTest {

    @TempDir
    Path project;

    private static List<OtherToolHistory> check(TestDatabase db, Path project, OtherToolFiles files) throws Exception {
        try (Connection connection = db.connect()) {
            var model = new PostgresIntrospector(connection).read(IntrospectionOptions.allSchemas().withOtherToolTables());
            return Takeover.check(connection, model, project, files);
        }
    }

    private static OtherToolHistory only(List<OtherToolHistory> found) {
        assertEquals(1, found.size(), found.toString());
        return found.get(0);
    }

    // Flyway

    private Flyway flyway(TestDatabase db) {
        return Flyway.configure().dataSource(db.url(), db.user(), db.password()).table("schema_version")
                .locations("filesystem:" + project.resolve("src/main/resources/db/migration")).load();
    }

    private void flywayFile(String name, String sql) throws Exception {
        Path dir = Files.createDirectories(project.resolve("src/main/resources/db/migration"));
        Files.writeString(dir.resolve(name), sql);
    }

    @Test
    void flywayDoneWithItsMigrationsCanBeTakenOver(TestDatabase db) throws Exception {
        flywayFile("V1__accounts.sql", "CREATE TABLE accounts (id bigint PRIMARY KEY);\n");
        flywayFile("V1_1__account_email.sql", "ALTER TABLE accounts ADD COLUMN email text;\r\n");
        flywayFile("R__account_view.sql", "\uFEFFCREATE OR REPLACE VIEW account_emails AS\nSELECT email FROM accounts;\n");
        flyway(db).migrate();

        OtherToolHistory flyway = only(check(db, project, OtherToolFiles.defaults()));

        assertEquals(HistoryTableLayout.FLYWAY_HISTORY, flyway.layout());
        assertEquals(QualifiedName.of("public", "schema_version"), flyway.table());
        assertEquals("version 1.1", flyway.position());
        assertEquals(List.of(), flyway.problems(), "the repeatable migration's checksum is Flyway's own");
        assertTrue(flyway.readyToTakeOver());
    }

    @Test
    void flywayWithAPendingOrChangedMigrationIsRefused(TestDatabase db) throws Exception {
        flywayFile("V1__accounts.sql", "CREATE TABLE accounts (id bigint PRIMARY KEY);\n");
        flywayFile("R__account_view.sql", "CREATE OR REPLACE VIEW account_ids AS SELECT id FROM accounts;\n");
        flyway(db).migrate();
        flywayFile("V2__account_email.sql", "ALTER TABLE accounts ADD COLUMN email text;\n");
        flywayFile("R__account_view.sql", "CREATE OR REPLACE VIEW account_ids AS SELECT id, 1 AS one FROM accounts;\n");

        List<String> problems = only(check(db, project, OtherToolFiles.defaults())).problems();

        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("Flyway repeatable migration R__account_view.sql changed since it ran"), problems.get(0));
        assertTrue(problems.get(1).startsWith("Flyway migration V2__account_email.sql has not run"), problems.get(1));
    }

    @Test
    void flywayWithAFailedMigrationIsRefused(TestDatabase db) throws Exception {
        flywayFile("V1__accounts.sql", "CREATE TABLE accounts (id bigint PRIMARY KEY);\n");
        flywayFile("V2__broken.sql", "CREATE INDEX CONCURRENTLY missing_idx ON missing_table (id);\n");
        try {
            flyway(db).migrate();
        } catch (RuntimeException expected) {
            // The failure is what the test is about.
        }

        List<String> problems = only(check(db, project, OtherToolFiles.defaults())).problems();
        assertEquals(List.of("Flyway migration V2__broken.sql has not run: run flyway migrate first, so that the database is"
                + " where the Flyway history ends"), problems, "Flyway 13 removes the failed row; the migration is still to run");

        // The row Flyway before 10 (and Flyway on databases without transactional DDL) leaves for a failure.
        db.execute("INSERT INTO schema_version (installed_rank, version, description, type, script, checksum, installed_by,"
                + " execution_time, success) VALUES (2, '2', 'broken', 'SQL', 'V2__broken.sql', 0, 'ci', 5, false)");
        problems = only(check(db, project, OtherToolFiles.defaults())).problems();
        assertTrue(problems.get(0).startsWith("Flyway migration 2 (broken) failed (success is false in public.schema_version)"),
                problems.toString());
    }

    @Test
    void flywayWithoutItsMigrationsCannotBeJudged(TestDatabase db) throws Exception {
        flywayFile("V1__accounts.sql", "CREATE TABLE accounts (id bigint PRIMARY KEY);\n");
        flyway(db).migrate();

        OtherToolHistory flyway = only(check(db, project, new OtherToolFiles(List.of(Path.of("elsewhere")), null, null)));

        assertEquals(1, flyway.problems().size());
        assertTrue(flyway.problems().get(0).startsWith("cannot tell whether Flyway has migrations still to run"));
    }

    // Liquibase

    private void liquibase(TestDatabase db, String master) throws Exception {
        Path resources = project.resolve("src/main/resources");
        try (Connection connection = db.connect()) {
            Database database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
            try (Liquibase liquibase = new Liquibase(master, new DirectoryResourceAccessor(resources), database)) {
                liquibase.update(new Contexts(), new LabelExpression());
            }
        }
    }

    private void changelog(String name, String text) throws Exception {
        Path file = project.resolve("src/main/resources").resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private static String xmlChangelog(String body) {
        return "<databaseChangeLog xmlns=\"http://www.liquibase.org/xml/ns/dbchangelog\""
                + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:schemaLocation=\"http://www.liquibase.org/xml/ns/dbchangelog"
                + " http://www.liquibase.org/xml/ns/dbchangelog/dbchangelog-4.33.xsd\">\n" + body + "</databaseChangeLog>\n";
    }

    @Test
    void liquibaseDoneWithAYamlChangelogAndItsIncludesCanBeTakenOver(TestDatabase db) throws Exception {
        changelog("db/changelog/db.changelog-master.yaml", """
                databaseChangeLog:
                  - changeSet:
                      id: create-orders
                      author: ana
                      changes:
                        - createTable:
                            tableName: orders
                            columns:
                              - column:
                                  name: id
                                  type: bigint
                                  constraints:
                                    primaryKey: true
                  - include:
                      file: changes/002-total.xml
                      relativeToChangelogFile: true
                  - include:
                      file: db/changelog/changes/003-note.sql
                """);
        changelog("db/changelog/changes/002-total.xml", xmlChangelog("""
                  <changeSet id="add-total" author="ben">
                    <addColumn tableName="orders"><column name="total" type="numeric(12,2)"/></addColumn>
                  </changeSet>
                """));
        changelog("db/changelog/changes/003-note.sql", """
                --liquibase formatted sql

                --changeset cy:add-note
                ALTER TABLE orders ADD COLUMN note text;
                """);
        liquibase(db, "db/changelog/db.changelog-master.yaml");

        OtherToolHistory liquibase = only(check(db, project, OtherToolFiles.defaults()));

        assertEquals(HistoryTableLayout.LIQUIBASE_CHANGELOG, liquibase.layout());
        assertEquals("3 change sets applied", liquibase.position());
        assertEquals(List.of(), liquibase.problems());
    }

    @Test
    void liquibaseWithAPendingChangeSetOrAHeldLockIsRefused(TestDatabase db) throws Exception {
        changelog("db/changelog/db.changelog-master.xml", xmlChangelog("""
                  <changeSet id="1" author="ana">
                    <createTable tableName="orders"><column name="id" type="bigint"/></createTable>
                  </changeSet>
                """));
        liquibase(db, "db/changelog/db.changelog-master.xml");
        changelog("db/changelog/db.changelog-master.xml", xmlChangelog("""
                  <changeSet id="1" author="ana">
                    <createTable tableName="orders"><column name="id" type="bigint"/></createTable>
                  </changeSet>
                  <changeSet id="2" author="ana">
                    <addColumn tableName="orders"><column name="total" type="numeric"/></addColumn>
                  </changeSet>
                """));
        db.execute("UPDATE databasechangeloglock SET locked = true, lockgranted = now(), lockedby = 'deploy-7'");

        List<String> problems = only(check(db, project, OtherToolFiles.defaults())).problems();

        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("Liquibase's lock public.databasechangeloglock is held (by deploy-7"), problems.get(0));
        assertTrue(problems.get(1).startsWith("Liquibase change set 2::ana (db.changelog-master.xml) has not run"), problems.get(1));
    }

    // Alembic

    @Test
    void alembicAtItsHeadCanBeTakenOverAndBehindItIsRefused(TestDatabase db) throws Exception {
        Alembic alembic = Alembic.init(project, db);
        alembic.revision("0001", "create accounts",
                "op.create_table('accounts', sa.Column('id', sa.BigInteger, primary_key=True))");
        alembic.revision("0002", "add email", "op.add_column('accounts', sa.Column('email', sa.Text))");
        alembic.run("upgrade", "head");

        OtherToolHistory done = only(check(db, project, OtherToolFiles.defaults()));
        assertEquals(HistoryTableLayout.ALEMBIC_VERSION, done.layout());
        assertEquals("revision 0002", done.position());
        assertEquals(List.of(), done.problems());

        alembic.revision("0003", "add name", "op.add_column('accounts', sa.Column('name', sa.Text))");
        List<String> problems = only(check(db, project, OtherToolFiles.defaults())).problems();
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("Alembic revision 0003 has not run"), problems.get(0));
    }
}
