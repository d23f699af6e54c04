package io.migrata.junit.leaky.migrations;

import static io.migrata.schema.migration.Schema.column;
import static io.migrata.schema.migration.Types.varchar;

import io.migrata.schema.migration.Migration;
import io.migrata.schema.migration.Operations;
import io.migrata.schema.migration.Revision;

/** A revision whose downgrade forgets what its upgrade added, for the failing verify. */
@Revision(id = "002_add_customer_phone", parents = "001_create_customers", message = "add customer phone",
        created = "2026-12-01T09:05:00Z")
public final class M002AddCustomerPhone implements Migration {
    @Override
    public void upgrade(Operations op) {
        op.addColumn("customers", column("phone", varchar(20)));
    }

    @Override
    public void downgrade(Operations op) {
        op.execute("SELECT 1");
    }
}
