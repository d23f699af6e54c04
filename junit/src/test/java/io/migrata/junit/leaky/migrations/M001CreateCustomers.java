package io.migrata.junit.leaky.migrations;

import static io.migrata.schema.migration.Schema.column;
import static io.migrata.schema.migration.Schema.primaryKey;
import static io.migrata.schema.migration.Types.bigint;
import static io.migrata.schema.migration.Types.varchar;

import io.migrata.schema.migration.Migration;
import io.migrata.schema.migration.Operations;
import io.migrata.schema.migration.Revision;

@Revision(id = "001_create_customers", message = "create customers", created = "2026-12-01T09:00:00Z")
public final class M001CreateCustomers implements Migration {
    @Override
    public void upgrade(Operations op) {
        op.createTable("customers",
                column("id", bigint()).identity(),
                column("name", varchar(100)).notNull(),
                primaryKey("id"));
    }

    @Override
    public void downgrade(Operations op) {
        op.dropTable("customers");
    }
}
