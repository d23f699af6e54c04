package io.migrata.introspect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migrata.schema.QualifiedName;
import io.migrata.schema.SchemaModel;
import io.migrata.schema.SqlType;
import io.migrata.testing.PostgresExtension;
import io.migrata.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(PostgresExtension.class)
class IntrospectorBehaviourTest {

    /** One statement sets up the snapshot, then one query per object kind. */
    private static final int STATEMENT_BUDGET = 17;

    private static int statementsToRead(TestDatabase db) throws SQLException {
        StatementCounter counter = new StatementCounter();
        try (Connection connection = db.connect()) {
            new PostgresIntrospector(counter.wrap(connection)).read(IntrospectionOptions.allSchemas());
        }
        return counter.executed();
    }

    private static String manyTables(int count) {
        StringBuilder sql = new StringBuilder("CREATE TYPE public.state AS ENUM ('a', 'b');");
        for (int i = 0; i < count; i++) {
            sql.append("CREATE TABLE public.t").append(i).append(" (id serial PRIMARY KEY, code text UNIQUE,")
                    .append(" state public.state DEFAULT 'a', n integer CHECK (n > 0),")
                    .append(" parent integer REFERENCES public.t").append(i == 0 ? 0 : i - 1).append(" (id));")
                    .append("CREATE INDEX t").append(i).append("_n_idx ON public.t").append(i).append(" (n DESC);")
                    .append("CREATE VIEW public.v").append(i).append(" AS SELECT id FROM public.t").append(i).append(';')
                    .append("COMMENT ON TABLE public.t").append(i).append(" IS 'table ").append(i).append("';");
        }
        return sql.toString();
    }

    @Test
    void statementCountDoesNotGrowWithTheNumberOfTables(TestDatabase db) throws SQLException {
        db.execute(manyTables(1));
        int forOneTable = statementsToRead(db);
        db.execute("DROP SCHEMA public CASCADE; CREATE SCHEMA public; CREATE SCHEMA other;" + manyTables(60)
                + manyTables(40).replace("public.", "other."));
        int forHundredTables = statementsToRead(db);
        assertEquals(forOneTable, forHundredTables);
        assertTrue(forOneTable <= STATEMENT_BUDGET, forOneTable + " statements");
        assertEquals(100, Fixtures.read(db, IntrospectionOptions.allSchemas()).tables().size());
    }

    @Test
    void readingTwiceGivesEqualModelsThatPrintTheSame(TestDatabase db) throws SQLException {
        db.execute(Fixtures.sql("constraints.sql") + Fixtures.sql("indexes.sql"));
        SchemaModel first = Fixtures.read(db, IntrospectionOptions.allSchemas());
        SchemaModel second = Fixtures.read(db, IntrospectionOptions.allSchemas());
        assertEquals(first, second);
        assertEquals(first.hashCode(), second.hashCode());
        assertEquals(first.toString(), second.toString());
        db.execute("ALTER TABLE public.events ADD COLUMN extra integer");
        assertNotEquals(first, Fixtures.read(db, IntrospectionOptions.allSchemas()));
    }

    @Test
    void callersSearchPathDoesNotChangeSpellings(TestDatabase db) throws SQLException {
        db.execute(Fixtures.sql("column-types.sql"));
        try (Connection connection = db.connect(); Statement statement = connection.createStatement()) {
            statement.execute("SET search_path = billing, public");
            SchemaModel model = new PostgresIntrospector(connection).read(IntrospectionOptions.allSchemas());
            var table = model.table(QualifiedName.of("public", "column_types")).orElseThrow();
            assertEquals(SqlType.of("public.mood"), table.column("c_mood").orElseThrow().type());
            assertEquals(SqlType.of("billing.bill_status"), table.column("c_bill_status").orElseThrow().type());
            assertEquals("billing, public", show(statement, "search_path"));
        }
    }

    @Test
    void autoCommitConnectionIsGivenBackAsItCame(TestDatabase db) throws SQLException {
        try (Connection connection = db.connect(); Statement statement = connection.createStatement()) {
            connection.setTransactionIsolation(Connection.TRANSACTION_SERIALIZABLE);
            new PostgresIntrospector(connection).read(IntrospectionOptions.allSchemas());
            assertTrue(connection.getAutoCommit());
            assertEquals(Connection.TRANSACTION_SERIALIZABLE, connection.getTransactionIsolation());
            assertEquals("\"$user\", public", show(statement, "search_path"));
            assertEquals("off", show(statement, "transaction_read_only"));
        }
    }

    @Test
    void connectionOutsideAutoCommitStaysOutsideIt(TestDatabase db) throws SQLException {
        try (Connection connection = db.connect(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            new PostgresIntrospector(connection).read(IntrospectionOptions.allSchemas());
            assertFalse(connection.getAutoCommit());
            assertEquals(Connection.TRANSACTION_READ_COMMITTED, connection.getTransactionIsolation());
            statement.execute("CREATE TABLE public.after (id integer)");
            connection.commit();
        }
        assertEquals(1, Fixtures.read(db, IntrospectionOptions.allSchemas()).tables().size());
    }

    @Test
    void openTransactionIsRefusedAndLeftAlone(TestDatabase db) throws SQLException {
        try (Connection connection = db.connect(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            statement.execute("CREATE TABLE public.pending (id integer)");
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> new PostgresIntrospector(connection).read(IntrospectionOptions.allSchemas()));
            assertTrue(e.getMessage().contains("commit or roll back first"), e.getMessage());
            connection.commit();
        }
        assertEquals(1, Fixtures.read(db, IntrospectionOptions.allSchemas()).tables().size());
    }

    private static String show(Statement statement, String setting) throws SQLException {
        try (ResultSet row = statement.executeQuery("SHOW " + setting)) {
            row.next();
            return row.getString(1);
        }
    }
}
