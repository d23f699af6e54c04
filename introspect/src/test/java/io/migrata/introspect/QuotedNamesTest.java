package io.migrata.introspect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migrata.schema.CheckDef;
import io.migrata.schema.ColumnDef;
import io.migrata.schema.EnumTypeDef;
import io.migrata.schema.ForeignKeyDef;
import io.migrata.schema.IndexDef;
import io.migrata.schema.IndexKey;
import io.migrata.schema.PrimaryKeyDef;
import io.migrata.schema.QualifiedName;
import io.migrata.schema.SchemaModel;
import io.migrata.schema.SqlType;
import io.migrata.schema.TableDef;
import io.migrata.testing.PostgresExtension;
import io.migrata.testing.TestDatabase;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Names are kept as PostgreSQL stores them; only SQL text (types, expressions) carries quotes. */
@ExtendWith(PostgresExtension.class)
class QuotedNamesTest {

    private static SchemaModel model;

    @BeforeAll
    static void load(TestDatabase db) throws SQLException {
        model = Fixtures.load(db, "quoted-names.sql");
    }

    private static TableDef lineItem() {
        return Fixtures.table(model, "Sales", "LineItem");
    }

    @Test
    void schemaAndTableNamesAreStoredUnquoted() {
        assertEquals(List.of("Sales", "public"), model.schemas());
        assertEquals(List.of(QualifiedName.of("Sales", "LineItem"), QualifiedName.of("public", "order")),
                model.tables().stream().map(TableDef::name).toList());
    }

    @Test
    void reservedMixedCaseSpacedAndQuotedColumnNames() {
        assertEquals(List.of("user", "MixedCase", "with space", "say \"hi\"", "select"),
                Fixtures.table(model, "public", "order").columns().stream().map(ColumnDef::name).toList());
    }

    @Test
    void primaryKeyOnAReservedWord() {
        assertEquals(new PrimaryKeyDef("order_pkey", List.of("select")), Fixtures.table(model, "public", "order").primaryKey());
    }

    @Test
    void userTypeNeedingQuotesIsQuotedInTheTypeSpelling() {
        assertEquals(SqlType.of("\"Sales\".\"Order Status\""), lineItem().column("status").orElseThrow().type());
        assertEquals(SqlType.of("\"Sales\".\"Order Status\"[]"), lineItem().column("status list").orElseThrow().type());
    }

    @Test
    void enumNameNeedingQuotes() {
        EnumTypeDef status = model.enumType(QualifiedName.of("Sales", "Order Status")).orElseThrow();
        assertEquals(status.asType(), lineItem().column("status").orElseThrow().type());
    }

    @Test
    void foreignKeyToATableNamedByAReservedWord() {
        assertEquals(List.of(ForeignKeyDef.of("LineItem_order_fkey", List.of("order"), QualifiedName.of("public", "order"),
                List.of("select"))), lineItem().foreignKeys());
    }

    @Test
    void checkNameWithQuotesAndExpressionWithQuotedColumn() {
        assertEquals(List.of(new CheckDef("Check \"It\"", "(\"Id\" > 0)")), lineItem().checks());
    }

    @Test
    void indexWithSpacesOnReservedColumnAndQuotedExpression() {
        assertEquals(List.of(new IndexDef("Line Item Index", List.of(IndexKey.column("order"),
                IndexKey.expression("lower(\"Note\")")), false, false, "btree", List.of(), null)), lineItem().indexes());
    }

    @Test
    void sequenceAndViewNamesNeedingQuotes() {
        assertTrue(model.sequence(QualifiedName.of("Sales", "Ticket Seq")).isPresent());
        assertTrue(model.view(QualifiedName.of("Sales", "Open Items")).orElseThrow().definition().contains("\"Sales\".\"LineItem\""));
    }
}
