package io.migrata.runner.sql;

import static io.migrata.runner.sql.OpCheck.assertAppliesExactly;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.migrata.schema.QualifiedName;
import io.migrata.schema.SchemaModel;
import io.migrata.schema.ViewDef;
import io.migrata.schema.op.CreateView;
import io.migrata.schema.op.DropView;
import io.migrata.schema.op.OpApplier;
import io.migrata.schema.op.ReplaceView;
import io.migrata.testing.PostgresExtension;
import io.migrata.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.sql.SQLException;
import java.util.List;

@ExtendWith(PostgresExtension.class)
class ViewOpsSqlTest {

    private static final QualifiedName OPEN_BILLS = QualifiedName.of("Billing", "Open Bills");
    private static final QualifiedName TOTALS = QualifiedName.of("Billing", "totals");

    private static SchemaModel billing(TestDatabase db) throws SQLException {
        return Databases.load(db, Databases.resource("/fixtures/billing.sql"));
    }

    /** What the server stores for a query: the spelling the introspector reads back. */
    private static String stored(TestDatabase db, String query) throws SQLException {
        db.execute("CREATE VIEW public.probe AS " + query);
        ViewDef probe = Databases.read(db).view(QualifiedName.of("public", "probe")).orElseThrow();
        db.execute("DROP VIEW public.probe");
        return probe.definition();
    }

    @Test
    void dropsAndCreatesViewsAndMaterializedViewsWithComments(TestDatabase db) throws SQLException {
        SchemaModel model = billing(db);
        assertAppliesExactly(db, new DropView(model.view(OPEN_BILLS).orElseThrow()),
                new DropView(model.view(TOTALS).orElseThrow()));
    }

    @Test
    void replacesAViewInPlaceWhenItOnlyAddsColumns(TestDatabase db) throws SQLException {
        ViewDef open = billing(db).view(OPEN_BILLS).orElseThrow();
        db.execute("CREATE VIEW public.on_top AS SELECT \"order\" FROM \"Billing\".\"Open Bills\"");
        String wider = stored(db, "SELECT \"order\", \"user\", amount, note FROM \"Billing\".\"Bills\" WHERE status = 'draft'");
        // The dependent view survives only an in-place replacement: a drop would be refused. The way
        // back removes a column, which takes a drop, so it is not tried here.
        ReplaceView replace = new ReplaceView(open, new ViewDef(OPEN_BILLS, wider, false, open.comment()));
        SchemaModel before = Databases.read(db);
        Databases.apply(db, new PostgresSqlRenderer(), List.of(replace));
        ModelAssertions.assertModelEquals(OpApplier.apply(before, replace), Databases.read(db), "database after " + replace.describe());
    }

    @Test
    void dropsAndCreatesAViewWhoseColumnsChange(TestDatabase db) throws SQLException {
        ViewDef open = billing(db).view(OPEN_BILLS).orElseThrow();
        String other = stored(db, "SELECT note AS \"Note\", amount FROM \"Billing\".\"Bills\"");
        ReplaceView replace = new ReplaceView(open, new ViewDef(OPEN_BILLS, other, false, open.comment()));
        assertEquals(1, new PostgresSqlRenderer().render(replace).size());
        assertAppliesExactly(db, replace);
    }

    @Test
    void turnsAMaterializedViewIntoAPlainOneAndBack(TestDatabase db) throws SQLException {
        ViewDef totals = billing(db).view(TOTALS).orElseThrow();
        assertAppliesExactly(db, new ReplaceView(totals, new ViewDef(TOTALS, totals.definition(), false, totals.comment())));
    }

    @Test
    void createsAViewOverATableInAnotherSchema(TestDatabase db) throws SQLException {
        billing(db);
        String query = stored(db, "SELECT \"from\" AS \"select\" FROM public.\"select\"");
        assertAppliesExactly(db, new CreateView(new ViewDef(QualifiedName.of("Billing", "from \"select\""), query, true,
                "a materialized view")));
    }
}
