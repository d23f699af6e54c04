package io.migrata.runner.sql;

import static io.migrata.runner.sql.OpCheck.assertAppliesExactly;

import io.migrata.schema.ColumnDef;
import io.migrata.schema.IdentityDef;
import io.migrata.schema.QualifiedName;
import io.migrata.schema.SchemaModel;
import io.migrata.schema.SequenceOptions;
import io.migrata.schema.SqlType;
import io.migrata.schema.TableDef;
import io.migrata.schema.op.AddColumn;
import io.migrata.schema.op.CreateSchema;
import io.migrata.schema.op.CreateTable;
import io.migrata.schema.op.DropColumn;
import io.migrata.schema.op.DropTable;
import io.migrata.schema.op.RenameColumn;
import io.migrata.schema.op.RenameTable;
import io.migrata.testing.PostgresExtension;
import io.migrata.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.sql.SQLException;

@ExtendWith(PostgresExtension.class)
class TableOpsSqlTest {

    private static final QualifiedName BILLS = QualifiedName.of("Billing", "Bills");
    private static final QualifiedName SELECT = QualifiedName.of("public", "select");

    private static SchemaModel billing(TestDatabase db) throws SQLException {
        return Databases.load(db, Databases.resource("/fixtures/billing.sql"));
    }

    private static TableDef table(SchemaModel model, QualifiedName name) {
        return model.table(name).orElseThrow();
    }

    @Test
    void dropsAndCreatesATableWithEveryKindOfPart(TestDatabase db) throws SQLException {
        SchemaModel model = billing(db);
        // The views read the table and the sequence is owned by one of its columns: they go first.
        db.execute("DROP VIEW \"Billing\".\"Open Bills\"; DROP MATERIALIZED VIEW \"Billing\".totals;"
                + " DROP SEQUENCE \"Billing\".note_seq");
        model = Databases.read(db);
        assertAppliesExactly(db, new DropTable(table(model, BILLS)));
    }

    @Test
    void createsATableInANewSchema(TestDatabase db) throws SQLException {
        billing(db);
        TableDef table = TableDef.of(QualifiedName.of("New \"Ledger\"", "Entries"), java.util.List.of(
                ColumnDef.of("id", SqlType.of("integer")).withNullable(false)
                        .withIdentity(new IdentityDef(IdentityDef.Generation.BY_DEFAULT,
                                SequenceOptions.defaultsFor(SqlType.of("integer")))),
                ColumnDef.of("Amount", SqlType.of("numeric(10,3)")).withDefault("0.5").withComment("it's"),
                ColumnDef.of("Status", SqlType.of("\"Billing\".\"Bill Status\"")).withNullable(false)))
                .withPrimaryKey(new io.migrata.schema.PrimaryKeyDef("Entries_pkey", java.util.List.of("id")))
                .withComment("ledger entries");
        assertAppliesExactly(db, new CreateSchema("New \"Ledger\""), new CreateTable(table));
    }

    @Test
    void renamesTablesWithNamesThatNeedQuotes(TestDatabase db) throws SQLException {
        billing(db);
        withoutExpressionsNamingBills(db);
        assertAppliesExactly(db, new RenameTable(BILLS, "bills 2024"), new RenameTable(SELECT, "Order"));
    }

    @Test
    void addsAndDropsColumnsOfEveryKind(TestDatabase db) throws SQLException {
        billing(db);
        SqlType bigint = SqlType.of("bigint");
        assertAppliesExactly(db,
                new AddColumn(SELECT, ColumnDef.of("user", SqlType.of("character varying(20)"))
                        .withDefault("'x''y'::character varying").withNullable(false).withComment("a \\ b")),
                new AddColumn(SELECT, ColumnDef.of("Id", bigint).withNullable(false)
                        .withIdentity(new IdentityDef(IdentityDef.Generation.ALWAYS,
                                new SequenceOptions(7, -1, -100, 7, 3, true)))),
                new AddColumn(SELECT, ColumnDef.of("twice", SqlType.of("integer")).withGenerated("(\"from\" * 2)")),
                new AddColumn(SELECT, ColumnDef.of("with space", SqlType.of("text")).withCollation("\"C\"")),
                new AddColumn(SELECT, ColumnDef.of("labels", SqlType.of("\"Billing\".\"Bill Status\"[]"))
                        .withDefault("'{draft}'::\"Billing\".\"Bill Status\"[]")));
    }

    @Test
    void dropsColumnsWithDefaultsIdentityAndGeneration(TestDatabase db) throws SQLException {
        SchemaModel model = billing(db);
        db.execute("DROP MATERIALIZED VIEW \"Billing\".totals; DROP VIEW \"Billing\".\"Open Bills\"");
        model = Databases.read(db);
        TableDef bills = table(model, BILLS);
        assertAppliesExactly(db, new DropColumn(BILLS, bills.column("doubled").orElseThrow()));
        assertAppliesExactly(db, new DropColumn(SELECT, table(model, SELECT).column("Where").orElseThrow()));
    }

    @Test
    void renamesColumnsThatKeysAndIndexesUse(TestDatabase db) throws SQLException {
        billing(db);
        // PostgreSQL rewrites views and expression indexes for a rename; the model keeps their text.
        withoutExpressionsNamingBills(db);
        assertAppliesExactly(db,
                new RenameColumn(BILLS, "user", "User \"Name\""),
                new RenameColumn(BILLS, "order", "select"),
                new RenameColumn(SELECT, "from", "From"));
    }

    private static void withoutExpressionsNamingBills(TestDatabase db) throws SQLException {
        db.execute("DROP VIEW \"Billing\".\"Open Bills\"; DROP MATERIALIZED VIEW \"Billing\".totals;"
                + " DROP INDEX \"Billing\".\"Bills lower user\"");
    }
}
