package io.migrata.schema.migration;

import io.migrata.schema.QualifiedName;
import io.migrata.schema.SchemaModel;
import io.migrata.schema.op.OpApplier;
import io.migrata.schema.op.SchemaOp;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static io.migrata.schema.migration.Schema.*;
import static io.migrata.schema.migration.Types.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The "Common Operations" of the migration guide Migrata grew from, written as migrations: each
 * hand-written downgrade, run against the schema its upgrade left, undoes it exactly.
 */
class SeedExamplesTest {

    @Revision(id = "001_initial_schema", message = "initial schema", created = "2026-02-19T09:00:00Z")
    static final class InitialSchema implements Migration {
        @Override
        public void upgrade(Operations op) {
            op.createTable("users",
                    column("id", bigint()).identity(),
                    column("email", varchar(255)).notNull().unique(),
                    column("old_field", varchar(50)),
                    primaryKey("id"));
            op.createTable("orders",
                    column("id", bigint()).identity(),
                    column("user_id", bigint()).notNull(),
                    primaryKey("id"));
        }

        @Override
        public void downgrade(Operations op) {
            op.dropTable("orders");
            op.dropTable("users");
        }
    }

    @Revision(id = "002_common_operations", parents = "001_initial_schema", message = "common operations")
    static final class CommonOperations implements Migration {
        @Override
        public void upgrade(Operations op) {
            op.addColumn("users", column("phone", varchar(20)));
            op.dropColumn("users", "old_field");
            op.createTable("new_table",
                    column("id", integer()).primaryKey(),
                    column("name", varchar(100)).notNull());
            op.createIndex("users", index("idx_users_email").on("email"));
            op.createForeignKey("orders",
                    constraint("fk_orders_user_id").foreignKey("user_id").references("users", "id").onDelete(CASCADE));
        }

        @Override
        public void downgrade(Operations op) {
            op.dropConstraint("orders", "fk_orders_user_id");
            op.dropIndex("users", "idx_users_email");
            op.dropTable("new_table");
            op.addColumn("users", column("old_field", varchar(50)));
            op.dropColumn("users", "phone");
        }
    }

    @Test
    void handWrittenDowngradesUndoTheirUpgrades() {
        SchemaModel empty = SchemaModel.empty().withSchemas(List.of("public"));
        SchemaModel initial = assertUndone(new InitialSchema(), empty);
        SchemaModel common = assertUndone(new CommonOperations(), initial);
        assertEquals(3, common.tables().size());
        assertEquals(1, common.table(QualifiedName.of("public", "orders")).orElseThrow().foreignKeys().size());
    }

    /** The model after the migration's upgrade, having checked that its downgrade leads back to {@code before}. */
    private static SchemaModel assertUndone(Migration migration, SchemaModel before) {
        Operations up = new Operations("public", before);
        migration.upgrade(up);
        SchemaModel after = OpApplier.apply(before, up.recorded());
        Operations down = new Operations("public", after);
        migration.downgrade(down);
        assertEquals(before, OpApplier.apply(after, down.recorded()));
        List<SchemaOp> inverted = new ArrayList<>(up.recorded().stream().map(SchemaOp::inverse).toList());
        Collections.reverse(inverted);
        assertEquals(before, OpApplier.apply(after, inverted));
        return after;
    }
}
