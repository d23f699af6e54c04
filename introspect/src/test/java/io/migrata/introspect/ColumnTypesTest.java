package io.migrata.introspect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.migrata.schema.ColumnDef;
import io.migrata.schema.SchemaModel;
import io.migrata.schema.SqlType;
import io.migrata.schema.TableDef;
import io.migrata.testing.PostgresExtension;
import io.migrata.testing.TestDatabase;
import java.sql.SQLException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@ExtendWith(PostgresExtension.class)
class ColumnTypesTest {

    private static TableDef table;

    @BeforeAll
    static void load(TestDatabase db) throws SQLException {
        SchemaModel model = Fixtures.load(db, "column-types.sql");
        table = Fixtures.table(model, "public", "column_types");
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            c_varchar           | character varying(40)
            c_varchar_unbounded | character varying
            c_char              | character(3)
            c_char_default      | character(1)
            c_text              | text
            c_numeric_ps        | numeric(12,2)
            c_numeric           | numeric
            c_integer           | integer
            c_bigint            | bigint
            c_smallint          | smallint
            c_real              | real
            c_double            | double precision
            c_float             | double precision
            c_boolean           | boolean
            c_date              | date
            c_time              | time without time zone
            c_time_3            | time(3) without time zone
            c_timetz            | time with time zone
            c_timestamp         | timestamp without time zone
            c_timestamp_3       | timestamp(3) without time zone
            c_timestamptz       | timestamp with time zone
            c_timestamptz_6     | timestamp(6) with time zone
            c_interval          | interval
            c_uuid              | uuid
            c_json              | json
            c_jsonb             | jsonb
            c_bytea             | bytea
            c_text_array        | text[]
            c_varchar_array     | character varying(20)[]
            c_int_matrix        | integer[]
            c_mood              | public.mood
            c_bill_status       | billing.bill_status
            c_mood_array        | public.mood[]
            """)
    void typeIsSpelledAsFormatTypePrintsIt(String column, String expected) {
        ColumnDef def = table.column(column).orElseThrow();
        assertEquals(SqlType.of(expected), def.type());
    }

    @Test
    void columnsKeepTheirPhysicalOrder() {
        assertEquals("c_varchar", table.columns().get(0).name());
        assertEquals("c_varchar_unbounded", table.columns().get(1).name());
        assertEquals("c_mood_array", table.columns().get(table.columns().size() - 1).name());
        assertEquals(33, table.columns().size());
    }

    @Test
    void aPlainColumnHasNothingButNameTypeAndNullability() {
        assertEquals(ColumnDef.of("c_text", SqlType.of("text")), table.column("c_text").orElseThrow());
    }
}
