package io.migrata.introspect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.migrata.schema.ColumnDef;
import io.migrata.schema.ColumnRef;
import io.migrata.schema.IdentityDef;
import io.migrata.schema.QualifiedName;
import io.migrata.schema.SchemaModel;
import io.migrata.schema.SequenceDef;
import io.migrata.schema.SequenceOptions;
import io.migrata.schema.SqlType;
import io.migrata.schema.TableDef;
import io.migrata.testing.PostgresExtension;
import io.migrata.testing.TestDatabase;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@ExtendWith(PostgresExtension.class)
class ColumnPropertiesTest {

    private static SchemaModel model;

    @BeforeAll
    static void load(TestDatabase db) throws SQLException {
        model = Fixtures.load(db, "column-properties.sql");
    }

    private static ColumnDef column(String table, String column) {
        return Fixtures.table(model, "public", table).column(column).orElseThrow();
    }

    @Test
    void notNullColumnIsNotNullable() {
        assertFalse(column("column_properties", "required").nullable());
    }

    @Test
    void columnWithoutConstraintIsNullable() {
        assertTrue(column("column_properties", "optional").nullable());
    }

    @Test
    void droppedColumnIsGoneAndTheRestKeepTheirOrder() {
        TableDef table = Fixtures.table(model, "public", "column_properties");
        assertTrue(table.column("dropped_later").isEmpty());
        assertEquals(List.of("required", "optional", "d_integer"),
                table.columns().subList(0, 3).stream().map(ColumnDef::name).toList());
    }

    @ParameterizedTest(name = "{0} DEFAULT {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            d_integer           | 42
            d_negative          | '-1'::integer
            d_text              | 'hello'::text
            d_now               | now()
            d_current_timestamp | CURRENT_TIMESTAMP
            d_uuid              | gen_random_uuid()
            d_varchar_cast      | 'x'::character varying
            d_boolean           | false
            d_numeric           | 1.50
            d_text_array        | '{}'::text[]
            d_jsonb             | '{}'::jsonb
            d_enum              | 'ok'::public.mood
            d_date_cast         | '2024-01-01'::date
            """)
    void defaultIsSpelledAsPgGetExprPrintsIt(String name, String expected) {
        ColumnDef column = column("column_properties", name);
        assertEquals(expected, column.defaultExpression());
        assertNull(column.generatedExpression());
        assertNull(column.identity());
    }

    @Test
    void columnWithoutDefaultHasNone() {
        assertNull(column("column_properties", "optional").defaultExpression());
    }

    @Test
    void identityAlwaysCarriesEveryCustomOption() {
        ColumnDef column = column("identity_ids", "always_id");
        assertEquals(new IdentityDef(IdentityDef.Generation.ALWAYS, new SequenceOptions(100, 5, 10, 100000, 20, true)),
                column.identity());
        assertNull(column.defaultExpression());
        assertFalse(column.nullable());
        assertEquals(SqlType.of("bigint"), column.type());
    }

    @Test
    void identityByDefaultCarriesTheDefaultsOfItsType() {
        assertEquals(new IdentityDef(IdentityDef.Generation.BY_DEFAULT,
                        SequenceOptions.defaultsFor(SqlType.of("integer"))),
                column("identity_ids", "by_default_id").identity());
    }

    @Test
    void descendingIdentityCountsDownFromMinusOne() {
        assertEquals(new IdentityDef(IdentityDef.Generation.BY_DEFAULT,
                        new SequenceOptions(-1, -1, Short.MIN_VALUE, -1, 1, false)),
                column("identity_ids", "descending_id").identity());
    }

    @Test
    void identitySequencesAreNotSequencesOfTheirOwn() {
        assertTrue(model.sequences().stream()
                .noneMatch(s -> s.ownedBy() != null && s.ownedBy().table().name().equals("identity_ids")));
    }

    @Test
    void serialColumnKeepsItsNextvalDefault() {
        ColumnDef id = column("serial_ids", "id");
        assertEquals("nextval('public.serial_ids_id_seq'::regclass)", id.defaultExpression());
        assertEquals(SqlType.of("integer"), id.type());
        assertFalse(id.nullable());
        assertNull(id.identity());
    }

    @ParameterizedTest(name = "{0} owns a {1} sequence")
    @CsvSource(delimiter = '|', textBlock = """
            id    | integer
            big   | bigint
            small | smallint
            """)
    void serialSequenceIsReportedAsOwnedByItsColumn(String column, String type) {
        QualifiedName name = QualifiedName.of("public", "serial_ids_" + column + "_seq");
        SqlType sqlType = SqlType.of(type);
        assertEquals(new SequenceDef(name, sqlType, SequenceOptions.defaultsFor(sqlType),
                        new ColumnRef(QualifiedName.of("public", "serial_ids"), column), null),
                model.sequence(name).orElseThrow());
    }

    @Test
    void storedGeneratedColumnHasAnExpressionAndNoDefault() {
        ColumnDef area = column("rectangles", "area");
        assertEquals("(width * height)", area.generatedExpression());
        assertNull(area.defaultExpression());
        assertEquals("('w'::text || (width)::text)", column("rectangles", "label").generatedExpression());
    }

    @Test
    void virtualGeneratedColumnIsGeneratedNotADefault(TestDatabase db) throws SQLException {
        assumeTrue(Fixtures.serverMajor(db) >= 18, "VIRTUAL generated columns need PostgreSQL 18");
        db.execute("CREATE TABLE public.boxes (w integer, doubled integer GENERATED ALWAYS AS (w * 2) VIRTUAL)");
        ColumnDef doubled = Fixtures.table(Fixtures.read(db, IntrospectionOptions.allSchemas()), "public", "boxes")
                .column("doubled").orElseThrow();
        assertEquals("(w * 2)", doubled.generatedExpression());
        assertNull(doubled.defaultExpression());
    }

    @ParameterizedTest(name = "{0} COLLATE {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
            c_collated | "C"
            posix      | "POSIX"
            array_c    | "C"
            """)
    void collationOtherThanTheTypesDefaultIsSpelledAsSql(String name, String expected) {
        assertEquals(expected, column("collated", name).collation());
    }

    @Test
    void defaultCollationIsNotReported() {
        assertNull(column("collated", "plain").collation());
        assertNull(column("collated", "number").collation());
    }
}
