package io.migrata.introspect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.migrata.schema.CheckDef;
import io.migrata.schema.Deferrability;
import io.migrata.schema.ForeignKeyDef;
import io.migrata.schema.ForeignKeyDef.Action;
import io.migrata.schema.PrimaryKeyDef;
import io.migrata.schema.QualifiedName;
import io.migrata.schema.SchemaModel;
import io.migrata.schema.TableDef;
import io.migrata.schema.UniqueDef;
import io.migrata.testing.PostgresExtension;
import io.migrata.testing.TestDatabase;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(PostgresExtension.class)
class ConstraintsTest {

    private static SchemaModel model;

    @BeforeAll
    static void load(TestDatabase db) throws SQLException {
        model = Fixtures.load(db, "constraints.sql");
    }

    private static TableDef table(String name) {
        return Fixtures.table(model, "public", name);
    }

    private static ForeignKeyDef foreignKey(String name) {
        return table("shipments").foreignKeys().stream().filter(fk -> fk.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void singleColumnPrimaryKey() {
        assertEquals(new PrimaryKeyDef("accounts_pkey", List.of("id")), table("accounts").primaryKey());
    }

    @Test
    void multiColumnPrimaryKeyKeepsConstraintOrderNotTableOrder() {
        assertEquals(new PrimaryKeyDef("order_lines_pkey", List.of("order_id", "line_no")), table("order_lines").primaryKey());
    }

    @Test
    void multiColumnUniqueKeepsItsColumnOrder() {
        assertEquals(UniqueDef.of("accounts_region_code_key", List.of("region", "code")),
                table("accounts").uniques().get(1));
    }

    @Test
    void deferrableUniqueIsDeferrableInitiallyImmediate() {
        assertEquals(new UniqueDef("accounts_email_deferrable", List.of("email"), false,
                Deferrability.DEFERRABLE_INITIALLY_IMMEDIATE), table("accounts").uniques().get(0));
    }

    @Test
    void uniqueNullsNotDistinct(TestDatabase db) throws SQLException {
        assumeTrue(Fixtures.serverMajor(db) >= 15, "NULLS NOT DISTINCT needs PostgreSQL 15");
        TableDef devices = Fixtures.table(Fixtures.load(db, "nulls-not-distinct.sql"), "public", "devices");
        assertEquals(List.of(new UniqueDef("devices_serial_key", List.of("serial_no"), true, Deferrability.NOT_DEFERRABLE)),
                devices.uniques());
        assertEquals(true, devices.indexes().get(0).nullsNotDistinct());
        assertEquals(true, devices.indexes().get(0).unique());
    }

    @Test
    void checkExpressionsAreSpelledAsPgGetExprPrintsThem() {
        assertEquals(List.of(
                        new CheckDef("price_range",
                                "((price IS NULL) OR ((price >= (0)::numeric) AND (price < (1000000)::numeric)))"),
                        new CheckDef("quantity_positive", "(quantity > 0)")),
                table("order_lines").checks());
    }

    @Test
    void multiColumnForeignKeyMatchFullWithCascades() {
        assertEquals(new ForeignKeyDef("shipments_line_fkey", List.of("order_id", "line_no"),
                        QualifiedName.of("public", "order_lines"), List.of("order_id", "line_no"),
                        Action.CASCADE, Action.CASCADE, true, Deferrability.NOT_DEFERRABLE),
                foreignKey("shipments_line_fkey"));
    }

    @Test
    void foreignKeySetNullRestrictDeferrableInitiallyDeferred() {
        assertEquals(new ForeignKeyDef("shipments_account_fkey", List.of("account_id"),
                        QualifiedName.of("public", "accounts"), List.of("id"),
                        Action.SET_NULL, Action.RESTRICT, false, Deferrability.DEFERRABLE_INITIALLY_DEFERRED),
                foreignKey("shipments_account_fkey"));
    }

    @Test
    void selfReferencingForeignKeySetDefault() {
        assertEquals(new ForeignKeyDef("shipments_parent_fkey", List.of("parent_id"),
                        QualifiedName.of("public", "shipments"), List.of("id"),
                        Action.SET_DEFAULT, Action.NO_ACTION, false, Deferrability.NOT_DEFERRABLE),
                foreignKey("shipments_parent_fkey"));
    }

    @Test
    void foreignKeyToAnotherSchemaDeferrableInitiallyImmediate() {
        assertEquals(new ForeignKeyDef("shipments_carrier_fkey", List.of("carrier_id"),
                        QualifiedName.of("ledger", "carriers"), List.of("id"),
                        Action.NO_ACTION, Action.NO_ACTION, false, Deferrability.DEFERRABLE_INITIALLY_IMMEDIATE),
                foreignKey("shipments_carrier_fkey"));
    }

    @Test
    void foreignKeysAreSortedByName() {
        assertEquals(List.of("shipments_account_fkey", "shipments_carrier_fkey", "shipments_line_fkey",
                "shipments_parent_fkey"), table("shipments").foreignKeys().stream().map(ForeignKeyDef::name).toList());
    }

    @Test
    void indexesBackingConstraintsAreNotIndexes() {
        assertEquals(List.of(), table("accounts").indexes());
        assertEquals(List.of(), table("shipments").indexes());
    }

    @Test
    void tableWithoutConstraintsHasNone() {
        TableDef carriers = Fixtures.table(model, "ledger", "carriers");
        assertEquals(new PrimaryKeyDef("carriers_pkey", List.of("id")), carriers.primaryKey());
        assertEquals(List.of(), carriers.uniques());
        assertEquals(List.of(), carriers.checks());
        assertEquals(List.of(), carriers.foreignKeys());
        assertNull(carriers.comment());
    }
}
