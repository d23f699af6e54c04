package io.migrata.introspect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.migrata.schema.QualifiedName;
import io.migrata.schema.SchemaModel;
import io.migrata.schema.TableDef;
import io.migrata.testing.PostgresExtension;
import io.migrata.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
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
 * Other migration tools' history tables, made by the tools themselves under renamed tables, are
 * recognized by their columns and left out of the model, while the tables their migrations built stay in.
 */
@ExtendWith(PostgresExtension.class)
class OtherToolTablesTest {

    @TempDir
    Path work;

    private static List<String> tables(SchemaModel model) {
        return model.tables().stream().map(TableDef::name).map(QualifiedName::name).toList();
    }

    private static SchemaModel read(TestDatabase db, IntrospectionOptions options) throws Exception {
        return Fixtures.read(db, options);
    }

    @Test
    void flywaysHistoryUnderAnotherNameIsLeftOut(TestDatabase db) throws Exception {
        Path migrations = Files.createDirectories(work.resolve("db/migration"));
        Files.writeString(migrations.resolve("V1__accounts.sql"), "CREATE TABLE accounts (id bigint PRIMARY KEY, email text);\n");
        Files.writeString(migrations.resolve("V2__account_index.sql"), "CREATE INDEX accounts_email_idx ON accounts (email);\n");
        Flyway.configure().dataSource(db.url(), db.user(), db.password()).table("schema_version")
                .locations("filesystem:" + migrations).load().migrate();

        assertEquals(List.of("accounts"), tables(read(db, IntrospectionOptions.schemas("public"))));
        SchemaModel everything = read(db, IntrospectionOptions.schemas("public").withOtherToolTables());
        assertEquals(Map.of(QualifiedName.of("public", "schema_version"), HistoryTableLayout.FLYWAY_HISTORY),
                HistoryTableLayout.in(everything));
        assertEquals("Flyway's history table", HistoryTableLayout.FLYWAY_HISTORY.describe());
    }

    @Test
    void liquibasesChangeLogAndLockUnderOtherNamesAreLeftOut(TestDatabase db) throws Exception {
        Files.writeString(work.resolve("changelog.xml"), """
                <databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog"
                    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                    xsi:schemaLocation="http://www.liquibase.org/xml/ns/dbchangelog
                        http://www.liquibase.org/xml/ns/dbchangelog/dbchangelog-4.33.xsd">
                  <changeSet id="1" author="ana">
                    <createTable tableName="orders">
                      <column name="id" type="bigint"><constraints primaryKey="true"/></column>
                      <column name="total" type="numeric(12,2)"/>
                    </createTable>
                  </changeSet>
                </databaseChangeLog>
                """);
        try (var connection = db.connect()) {
            Database database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
            database.setDatabaseChangeLogTableName("app_changelog");
            database.setDatabaseChangeLogLockTableName("app_changelog_lock");
            try (Liquibase liquibase = new Liquibase("changelog.xml", new DirectoryResourceAccessor(work), database)) {
                liquibase.update(new Contexts(), new LabelExpression());
            }
        }

        assertEquals(List.of("orders"), tables(read(db, IntrospectionOptions.schemas("public"))));
        SchemaModel everything = read(db, IntrospectionOptions.schemas("public").withOtherToolTables());
        assertEquals(Map.of(QualifiedName.of("public", "app_changelog"), HistoryTableLayout.LIQUIBASE_CHANGELOG,
                        QualifiedName.of("public", "app_changelog_lock"), HistoryTableLayout.LIQUIBASE_LOCK),
                HistoryTableLayout.in(everything));
    }

    @Test
    void alembicsVersionTableIsOneTextVersionKeyAndNothingLikeItIsTakenForIt(TestDatabase db) throws Exception {
        // Alembic's DDL for its version table, under a configured version_table name.
        db.execute("CREATE TABLE app_versions (version_num VARCHAR(32) NOT NULL,"
                + " CONSTRAINT app_versions_pkc PRIMARY KEY (version_num));"
                + "CREATE TABLE releases (version_num VARCHAR(32) NOT NULL, notes text);"
                + "CREATE TABLE builds (version_num integer PRIMARY KEY);"
                + "CREATE TABLE migrata_version (version_num VARCHAR(255) PRIMARY KEY);");

        assertEquals(List.of("builds", "releases"), tables(read(db, IntrospectionOptions.schemas("public"))));
        SchemaModel everything = read(db, IntrospectionOptions.schemas("public").withOtherToolTables().withVersionTables());
        assertEquals(Map.of(QualifiedName.of("public", "app_versions"), HistoryTableLayout.ALEMBIC_VERSION),
                HistoryTableLayout.in(everything));
        assertEquals(List.of("app_versions", "builds", "migrata_version", "releases"), tables(everything));
    }
}
