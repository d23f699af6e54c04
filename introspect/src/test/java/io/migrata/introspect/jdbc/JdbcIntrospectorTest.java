package io.migrata.introspect.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migrata.introspect.IntrospectionOptions;
import io.migrata.schema.ColumnDef;
import io.migrata.schema.Deferrability;
import io.migrata.schema.ForeignKeyDef;
import io.migrata.schema.ForeignKeyDef.Action;
import io.migrata.schema.IndexDef;
import io.migrata.schema.IndexKey;
import io.migrata.schema.PrimaryKeyDef;
import io.migrata.schema.QualifiedName;
import io.migrata.schema.SchemaModel;
import io.migrata.schema.TableDef;
import io.migrata.testing.PostgresExtension;
import io.migrata.testing.TestDatabase;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(PostgresExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JdbcIntrospectorTest {

    private static final QualifiedName USERS = QualifiedName.of("app", "users");
    private static final QualifiedName ORDER = QualifiedName.of("app", "Order");
    private static final QualifiedName INVOICE_LINES = QualifiedName.of("Billing Ops", "Invoice Lines");

    private TestDatabase db;
    private SchemaModel model;

    @BeforeAll
    void readFixture(TestDatabase database) throws Exception {
        db = database;
        db.execute(fixture("jdbc-cross-check.sql"));
        db.execute("""
                CREATE TABLE public.migrata_version (version_num text PRIMARY KEY);
                CREATE TABLE public.migrata_history (id bigint PRIMARY KEY);
                CREATE TABLE app.extras (id integer PRIMARY KEY, email text, total integer);
                CREATE INDEX extras_lower_email_idx ON app.extras (lower(email));
                CREATE INDEX extras_partial_idx ON app.extras (total) WHERE total > 10;
                CREATE INDEX extras_desc_idx ON app.extras (total DESC, email);
                CREATE TABLE public.serial_here (id serial PRIMARY KEY);
                """);
        try (Connection connection = db.connect()) {
            model = new JdbcIntrospector(connection).read(IntrospectionOptions.allSchemas());
        }
    }

    static String fixture(String name) throws IOException {
        try (InputStream in = JdbcIntrospectorTest.class.getResourceAsStream("/fixtures/" + name)) {
            if (in == null) throw new IOException("missing test fixture " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private TableDef table(QualifiedName name) {
        return model.table(name).orElseThrow(() -> new AssertionError("no table " + name + " in " + model.tables()));
    }

    @Test
    void readsEveryUserSchemaAndLeavesOutVersionTables() {
        assertEquals(List.of("Billing Ops", "app", "public"), model.schemas());
        assertEquals(List.of(
                        "\"Billing Ops\".\"Invoice Lines\"", "\"Billing Ops\".rates",
                        "app.\"Order\"", "app.extras", "app.users",
                        "public.email_per_code", "public.serial_here", "public.settings", "public.uses_rates"),
                model.tables().stream().map(t -> t.name().toString()).toList());
    }

    @Test
    void readsOnlyTheNamedSchemas() throws SQLException {
        try (Connection connection = db.connect()) {
            SchemaModel billing = new JdbcIntrospector(connection).read(IntrospectionOptions.schemas("Billing Ops"));
            assertEquals(List.of("Billing Ops"), billing.schemas());
            assertEquals(List.of(INVOICE_LINES, QualifiedName.of("Billing Ops", "rates")),
                    billing.tables().stream().map(TableDef::name).toList());
        }
    }

    @Test
    void readsVersionTablesWhenAsked() throws SQLException {
        try (Connection connection = db.connect()) {
            SchemaModel withVersions = new JdbcIntrospector(connection)
                    .read(new IntrospectionOptions(List.of("public"), List.of(), true));
            assertTrue(withVersions.table(QualifiedName.of("public", "migrata_version")).isPresent());
            assertTrue(withVersions.table(QualifiedName.of("public", "migrata_history")).isPresent());
        }
    }

    @Test
    void readsColumnsWithCanonicalTypesDefaultsAndComments() {
        TableDef users = table(USERS);
        assertEquals(ColumnDef.of("email", io.migrata.schema.SqlType.of("character varying(320)"))
                .withNullable(false).withComment("Login name; unique"), users.column("email").orElseThrow());
        assertEquals("timestamp(3) with time zone", users.column("stamped_3").orElseThrow().type().spelling());
        assertEquals("character varying(20)[]", users.column("short_tags").orElseThrow().type().spelling());
        assertEquals("now()", users.column("created_at").orElseThrow().defaultExpression());
        assertEquals("'new'::text", users.column("status").orElseThrow().defaultExpression());
        assertEquals("'{}'::jsonb", users.column("payload").orElseThrow().defaultExpression());
        assertEquals("People who sign in", users.comment());
        ColumnDef doubled = users.column("doubled_score").orElseThrow();
        assertEquals("(score * 2)", doubled.generatedExpression());
        assertNull(doubled.defaultExpression());
    }

    @Test
    void printsDefaultsAsIfOnlyPgCatalogWereOnTheSearchPath() throws SQLException {
        TableDef serialHere = table(QualifiedName.of("public", "serial_here"));
        assertEquals("nextval('public.serial_here_id_seq'::regclass)",
                serialHere.column("id").orElseThrow().defaultExpression());
        try (Connection connection = db.connect(); Statement statement = connection.createStatement()) {
            statement.execute("SET search_path = app, public");
            new JdbcIntrospector(connection).read(IntrospectionOptions.schemas("public"));
            try (ResultSet row = statement.executeQuery("SHOW search_path")) {
                row.next();
                assertEquals("app, public", row.getString(1));
            }
            assertFalse(connection.isClosed());
        }
    }

    @Test
    void identityColumnsReadAsPlainNotNullColumns() {
        ColumnDef id = table(USERS).column("id").orElseThrow();
        assertEquals("bigint", id.type().spelling());
        assertFalse(id.nullable());
        assertNull(id.identity());
        assertNull(id.defaultExpression());
    }

    @Test
    void readsCompositePrimaryKeysInKeyOrder() {
        assertEquals(new PrimaryKeyDef("Order_pkey", List.of("Id", "Line No")), table(ORDER).primaryKey());
    }

    @Test
    void readsForeignKeyRulesAndDeferrability() {
        assertEquals(List.of(
                new ForeignKeyDef("invoice_approver_fk", List.of("approver_id"), USERS, List.of("id"),
                        Action.NO_ACTION, Action.SET_NULL, false, Deferrability.NOT_DEFERRABLE),
                new ForeignKeyDef("invoice_order_fk", List.of("order_id", "order_line"), ORDER, List.of("Id", "Line No"),
                        Action.SET_NULL, Action.CASCADE, false, Deferrability.DEFERRABLE_INITIALLY_DEFERRED),
                new ForeignKeyDef("invoice_owner_fk", List.of("owner_id"), USERS, List.of("id"),
                        Action.SET_DEFAULT, Action.NO_ACTION, false, Deferrability.DEFERRABLE_INITIALLY_IMMEDIATE),
                new ForeignKeyDef("invoice_reviewer_fk", List.of("reviewer_id"), USERS, List.of("id"),
                        Action.RESTRICT, Action.NO_ACTION, false, Deferrability.NOT_DEFERRABLE)),
                table(INVOICE_LINES).foreignKeys());
    }

    @Test
    void readsUniqueConstraintsAsUniqueIndexesAndNoChecks() {
        TableDef lines = table(INVOICE_LINES);
        assertEquals(List.of(), lines.uniques());
        assertEquals(List.of(), lines.checks());
        assertEquals(List.of(
                        new IndexDef("Invoice Lines by order", List.of(IndexKey.column("order_id"), IndexKey.column("order_line")),
                                false, false, "btree", List.of(), null),
                        IndexDef.on("invoice_group_position_key", true, "Group", "position"),
                        IndexDef.on("invoice_lines_owner_idx", false, "owner_id"),
                        IndexDef.on("invoice_lines_reviewer_approver_idx", true, "reviewer_id", "approver_id")),
                lines.indexes());
    }

    @Test
    void readsExpressionKeysPredicatesAndDescendingKeys() {
        TableDef extras = table(QualifiedName.of("app", "extras"));
        assertEquals(List.of(
                        new IndexDef("extras_desc_idx", List.of(IndexKey.column("total").desc(), IndexKey.column("email")),
                                false, false, "btree", List.of(), null),
                        new IndexDef("extras_lower_email_idx", List.of(IndexKey.expression("lower(email)")),
                                false, false, "btree", List.of(), null),
                        new IndexDef("extras_partial_idx", List.of(IndexKey.column("total")),
                                false, false, "btree", List.of(), "(total > 10)")),
                extras.indexes());
    }

    @Test
    void unquotesNamesTheWayTheDatabaseQuotesThem() {
        assertEquals("Billing Ops", JdbcIntrospector.unquote("\"Billing Ops\"", "\""));
        assertEquals("say \"hi\"", JdbcIntrospector.unquote("\"say \"\"hi\"\"\"", "\""));
        assertEquals("plain", JdbcIntrospector.unquote("plain", "\""));
        assertEquals("test", JdbcIntrospector.unquote("`test`", "`"));
        assertEquals("\"", JdbcIntrospector.unquote("\"", "\""));
    }
}
