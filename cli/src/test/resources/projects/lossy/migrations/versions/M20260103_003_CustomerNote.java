package migrations;

import static io.migrata.schema.migration.Schema.column;
import static io.migrata.schema.migration.Types.text;

import io.migrata.schema.migration.Migration;
import io.migrata.schema.migration.Operations;
import io.migrata.schema.migration.Revision;

/** A revision whose downgrade forgets to undo the upgrade: verify must name it. */
@Revision(id = "003_customer_note", parents = "002_invoices", message = "customer note", created = "2026-01-03T10:00:00Z")
public final class M20260103_003_CustomerNote implements Migration {
    @Override
    public void upgrade(Operations op) {
        op.addColumn("customers", column("note", text()));
    }

    @Override
    public void downgrade(Operations op) {
        op.execute("SELECT 1");
    }
}
