package io.migrata.introspect.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.migrata.introspect.IntrospectionOptions;
import io.migrata.schema.ColumnDef;
import io.migrata.schema.Deferrability;
import io.migrata.schema.ForeignKeyDef;
import io.migrata.schema.ForeignKeyDef.Action;
import io.migrata.schema.IndexDef;
import io.migrata.schema.PrimaryKeyDef;
import io.migrata.schema.QualifiedName;
import io.migrata.schema.SchemaModel;
import io.migrata.schema.SqlType;
import io.migrata.schema.TableDef;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The generic reader on a database that is not PostgreSQL. Skipped when no MariaDB answers at
 * {@code MIGRATA_TEST_MARIADB_URL} (default: root without a password on 127.0.0.1:3306).
 */
class JdbcIntrospectorMariaDbTest {

    private static final String DEFAULT_URL = "jdbc:mariadb://127.0.0.1:3306/test?user=root&sslMode=disable&connectTimeout=2000";

    private static Connection connectOrSkip() {
        String url = System.getenv().getOrDefault("MIGRATA_TEST_MARIADB_URL", DEFAULT_URL);
        try {
            return DriverManager.getConnection(url);
        } catch (SQLException e) {
            assumeTrue(false, "no MariaDB answers (" + e.getMessage() + ")");
            throw new AssertionError("unreachable");
        }
    }

    @Test
    void readsTablesKeysIndexesAndComments() throws SQLException {
        String database = "migrata_t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
        try (Connection connection = connectOrSkip(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + database);
            try {
                statement.execute("USE " + database);
                statement.execute("""
                        CREATE TABLE parents (
                            id BIGINT AUTO_INCREMENT PRIMARY KEY,
                            email VARCHAR(200) NOT NULL,
                            price DECIMAL(12,2) DEFAULT 0.00,
                            note TEXT COMMENT 'free text',
                            CONSTRAINT parents_email_key UNIQUE (email)
                        ) COMMENT = 'the parents'""");
                statement.execute("""
                        CREATE TABLE children (
                            parent_id BIGINT NOT NULL,
                            position INT NOT NULL,
                            PRIMARY KEY (parent_id, position),
                            CONSTRAINT children_parent_fk FOREIGN KEY (parent_id) REFERENCES parents (id)
                                ON DELETE CASCADE ON UPDATE RESTRICT
                        )""");

                SchemaModel model = new JdbcIntrospector(connection).read(IntrospectionOptions.schemas(database));

                assertEquals(List.of(database), model.schemas());
                TableDef parents = model.table(QualifiedName.of(database, "parents")).orElseThrow();
                assertEquals(List.of(
                                ColumnDef.of("id", SqlType.of("BIGINT")).withNullable(false),
                                ColumnDef.of("email", SqlType.of("VARCHAR(200)")).withNullable(false),
                                ColumnDef.of("price", SqlType.of("DECIMAL(12,2)")).withDefault("0.00"),
                                ColumnDef.of("note", SqlType.of("TEXT(65535)")).withComment("free text")),
                        parents.columns());
                assertEquals(new PrimaryKeyDef("PRIMARY", List.of("id")), parents.primaryKey());
                assertEquals(List.of(IndexDef.on("parents_email_key", true, "email")), parents.indexes());
                assertEquals("the parents", parents.comment());

                TableDef children = model.table(QualifiedName.of(database, "children")).orElseThrow();
                assertEquals(new PrimaryKeyDef("PRIMARY", List.of("parent_id", "position")), children.primaryKey());
                assertEquals(List.of(new ForeignKeyDef("children_parent_fk", List.of("parent_id"),
                                QualifiedName.of(database, "parents"), List.of("id"),
                                Action.CASCADE, Action.RESTRICT, false, Deferrability.NOT_DEFERRABLE)),
                        children.foreignKeys());
            } finally {
                statement.execute("DROP DATABASE " + database);
            }
        }
    }
}
