package io.migrata.runner.sql;

import io.migrata.schema.ColumnDef;
import io.migrata.schema.QualifiedName;
import io.migrata.schema.SchemaModel;
import io.migrata.schema.SqlType;
import io.migrata.schema.op.AlterColumn;
import io.migrata.testing.PostgresExtension;
import io.migrata.testing.TestDatabase;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A narrowing type change never cuts or rounds a value: with a row that does not fit, the change
 * fails, says how many rows do not fit, and leaves the column and its data as they were; with rows
 * that all fit, it applies and keeps them.
 */
@ExtendWith(PostgresExtension.class)
class NarrowingTypeChangeTest {

    private static final QualifiedName PEOPLE = QualifiedName.of("public", "people");

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "character varying(200)         | character varying(10)          | 'a-long-email@example.com' | 'short'",
            "text                           | character varying(10)          | 'a-long-email@example.com' | 'short'",
            "character(12)                  | character(4)                   | 'abcdefgh'                 | 'ab'",
            "numeric(8,2)                   | numeric(8,1)                   | 12.34                      | 12.3",
            "numeric(8,2)                   | integer                        | 12.5                       | 12",
            "timestamp(6) without time zone | timestamp(0) without time zone | '2026-01-01 10:00:00.123'  | '2026-01-01 10:00:00'",
    })
    void aValueThatDoesNotFitStopsTheChangeAndStaysIntact(String from, String to, String misfit, String fitting,
                                                          TestDatabase db) throws SQLException {
        db.execute("CREATE TABLE people (id integer PRIMARY KEY, v " + from + ");"
                + " INSERT INTO people VALUES (1, " + misfit + "), (2, " + fitting + "), (3, " + fitting + "), (4, NULL)");
        SchemaModel before = Databases.read(db);
        List<String> valuesBefore = values(db);
        AlterColumn narrow = narrowing(before, to);

        SQLException refused = assertThrows(SQLException.class,
                () -> Databases.apply(db, new PostgresSqlRenderer(), List.of(narrow)));
        assertTrue(refused.getMessage().contains("public.people.v: 1 row holds a value that " + to + " cannot hold unchanged"),
                refused.getMessage());
        assertEquals(before, Databases.read(db), "the column keeps its type");
        assertEquals(valuesBefore, values(db), "no value was cut or rounded");

        db.execute("DELETE FROM people WHERE id = 1");
        Databases.apply(db, new PostgresSqlRenderer(), List.of(narrow));
        assertEquals(to, Databases.read(db).table(PEOPLE).orElseThrow().column("v").orElseThrow().type().spelling());
        assertEquals(valuesBefore.subList(1, valuesBefore.size()), values(db), "fitting values are kept");
    }

    private static AlterColumn narrowing(SchemaModel model, String to) {
        ColumnDef column = model.table(PEOPLE).orElseThrow().column("v").orElseThrow();
        return new AlterColumn(PEOPLE, column, column.withType(SqlType.of(to)));
    }

    /** The values as text, compared as numbers or times where the type allows so that 12.30 and 12.3 are one value. */
    private static List<String> values(TestDatabase db) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection connection = db.connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT CASE WHEN pg_typeof(v)::text LIKE 'numeric%' OR pg_typeof(v)::text = 'integer'"
                     + " THEN trim_scale(v::text::numeric)::text ELSE rtrim(v::text) END FROM people ORDER BY id")) {
            while (rows.next()) values.add(rows.getString(1));
        }
        return values;
    }
}
