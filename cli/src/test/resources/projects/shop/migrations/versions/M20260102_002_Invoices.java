package migrations;

import static io.migrata.schema.migration.Schema.column;
import static io.migrata.schema.migration.Schema.constraint;
import static io.migrata.schema.migration.Schema.primaryKey;
import static io.migrata.schema.migration.Types.bigint;
import static io.migrata.schema.migration.Types.numeric;
import static io.migrata.schema.migration.Types.varchar;

import io.migrata.schema.migration.Migration;
import io.migrata.schema.migration.Operations;
import io.migrata.schema.migration.Revision;

@Revision(id = "002_invoices", parents = "001_customers", message = "invoices", created = "2026-01-02T10:00:00Z")
public final class M20260102_002_Invoices implements Migration {
    @Override
    public void upgrade(Operations op) {
        op.createTable("invoices",
                column("id", bigint()).identity(),
                column("amount", numeric(12, 2)).notNull(),
                column("currency", varchar(3)).notNull(),
                column("customer_id", bigint()).notNull(),
                primaryKey("id"),
                constraint("fk_invoices_customer").foreignKey("customer_id").references("customers", "id"));
    }

    @Override
    public void downgrade(Operations op) {
        op.dropTable("invoices");
    }
}
