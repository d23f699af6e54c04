package migrations;

import static io.migrata.schema.migration.Schema.column;
import static io.migrata.schema.migration.Schema.primaryKey;
import static io.migrata.schema.migration.Types.bigint;
import static io.migrata.schema.migration.Types.varchar;

import io.migrata.schema.migration.Migration;
import io.migrata.schema.migration.Operations;
import io.migrata.schema.migration.Revision;

@Revision(id = "001_customers", message = "customers", created = "2026-01-01T10:00:00Z")
public final class M20260101_001_Customers implements Migration {
    @Override
    public void upgrade(Operations op) {
        op.createTable("customers",
                column("id", bigint()).identity(),
                column("displayname", varchar(100)),
                column("email", varchar(200)).notNull().unique(),
                primaryKey("id"));
    }

    @Override
    public void downgrade(Operations op) {
        op.dropTable("customers");
    }
}
