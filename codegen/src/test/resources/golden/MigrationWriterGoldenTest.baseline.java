package migrations;

import static io.migrata.schema.migration.Schema.SET_NULL;
import static io.migrata.schema.migration.Schema.column;
import static io.migrata.schema.migration.Schema.constraint;
import static io.migrata.schema.migration.Schema.expression;
import static io.migrata.schema.migration.Schema.foreignKey;
import static io.migrata.schema.migration.Schema.index;
import static io.migrata.schema.migration.Schema.primaryKey;
import static io.migrata.schema.migration.Schema.tableComment;
import static io.migrata.schema.migration.Types.arrayOf;
import static io.migrata.schema.migration.Types.bigint;
import static io.migrata.schema.migration.Types.text;
import static io.migrata.schema.migration.Types.timestamptz;
import static io.migrata.schema.migration.Types.type;
import static io.migrata.schema.migration.Types.varchar;

import io.migrata.schema.migration.Migration;
import io.migrata.schema.migration.Operations;
import io.migrata.schema.migration.Revision;

/**
 * Baseline.
 *
 * <p>Revision {@code 001_baseline}, the baseline: the database as it was when Migrata took over,
 * created 2026-02-20T10:15:00Z.
 */
@Revision(
        id = "001_baseline",
        message = "baseline",
        created = "2026-02-20T10:15:00Z",
        baseline = true
)
public final class M20260220_001_Baseline implements Migration {
    @Override
    public void upgrade(Operations op) {
        op.createTable("users",
                column("id", bigint()).identity(),
                column("email", varchar(320)).notNull().unique(),
                column("full_name", varchar(200)).collate("\"C\"").notNull()
                        .comment("Name as the user writes it: \"Zoë\", 'O''Brien', C:\\Users"),
                column("role", varchar(20)).notNull().defaultTo("'CUSTOMER'::character varying"),
                column("created_at", timestamptz(6)).notNull().defaultTo("now()"),
                column("tags", arrayOf(text())),
                column("status", type("public.bill_status")),
                column("search", type("tsvector")).generatedAs("to_tsvector('simple'::regconfig, (email)::text)"),
                column("Manager Id", bigint()),
                primaryKey("id"),
                constraint("uq_users_name_role").unique("full_name", "role").nullsNotDistinct().deferrable()
                        .initiallyDeferred(),
                constraint("ck_users_role").check("((role)::text = ANY ((ARRAY['CUSTOMER'::character varying, "
                        + "'ADMIN'::character varying, 'AUDITOR'::character varying])::text[]))"),
                foreignKey("Manager Id").references("users", "id").onDelete(SET_NULL),
                index("idx_users_lower_email").on(expression("lower((email)::text)")).unique(),
                index("idx_users_tags").on("tags").using("gin"),
                tableComment("People who sign in"));
    }

    @Override
    public void downgrade(Operations op) {
        // DESTRUCTIVE: drop table public.users; what it removes does not come back
        op.dropTable("users",
                column("id", bigint()).identity(),
                column("email", varchar(320)).notNull().unique(),
                column("full_name", varchar(200)).collate("\"C\"").notNull()
                        .comment("Name as the user writes it: \"Zoë\", 'O''Brien', C:\\Users"),
                column("role", varchar(20)).notNull().defaultTo("'CUSTOMER'::character varying"),
                column("created_at", timestamptz(6)).notNull().defaultTo("now()"),
                column("tags", arrayOf(text())),
                column("status", type("public.bill_status")),
                column("search", type("tsvector")).generatedAs("to_tsvector('simple'::regconfig, (email)::text)"),
                column("Manager Id", bigint()),
                primaryKey("id"),
                constraint("uq_users_name_role").unique("full_name", "role").nullsNotDistinct().deferrable()
                        .initiallyDeferred(),
                constraint("ck_users_role").check("((role)::text = ANY ((ARRAY['CUSTOMER'::character varying, "
                        + "'ADMIN'::character varying, 'AUDITOR'::character varying])::text[]))"),
                foreignKey("Manager Id").references("users", "id").onDelete(SET_NULL),
                index("idx_users_lower_email").on(expression("lower((email)::text)")).unique(),
                index("idx_users_tags").on("tags").using("gin"),
                tableComment("People who sign in"));
    }
}
