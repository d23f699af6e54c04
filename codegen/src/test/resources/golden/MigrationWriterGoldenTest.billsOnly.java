package migrations;

import static io.migrata.schema.migration.Schema.CASCADE;
import static io.migrata.schema.migration.Schema.RESTRICT;
import static io.migrata.schema.migration.Schema.ROW_SECURITY_FORCED;
import static io.migrata.schema.migration.Schema.ROW_SECURITY_OFF;
import static io.migrata.schema.migration.Schema.byKey;
import static io.migrata.schema.migration.Schema.column;
import static io.migrata.schema.migration.Schema.constraint;
import static io.migrata.schema.migration.Schema.dropDefault;
import static io.migrata.schema.migration.Schema.dropExpression;
import static io.migrata.schema.migration.Schema.dropIdentity;
import static io.migrata.schema.migration.Schema.dropNotNull;
import static io.migrata.schema.migration.Schema.expression;
import static io.migrata.schema.migration.Schema.foreignKey;
import static io.migrata.schema.migration.Schema.generatedAlways;
import static io.migrata.schema.migration.Schema.index;
import static io.migrata.schema.migration.Schema.key;
import static io.migrata.schema.migration.Schema.policy;
import static io.migrata.schema.migration.Schema.primaryKey;
import static io.migrata.schema.migration.Schema.privilege;
import static io.migrata.schema.migration.Schema.resetCollation;
import static io.migrata.schema.migration.Schema.setCollation;
import static io.migrata.schema.migration.Schema.setDefault;
import static io.migrata.schema.migration.Schema.setExpression;
import static io.migrata.schema.migration.Schema.setIdentity;
import static io.migrata.schema.migration.Schema.setNotNull;
import static io.migrata.schema.migration.Schema.setType;
import static io.migrata.schema.migration.Schema.trigger;
import static io.migrata.schema.migration.Schema.unique;
import static io.migrata.schema.migration.Types.integer;
import static io.migrata.schema.migration.Types.numeric;
import static io.migrata.schema.migration.Types.text;
import static io.migrata.schema.migration.Types.varchar;

import io.migrata.schema.migration.Migration;
import io.migrata.schema.migration.Operations;
import io.migrata.schema.migration.Revision;

/**
 * Bills.
 *
 * <p>Revision {@code 001_bills}, the first revision, created 2026-02-19T09:30:15Z.
 */
@Revision(
        id = "001_bills",
        message = "bills",
        created = "2026-02-19T09:30:15Z"
)
public final class M20260219_001_Bills implements Migration {
    @Override
    public void upgrade(Operations op) {
        op.addColumn("bills", column("total", numeric()).generatedAs("amount * 2"));

        op.alterColumn("bills",
                column("amount", integer()).notNull().defaultTo("0"),
                setType(numeric(12, 2)).using("amount / 100.0").reverseUsing("(amount * 100)::integer"),
                dropNotNull(),
                setDefault("0.00"));

        op.alterColumn("bills",
                column("counter", integer()),
                setIdentity(generatedAlways().increment(10).minValue(1000).maxValue(2000000).cache(20).cycle()));

        // DESTRUCTIVE: alter column public.bills.counter: identity ALWAYS -> none; what it removes does not come back
        op.alterColumn("bills",
                column("counter", integer())
                        .identity(generatedAlways().increment(10).minValue(1000).maxValue(2000000).cache(20).cycle()),
                dropIdentity());

        op.alterColumn("bills", column("total", numeric()).generatedAs("amount * 2"), dropExpression());

        // DESTRUCTIVE: alter column public.bills.code: type text -> character varying(10), collation "C" -> none; what
        //     it removes does not come back
        op.alterColumn("bills", column("code", text()).collate("\"C\""), setType(varchar(10)), resetCollation());

        op.alterColumn("bills", column("counter", integer()), setDefault("nextval('billing.invoice_no'::regclass)"));
        op.createPrimaryKey("bills", primaryKey("id"));
        op.createUniqueConstraint("bills", unique("number"));

        op.createUniqueConstraint("bills",
                constraint("uq_bills_period").unique("user_id", "period_start").nullsNotDistinct().deferrable());

        op.createCheckConstraint("bills",
                constraint("ck_bills_status").check("((status)::text = ANY ((ARRAY['PENDING'::character varying, "
                        + "'PAID'::character varying, 'OVERDUE'::character varying, "
                        + "'CANCELLED'::character varying])::text[]))"));

        op.createForeignKey("bills",
                constraint("fk_bills_user_id").foreignKey("user_id").references("users", "id").onDelete(CASCADE)
                        .onUpdate(RESTRICT).matchFull().deferrable());

        op.createForeignKey("billing.invoices", foreignKey("bill_id").references("bills", "id"));
        op.createCheckConstraintNotValid("bills", constraint("ck_bills_amount").check("amount >= 0"));
        op.validateConstraint("bills", "ck_bills_amount");

        op.createForeignKeyNotValid("bills",
                constraint("fk_bills_payer").foreignKey("payer_id").references("users", "id"));

        op.validateConstraint("bills", "fk_bills_payer");

        op.backfill("bills",
                "payer_id",
                "UPDATE bills SET payer_id = user_id WHERE id IN (SELECT id FROM bills WHERE payer_id IS "
                        + "NULL LIMIT 5000)");

        op.backfill("bills",
                "amount_cents",
                byKey("user_id", "period_start").set("amount * 100")
                        .where("amount_cents IS DISTINCT FROM amount * 100"));

        op.createIndex("bills",
                index("idx_bills_unpaid_due_date")
                        .on(key("due_date").desc(), key("user_id").nullsFirst().opclass("int8_ops"),
                                expression("lower(note)").collate("\"C\""))
                        .unique().nullsNotDistinct().include("amount").where("((status)::text <> 'PAID'::text)"));

        op.createIndex("bills", index("idx_bills_user_status").on("user_id", "status").concurrently());
        op.renameIndex("bills", "idx_bills_user_status", "idx_bills_user_state");
        op.createIndex("bills", index("bills_reference_key_new").on("reference").unique().concurrently());
        op.takeOverIndex("bills", "bills_reference_key_new", unique("reference"));
        op.dropConstraint("bills", constraint("ck_bills_old").check("amount > 0"));
        op.dropConstraint("bills", constraint("bills_old_pkey").primaryKey("id", "version"));

        op.createTrigger(
                trigger("bills", "bills_touch", "CREATE TRIGGER bills_touch BEFORE UPDATE ON public.bills FOR EACH ROW "
                        + "EXECUTE FUNCTION public.touch()"));

        op.createTrigger(
                trigger("bills", "bills_stamp", "CREATE TRIGGER bills_stamp BEFORE INSERT ON public.bills FOR EACH ROW "
                        + "EXECUTE FUNCTION public.touch()").comment("Stamps"));

        op.changeRowSecurity("bills", ROW_SECURITY_OFF, ROW_SECURITY_FORCED);

        op.createPolicy(
                policy("bills", "own_bills").command("SELECT").restrictive().roles("app", "auditor")
                        .using("(owner = CURRENT_USER)").withCheck("(amount > 0)"));

        op.grant(privilege("SELECT").onTable("bills").to("reporting").withGrantOption());
    }

    @Override
    public void downgrade(Operations op) {
        op.revoke(privilege("SELECT").onTable("bills").to("reporting").withGrantOption());

        op.dropPolicy(
                policy("bills", "own_bills").command("SELECT").restrictive().roles("app", "auditor")
                        .using("(owner = CURRENT_USER)").withCheck("(amount > 0)"));

        op.changeRowSecurity("bills", ROW_SECURITY_FORCED, ROW_SECURITY_OFF);

        op.dropTrigger(
                trigger("bills", "bills_stamp", "CREATE TRIGGER bills_stamp BEFORE INSERT ON public.bills FOR EACH ROW "
                        + "EXECUTE FUNCTION public.touch()").comment("Stamps"));

        op.dropTrigger(
                trigger("bills", "bills_touch", "CREATE TRIGGER bills_touch BEFORE UPDATE ON public.bills FOR EACH ROW "
                        + "EXECUTE FUNCTION public.touch()"));

        op.createPrimaryKey("bills", constraint("bills_old_pkey").primaryKey("id", "version"));
        op.createCheckConstraint("bills", constraint("ck_bills_old").check("amount > 0"));
        op.dropConstraintKeepingIndex("bills", unique("reference"), "bills_reference_key_new");
        op.dropIndex("bills", index("bills_reference_key_new").on("reference").unique().concurrently());
        op.renameIndex("bills", "idx_bills_user_state", "idx_bills_user_status");
        op.dropIndex("bills", index("idx_bills_user_status").on("user_id", "status").concurrently());

        op.dropIndex("bills",
                index("idx_bills_unpaid_due_date")
                        .on(key("due_date").desc(), key("user_id").nullsFirst().opclass("int8_ops"),
                                expression("lower(note)").collate("\"C\""))
                        .unique().nullsNotDistinct().include("amount").where("((status)::text <> 'PAID'::text)"));

        // the values backfilled into public.bills.amount_cents stay
        // the values backfilled into public.bills.payer_id stay
        op.validateConstraint("bills", "fk_bills_payer");
        op.dropConstraint("bills", constraint("fk_bills_payer").foreignKey("payer_id").references("users", "id"));
        op.validateConstraint("bills", "ck_bills_amount");
        op.dropConstraint("bills", constraint("ck_bills_amount").check("amount >= 0"));
        op.dropConstraint("billing.invoices", foreignKey("bill_id").references("bills", "id"));

        op.dropConstraint("bills",
                constraint("fk_bills_user_id").foreignKey("user_id").references("users", "id").onDelete(CASCADE)
                        .onUpdate(RESTRICT).matchFull().deferrable());

        op.dropConstraint("bills",
                constraint("ck_bills_status").check("((status)::text = ANY ((ARRAY['PENDING'::character varying, "
                        + "'PAID'::character varying, 'OVERDUE'::character varying, "
                        + "'CANCELLED'::character varying])::text[]))"));

        op.dropConstraint("bills",
                constraint("uq_bills_period").unique("user_id", "period_start").nullsNotDistinct().deferrable());

        op.dropConstraint("bills", unique("number"));
        op.dropConstraint("bills", primaryKey("id"));

        op.alterColumn("bills",
                column("counter", integer()).defaultTo("nextval('billing.invoice_no'::regclass)"),
                dropDefault());

        op.alterColumn("bills", column("code", varchar(10)), setType(text()), setCollation("\"C\""));
        op.alterColumn("bills", column("total", numeric()), setExpression("amount * 2"));

        op.alterColumn("bills",
                column("counter", integer()).notNull(),
                setIdentity(generatedAlways().increment(10).minValue(1000).maxValue(2000000).cache(20).cycle()));

        // DESTRUCTIVE: alter column public.bills.counter: NOT NULL -> NULL, identity ALWAYS -> none; what it removes
        //     does not come back
        op.alterColumn("bills",
                column("counter", integer())
                        .identity(generatedAlways().increment(10).minValue(1000).maxValue(2000000).cache(20).cycle()),
                dropNotNull(),
                dropIdentity());

        // DESTRUCTIVE: alter column public.bills.amount: type numeric(12,2) -> integer using (amount * 100)::integer,
        //     NULL -> NOT NULL, default 0.00 -> 0; what it removes does not come back
        op.alterColumn("bills",
                column("amount", numeric(12, 2)).defaultTo("0.00"),
                setType(integer()).using("(amount * 100)::integer").reverseUsing("amount / 100.0"),
                setNotNull(),
                setDefault("0"));

        // DESTRUCTIVE: drop column public.bills.total; what it removes does not come back
        op.dropColumn("bills", column("total", numeric()).generatedAs("amount * 2"));
    }

    /**
     * Not in one transaction: CREATE INDEX CONCURRENTLY cannot run inside one.
     */
    @Override
    public boolean transactional() {
        return false;
    }
}
