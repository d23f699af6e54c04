package io.migrata.runner.sql;

import static io.migrata.runner.sql.OpCheck.assertAppliesExactly;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.migrata.schema.CheckDef;
import io.migrata.schema.Deferrability;
import io.migrata.schema.ForeignKeyDef;
import io.migrata.schema.PrimaryKeyDef;
import io.migrata.schema.QualifiedName;
import io.migrata.schema.SchemaModel;
import io.migrata.schema.TableDef;
import io.migrata.schema.UniqueDef;
import io.migrata.schema.op.AddCheckConstraint;
import io.migrata.schema.op.AddForeignKey;
import io.migrata.schema.op.AddPrimaryKey;
import io.migrata.schema.op.AddUniqueConstraint;
import io.migrata.schema.op.DropConstraint;
import io.migrata.testing.PostgresExtension;
import io.migrata.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.sql.SQLException;
import java.util.List;

@ExtendWith(PostgresExtension.class)
class ConstraintOpsSqlTest {

    private static final QualifiedName BILLS = QualifiedName.of("Billing", "Bills");
    private static final QualifiedName ACCOUNTS = QualifiedName.of("Billing", "accounts");
    private static final QualifiedName SELECT = QualifiedName.of("public", "select");

    private static SchemaModel billing(TestDatabase db) throws SQLException {
        return Databases.load(db, Databases.resource("/fixtures/billing.sql"));
    }

    @Test
    void dropsAndAddsBackEveryConstraintOfATable(TestDatabase db) throws SQLException {
        TableDef bills = billing(db).table(BILLS).orElseThrow();
        // The self-referencing foreign key needs the primary key: it goes first and comes back last.
        ForeignKeyDef parent = bills.foreignKeys().stream().filter(fk -> fk.name().equals("Bills parent")).findFirst()
                .orElseThrow();
        assertAppliesExactly(db,
                new DropConstraint(BILLS, parent),
                new DropConstraint(BILLS, bills.primaryKey()),
                new DropConstraint(BILLS, bills.uniques().get(0)),
                new DropConstraint(BILLS, bills.checks().get(0)),
                new DropConstraint(BILLS, bills.foreignKeys().stream().filter(fk -> fk != parent).findFirst().orElseThrow()));
    }

    @Test
    void addsKeysAndConstraintsWithQuotedNames(TestDatabase db) throws SQLException {
        billing(db);
        assertAppliesExactly(db,
                new AddPrimaryKey(SELECT, new PrimaryKeyDef("select \"pk\"", List.of("from"))),
                new AddUniqueConstraint(SELECT, new UniqueDef("Where Unique", List.of("Where", "from"), true,
                        Deferrability.DEFERRABLE_INITIALLY_IMMEDIATE)),
                new AddCheckConstraint(SELECT, new CheckDef("from positive", "(\"from\" > 0)")),
                new AddForeignKey(SELECT, new ForeignKeyDef("select account", List.of("from"), ACCOUNTS, List.of("id"),
                        ForeignKeyDef.Action.SET_NULL, ForeignKeyDef.Action.CASCADE, true,
                        Deferrability.DEFERRABLE_INITIALLY_DEFERRED)));
    }

    @Test
    void addsForeignKeysAndChecksNotValidThenValidatesThemOnTheirOwn(TestDatabase db) throws SQLException {
        billing(db);
        db.execute("INSERT INTO public.\"select\" VALUES (1, 'a')");
        db.execute("INSERT INTO \"Billing\".accounts VALUES (1, 'x')");
        CheckDef check = new CheckDef("from positive", "(\"from\" > 0)");
        ForeignKeyDef fk = ForeignKeyDef.of("select account", List.of("from"), ACCOUNTS, List.of("id"));
        PostgresSqlRenderer online = new PostgresSqlRenderer(RenderOptions.defaults().withNotValidForeignKeysAndChecks(true));
        List<Statement> statements = online.render(List.of(new AddCheckConstraint(SELECT, check), new AddForeignKey(SELECT, fk)));
        assertEquals(List.of(
                "ALTER TABLE public.\"select\" ADD CONSTRAINT \"from positive\" CHECK ((\"from\" > 0)) NOT VALID",
                "ALTER TABLE public.\"select\" VALIDATE CONSTRAINT \"from positive\"",
                "ALTER TABLE public.\"select\" ADD CONSTRAINT \"select account\" FOREIGN KEY (\"from\")"
                        + " REFERENCES \"Billing\".accounts (id) NOT VALID",
                "ALTER TABLE public.\"select\" VALIDATE CONSTRAINT \"select account\""),
                statements.stream().map(Statement::sql).toList());
        assertEquals(List.of(true, false, true, false), statements.stream().map(Statement::transactional).toList());
        assertAppliesExactly(db, online, new AddCheckConstraint(SELECT, check), new AddForeignKey(SELECT, fk));
    }
}
