package migrations;

import static io.migrata.schema.migration.Schema.CASCADE;
import static io.migrata.schema.migration.Schema.RESTRICT;
import static io.migrata.schema.migration.Schema.ROW_SECURITY_FORCED;
import static io.migrata.schema.migration.Schema.ROW_SECURITY_OFF;
import static io.migrata.schema.migration.Schema.SET_NULL;
import static io.migrata.schema.migration.Schema.after;
import static io.migrata.schema.migration.Schema.aggregate;
import static io.migrata.schema.migration.Schema.atEnd;
import static io.migrata.schema.migration.Schema.before;
import static io.migrata.schema.migration.Schema.byKey;
import static io.migrata.schema.migration.Schema.column;
import static io.migrata.schema.migration.Schema.constraint;
import static io.migrata.schema.migration.Schema.domain;
import static io.migrata.schema.migration.Schema.dropDefault;
import static io.migrata.schema.migration.Schema.dropExpression;
import static io.migrata.schema.migration.Schema.dropIdentity;
import static io.migrata.schema.migration.Schema.dropNotNull;
import static io.migrata.schema.migration.Schema.enumType;
import static io.migrata.schema.migration.Schema.expression;
import static io.migrata.schema.migration.Schema.extension;
import static io.migrata.schema.migration.Schema.foreignKey;
import static io.migrata.schema.migration.Schema.function;
import static io.migrata.schema.migration.Schema.generatedAlways;
import static io.migrata.schema.migration.Schema.index;
import static io.migrata.schema.migration.Schema.key;
import static io.migrata.schema.migration.Schema.onColumn;
import static io.migrata.schema.migration.Schema.onDomain;
import static io.migrata.schema.migration.Schema.onFunction;
import static io.migrata.schema.migration.Schema.onMaterializedView;
import static io.migrata.schema.migration.Schema.onSequence;
import static io.migrata.schema.migration.Schema.onTable;
import static io.migrata.schema.migration.Schema.onTrigger;
import static io.migrata.schema.migration.Schema.onType;
import static io.migrata.schema.migration.Schema.onView;
import static io.migrata.schema.migration.Schema.partitionBy;
import static io.migrata.schema.migration.Schema.partitionOf;
import static io.migrata.schema.migration.Schema.policy;
import static io.migrata.schema.migration.Schema.primaryKey;
import static io.migrata.schema.migration.Schema.privilege;
import static io.migrata.schema.migration.Schema.resetCollation;
import static io.migrata.schema.migration.Schema.sequence;
import static io.migrata.schema.migration.Schema.setCollation;
import static io.migrata.schema.migration.Schema.setDefault;
import static io.migrata.schema.migration.Schema.setExpression;
import static io.migrata.schema.migration.Schema.setIdentity;
import static io.migrata.schema.migration.Schema.setNotNull;
import static io.migrata.schema.migration.Schema.setType;
import static io.migrata.schema.migration.Schema.tableComment;
import static io.migrata.schema.migration.Schema.trigger;
import static io.migrata.schema.migration.Schema.unique;
import static io.migrata.schema.migration.Schema.view;
import static io.migrata.schema.migration.Types.arrayOf;
import static io.migrata.schema.migration.Types.bigint;
import static io.migrata.schema.migration.Types.character;
import static io.migrata.schema.migration.Types.date;
import static io.migrata.schema.migration.Types.integer;
import static io.migrata.schema.migration.Types.numeric;
import static io.migrata.schema.migration.Types.smallint;
import static io.migrata.schema.migration.Types.text;
import static io.migrata.schema.migration.Types.timestamptz;
import static io.migrata.schema.migration.Types.type;
import static io.migrata.schema.migration.Types.uuid;
import static io.migrata.schema.migration.Types.varchar;

import io.migrata.schema.migration.Migration;
import io.migrata.schema.migration.Operations;
import io.migrata.schema.migration.Revision;

/**
 * Every operation, with "quotes" &amp; &lt;angles&gt; *&#47;.
 *
 * <p>Revision {@code 002_every_operation_with_quotes_angles}, after {@code 001_initial_schema},
 * created 2026-02-19T09:30:15Z.
 */
@Revision(
        id = "002_every_operation_with_quotes_angles",
        parents = "001_initial_schema",
        message = "Every operation, with \"quotes\" & <angles> */",
        created = "2026-02-19T09:30:15Z"
)
public final class M20260219_002_EveryOperationWithQuotesAngles implements Migration {
    @Override
    public void upgrade(Operations op) {
        // NOTE: view public.active_users is dropped and created again around the type change
        op.createSchema("billing");
        op.createEnum("bill_status", "PENDING", "PAID", "OVERDUE");
        op.createEnum(enumType("billing.mood").comment("Not decided yet"));
        op.addEnumValue("bill_status", "CANCELLED");
        op.addEnumValue("bill_status", "DISPUTED", after("OVERDUE"));
        op.addEnumValue("bill_status", "DRAFT", before("PENDING"));
        op.renameEnumValue("bill_status", "PAID", "SETTLED ✓");

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

        op.createTable(
                "Odd Schema.\"odd.table \"\"q\"\"\"",
                column("Ключ \"1\"", uuid()).notNull().defaultTo("gen_random_uuid()"),
                column("note", text()).defaultTo("E'tab\\there\\nnewline'::text"),
                constraint("odd_pk").primaryKey("Ключ \"1\""));

        op.createSequence(
                sequence("billing.invoice_no").as(integer()).start(1000).ownedBy("billing.invoices", "number")
                        .comment("Invoice numbers, one per bill"));

        op.createSequence(sequence("countdown").as(smallint()).increment(-1));
        op.createSequence(sequence("wide").minValue(Long.MIN_VALUE).maxValue(9223372036854775806L));

        op.alterSequence(
                sequence("billing.invoice_no").as(integer()).start(1000).ownedBy("billing.invoices", "number")
                        .comment("Invoice numbers, one per bill"),
                sequence("billing.invoice_no").increment(50).start(1000).cache(50)
                        .comment("Invoice numbers, one per bill"));

        op.addColumn("users", column("phone", varchar(20)).comment("Mobile, with country code"));
        op.addColumn("bills", column("total", numeric()).generatedAs("amount * 2"));

        // WARNING: TABLE_REWRITE: rewrites public.bills under an ACCESS EXCLUSIVE lock
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
        op.renameColumn("users", "phone", "mobile");
        op.renameTable("old_bills", "bills");
        op.createTable("readings", column("taken_on", date()).notNull(), partitionBy("RANGE (taken_on)"));

        op.createTable("readings_2024",
                partitionOf("readings", "FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')", "HASH (taken_on)"));

        op.attachPartition("readings", "readings_2025", "FOR VALUES FROM ('2025-01-01') TO ('2026-01-01')");
        op.detachPartition("readings", "readings_old", "DEFAULT");
        op.createPrimaryKey("billing.invoices", constraint("pk_invoices").primaryKey("id"));
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
        op.dropConstraintKeepingIndex("billing.invoices", primaryKey("id"), "invoices_pkey_new");
        op.dropIndex("users", index("idx_users_legacy").on("legacy").concurrently());
        op.dropIndex("Odd Schema.\"odd.table \"\"q\"\"\"", index("odd.index").on("note").unique());
        op.dropConstraint("bills", constraint("ck_bills_old").check("amount > 0"));

        op.dropConstraint("billing.invoices",
                constraint("fk_old").foreignKey("a", "b").references("Odd Schema.\"odd.table \"\"q\"\"\"", "x", "y"));

        op.dropConstraint("bills", constraint("bills_old_pkey").primaryKey("id", "version"));
        op.dropConstraint("users", unique("email"));
        op.changeComment(onTable("users"), "People", "People who sign in");

        op.changeComment(
                onColumn("Odd Schema.\"odd.table \"\"q\"\"\"", "note"),
                null,
                "Free text\n"
                        + "over two lines");

        op.changeComment(onMaterializedView("billing.daily_totals"), "Refreshed nightly", null);
        op.changeComment(onView("active_users"), null, "Admins");
        op.changeComment(onType("bill_status"), null, "Where a bill stands");
        op.changeComment(onSequence("billing.invoice_no"), "Invoice numbers, one per bill", "Invoice numbers");

        op.createView("active_users",
                " SELECT users.id,\n"
                        + "    users.email\n"
                        + "   FROM users\n"
                        + "  WHERE (users.role)::text = 'ADMIN'::text;");

        op.createView(
                view("billing.daily_totals", "SELECT date_trunc('day', created_at) AS day, sum(amount) AS total FROM "
                        + "bills GROUP BY 1").materialized().comment("Refreshed nightly"));

        op.createView(
                view("bill_totals", "SELECT user_id, sum(amount) AS total FROM bills GROUP BY 1").materialized()
                        .withNoData().index(index("bill_totals_user_id_idx").on("user_id").unique()));

        op.createIndex("billing.daily_totals", index("daily_totals_day_idx").on("day").unique());

        op.replaceView(
                view("active_users",
                        " SELECT users.id,\n"
                                + "    users.email\n"
                                + "   FROM users\n"
                                + "  WHERE (users.role)::text = 'ADMIN'::text;"),
                view("active_users", "SELECT id FROM users"));

        op.dropView(view("legacy_view", "SELECT 1").comment("Old"));
        op.createExtension(extension("pg_trgm").schema("billing"));
        op.alterExtension(extension("citext").version("1.6"), extension("citext").version("1.5"));

        op.alterExtension(
                extension("citext").version("1.6"),
                extension("citext").version("1.6").comment("Case-insensitive text"));

        op.createExtension(extension("hstore").comment(""));
        op.dropExtension(extension("citext").version("1.6"));

        op.createFunction(
                function("billing.add", "integer, integer",
                        "CREATE OR REPLACE FUNCTION billing.add(a integer, b integer)\n"
                                + " RETURNS integer\n"
                                + " LANGUAGE sql\n"
                                + "AS $function$SELECT a + b$function$\n"));

        op.replaceFunction(
                function("touch", "",
                        "CREATE OR REPLACE FUNCTION public.touch()\n"
                                + " RETURNS trigger\n"
                                + " LANGUAGE plpgsql\n"
                                + "AS $function$BEGIN RETURN NEW; END$function$\n"),
                function("touch", "",
                        "CREATE OR REPLACE FUNCTION public.touch()\n"
                                + " RETURNS trigger\n"
                                + " LANGUAGE plpgsql\n"
                                + "AS $function$BEGIN NULL; RETURN NEW; END$function$\n"));

        op.dropFunction(
                function("touch", "",
                        "CREATE OR REPLACE FUNCTION public.touch()\n"
                                + " RETURNS trigger\n"
                                + " LANGUAGE plpgsql\n"
                                + "AS $function$BEGIN RETURN NEW; END$function$\n"));

        op.createAggregate(
                aggregate("billing.total", "integer",
                        "CREATE AGGREGATE billing.total(integer) (\n"
                                + "    SFUNC = int4pl,\n"
                                + "    STYPE = integer\n"
                                + ")").comment("A sum"));

        op.changeComment(onFunction("touch", ""), null, "Stamps rows");

        op.dropAggregate(
                aggregate("row_count", "*",
                        "CREATE AGGREGATE public.row_count(*) (\n"
                                + "    SFUNC = int8inc,\n"
                                + "    STYPE = bigint,\n"
                                + "    INITCOND = '0'\n"
                                + ")"));

        op.createTrigger(
                trigger("bills", "bills_touch", "CREATE TRIGGER bills_touch BEFORE UPDATE ON public.bills FOR EACH ROW "
                        + "EXECUTE FUNCTION public.touch()"));

        op.dropTrigger(
                trigger("users", "users_touch", "CREATE TRIGGER users_touch BEFORE UPDATE ON public.users FOR EACH ROW "
                        + "EXECUTE FUNCTION public.touch()"));

        op.createTrigger(
                trigger("bills", "bills_stamp", "CREATE TRIGGER bills_stamp BEFORE INSERT ON public.bills FOR EACH ROW "
                        + "EXECUTE FUNCTION public.touch()").comment("Stamps"));

        op.changeComment(onTrigger("users", "users_touch"), "Old", null);

        op.createDomain(
                domain("billing.amount", numeric(12, 2)).defaultValue("0").notNull()
                        .check("amount_not_negative", "CHECK ((VALUE >= (0)::numeric))"));

        op.createDomain(domain("billing.code", text()).collate("\"C\"").comment("Short codes"));
        op.changeComment(onDomain("email"), null, "An address");

        op.alterDomain(
                domain("email", text()).check("email_has_at", "CHECK ((VALUE ~~ '%@%'::text))"),
                domain("email", text()).defaultValue("''::text").notNull());

        op.dropDomain(domain("email", text()).check("email_has_at", "CHECK ((VALUE ~~ '%@%'::text))"));
        op.changeSchemaComment("billing", null, "Invoices and payments");
        op.changeRowSecurity("bills", ROW_SECURITY_OFF, ROW_SECURITY_FORCED);

        op.createPolicy(
                policy("bills", "own_bills").command("SELECT").restrictive().roles("app", "auditor")
                        .using("(owner = CURRENT_USER)").withCheck("(amount > 0)"));

        op.dropPolicy(policy("users", "everyone"));
        op.grant(privilege("SELECT").onTable("bills").to("reporting").withGrantOption());
        op.grant(privilege("USAGE").onSchema("billing").to("PUBLIC"));
        op.revokeDefault(privilege("EXECUTE").onFunction("touch", "").to("PUBLIC"));
        op.grant(privilege("EXECUTE").onAggregate("billing.total", "integer").to("reporting"));
        op.revokeDefault(privilege("EXECUTE").onAggregate("billing.total", "integer").to("PUBLIC"));
        op.revoke(privilege("EXECUTE").onFunction("billing.add", "integer, integer").to("app"));
        op.revoke(privilege("USAGE").onSequence("billing.invoice_no").to("app"));

        op.execute(
                "UPDATE users SET role = 'CUSTOMER' WHERE role IS NULL AND created_at < now() - interval "
                        + "'30 days' AND email NOT LIKE '%@example.com' AND full_name !~ '\\s+$' /* backslash "
                        + "\\u000a stays text */",
                "UPDATE users SET role = NULL WHERE role = 'CUSTOMER'");

        op.execute("DELETE FROM audit_logs WHERE created_at < '2020-01-01'");
        op.outsideTransaction(tx -> tx.execute("VACUUM ANALYZE users"));

        op.outsideTransaction(
                tx -> tx.execute("CREATE INDEX CONCURRENTLY idx_x ON users (email)", "DROP INDEX CONCURRENTLY idx_x"));

        // WARNING: DATA_LOSS: drops column public.users.legacy and every value in it
        // WARNING: column public.users.legacy may have been renamed to mobile; if so, generate again with the rename
        //     hint users.legacy -> mobile, which keeps the data
        op.dropColumn("users", column("legacy", character(3)).notNull().defaultTo("'abc'::bpchar"));

        // DESTRUCTIVE: drop value 'DRAFT' from enum public.bill_status; what it removes does not come back
        op.dropEnumValue("bill_status", "DRAFT", before("PENDING"));

        // DESTRUCTIVE: drop value 'CANCELLED' from enum public.bill_status; what it removes does not come back
        op.dropEnumValue("bill_status", "CANCELLED", atEnd());

        // DESTRUCTIVE: drop sequence public.countdown; what it removes does not come back
        op.dropSequence(sequence("countdown").as(smallint()).increment(-1));

        // DESTRUCTIVE: drop table public.legacy; what it removes does not come back
        op.dropTable("legacy", column("id", integer()).notNull(), primaryKey("id"));

        op.dropEnum(enumType("legacy_kind", "A", "B").comment("Old kinds"));
        op.dropSchema("legacy");
    }

    @Override
    public void downgrade(Operations op) {
        op.createSchema("legacy");
        op.createEnum(enumType("legacy_kind", "A", "B").comment("Old kinds"));
        op.createTable("legacy", column("id", integer()).notNull(), primaryKey("id"));
        op.createSequence(sequence("countdown").as(smallint()).increment(-1));
        op.addEnumValue("bill_status", "CANCELLED");
        op.addEnumValue("bill_status", "DRAFT", before("PENDING"));
        op.addColumn("users", column("legacy", character(3)).notNull().defaultTo("'abc'::bpchar"));

        op.outsideTransaction(
                tx -> tx.execute("DROP INDEX CONCURRENTLY idx_x", "CREATE INDEX CONCURRENTLY idx_x ON users (email)"));

        // TODO: "execute sql: VACUUM ANALYZE users" has no reverse SQL: write what undoes it

        // TODO: "execute sql: DELETE FROM audit_logs WHERE created_at < '2020-01-01'" has no reverse SQL: write what
        //     undoes it

        op.execute(
                "UPDATE users SET role = NULL WHERE role = 'CUSTOMER'",
                "UPDATE users SET role = 'CUSTOMER' WHERE role IS NULL AND created_at < now() - interval "
                        + "'30 days' AND email NOT LIKE '%@example.com' AND full_name !~ '\\s+$' /* backslash "
                        + "\\u000a stays text */");

        op.grant(privilege("USAGE").onSequence("billing.invoice_no").to("app"));
        op.grant(privilege("EXECUTE").onFunction("billing.add", "integer, integer").to("app"));
        op.restoreDefault(privilege("EXECUTE").onAggregate("billing.total", "integer").to("PUBLIC"));
        op.revoke(privilege("EXECUTE").onAggregate("billing.total", "integer").to("reporting"));
        op.restoreDefault(privilege("EXECUTE").onFunction("touch", "").to("PUBLIC"));
        op.revoke(privilege("USAGE").onSchema("billing").to("PUBLIC"));
        op.revoke(privilege("SELECT").onTable("bills").to("reporting").withGrantOption());
        op.createPolicy(policy("users", "everyone"));

        op.dropPolicy(
                policy("bills", "own_bills").command("SELECT").restrictive().roles("app", "auditor")
                        .using("(owner = CURRENT_USER)").withCheck("(amount > 0)"));

        op.changeRowSecurity("bills", ROW_SECURITY_FORCED, ROW_SECURITY_OFF);
        op.changeSchemaComment("billing", "Invoices and payments", null);
        op.createDomain(domain("email", text()).check("email_has_at", "CHECK ((VALUE ~~ '%@%'::text))"));

        op.alterDomain(
                domain("email", text()).defaultValue("''::text").notNull(),
                domain("email", text()).check("email_has_at", "CHECK ((VALUE ~~ '%@%'::text))"));

        op.changeComment(onDomain("email"), "An address", null);
        op.dropDomain(domain("billing.code", text()).collate("\"C\"").comment("Short codes"));

        op.dropDomain(
                domain("billing.amount", numeric(12, 2)).defaultValue("0").notNull()
                        .check("amount_not_negative", "CHECK ((VALUE >= (0)::numeric))"));

        op.changeComment(onTrigger("users", "users_touch"), null, "Old");

        op.dropTrigger(
                trigger("bills", "bills_stamp", "CREATE TRIGGER bills_stamp BEFORE INSERT ON public.bills FOR EACH ROW "
                        + "EXECUTE FUNCTION public.touch()").comment("Stamps"));

        op.createTrigger(
                trigger("users", "users_touch", "CREATE TRIGGER users_touch BEFORE UPDATE ON public.users FOR EACH ROW "
                        + "EXECUTE FUNCTION public.touch()"));

        op.dropTrigger(
                trigger("bills", "bills_touch", "CREATE TRIGGER bills_touch BEFORE UPDATE ON public.bills FOR EACH ROW "
                        + "EXECUTE FUNCTION public.touch()"));

        op.createAggregate(
                aggregate("row_count", "*",
                        "CREATE AGGREGATE public.row_count(*) (\n"
                                + "    SFUNC = int8inc,\n"
                                + "    STYPE = bigint,\n"
                                + "    INITCOND = '0'\n"
                                + ")"));

        op.changeComment(onFunction("touch", ""), "Stamps rows", null);

        op.dropAggregate(
                aggregate("billing.total", "integer",
                        "CREATE AGGREGATE billing.total(integer) (\n"
                                + "    SFUNC = int4pl,\n"
                                + "    STYPE = integer\n"
                                + ")").comment("A sum"));

        op.createFunction(
                function("touch", "",
                        "CREATE OR REPLACE FUNCTION public.touch()\n"
                                + " RETURNS trigger\n"
                                + " LANGUAGE plpgsql\n"
                                + "AS $function$BEGIN RETURN NEW; END$function$\n"));

        op.replaceFunction(
                function("touch", "",
                        "CREATE OR REPLACE FUNCTION public.touch()\n"
                                + " RETURNS trigger\n"
                                + " LANGUAGE plpgsql\n"
                                + "AS $function$BEGIN NULL; RETURN NEW; END$function$\n"),
                function("touch", "",
                        "CREATE OR REPLACE FUNCTION public.touch()\n"
                                + " RETURNS trigger\n"
                                + " LANGUAGE plpgsql\n"
                                + "AS $function$BEGIN RETURN NEW; END$function$\n"));

        op.dropFunction(
                function("billing.add", "integer, integer",
                        "CREATE OR REPLACE FUNCTION billing.add(a integer, b integer)\n"
                                + " RETURNS integer\n"
                                + " LANGUAGE sql\n"
                                + "AS $function$SELECT a + b$function$\n"));

        op.createExtension(extension("citext").version("1.6"));
        op.dropExtension(extension("hstore").comment(""));

        op.alterExtension(
                extension("citext").version("1.6").comment("Case-insensitive text"),
                extension("citext").version("1.6"));

        op.alterExtension(extension("citext").version("1.5"), extension("citext").version("1.6"));
        op.dropExtension(extension("pg_trgm").schema("billing"));
        op.createView(view("legacy_view", "SELECT 1").comment("Old"));

        op.replaceView(
                view("active_users", "SELECT id FROM users"),
                view("active_users",
                        " SELECT users.id,\n"
                                + "    users.email\n"
                                + "   FROM users\n"
                                + "  WHERE (users.role)::text = 'ADMIN'::text;"));

        op.dropIndex("billing.daily_totals", index("daily_totals_day_idx").on("day").unique());

        op.dropView(
                view("bill_totals", "SELECT user_id, sum(amount) AS total FROM bills GROUP BY 1").materialized()
                        .withNoData().index(index("bill_totals_user_id_idx").on("user_id").unique()));

        op.dropView(
                view("billing.daily_totals", "SELECT date_trunc('day', created_at) AS day, sum(amount) AS total FROM "
                        + "bills GROUP BY 1").materialized().comment("Refreshed nightly"));

        op.dropView(
                view("active_users",
                        " SELECT users.id,\n"
                                + "    users.email\n"
                                + "   FROM users\n"
                                + "  WHERE (users.role)::text = 'ADMIN'::text;"));

        op.changeComment(onSequence("billing.invoice_no"), "Invoice numbers", "Invoice numbers, one per bill");
        op.changeComment(onType("bill_status"), "Where a bill stands", null);
        op.changeComment(onView("active_users"), "Admins", null);
        op.changeComment(onMaterializedView("billing.daily_totals"), null, "Refreshed nightly");

        op.changeComment(
                onColumn("Odd Schema.\"odd.table \"\"q\"\"\"", "note"),
                "Free text\n"
                        + "over two lines",
                null);

        op.changeComment(onTable("users"), "People who sign in", "People");
        op.createUniqueConstraint("users", unique("email"));
        op.createPrimaryKey("bills", constraint("bills_old_pkey").primaryKey("id", "version"));

        op.createForeignKey("billing.invoices",
                constraint("fk_old").foreignKey("a", "b").references("Odd Schema.\"odd.table \"\"q\"\"\"", "x", "y"));

        op.createCheckConstraint("bills", constraint("ck_bills_old").check("amount > 0"));
        op.createIndex("Odd Schema.\"odd.table \"\"q\"\"\"", index("odd.index").on("note").unique());
        op.createIndex("users", index("idx_users_legacy").on("legacy").concurrently());
        op.takeOverIndex("billing.invoices", "invoices_pkey_new", primaryKey("id"));
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
        op.dropConstraint("billing.invoices", constraint("pk_invoices").primaryKey("id"));
        op.attachPartition("readings", "readings_old", "DEFAULT");
        op.detachPartition("readings", "readings_2025", "FOR VALUES FROM ('2025-01-01') TO ('2026-01-01')");

        // DESTRUCTIVE: drop table public.readings_2024; what it removes does not come back
        op.dropTable("readings_2024",
                partitionOf("readings", "FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')", "HASH (taken_on)"));

        // DESTRUCTIVE: drop table public.readings; what it removes does not come back
        op.dropTable("readings", column("taken_on", date()).notNull(), partitionBy("RANGE (taken_on)"));

        op.renameTable("bills", "old_bills");
        op.renameColumn("users", "mobile", "phone");

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

        // WARNING: DATA_LOSS: numeric(12,2) to integer drops the cents
        op.alterColumn("bills",
                column("amount", numeric(12, 2)).defaultTo("0.00"),
                setType(integer()).using("(amount * 100)::integer").reverseUsing("amount / 100.0"),
                setNotNull(),
                setDefault("0"));

        // DESTRUCTIVE: drop column public.bills.total; what it removes does not come back
        op.dropColumn("bills", column("total", numeric()).generatedAs("amount * 2"));

        // DESTRUCTIVE: drop column public.users.phone; what it removes does not come back
        op.dropColumn("users", column("phone", varchar(20)).comment("Mobile, with country code"));

        op.alterSequence(
                sequence("billing.invoice_no").increment(50).start(1000).cache(50)
                        .comment("Invoice numbers, one per bill"),
                sequence("billing.invoice_no").as(integer()).start(1000).ownedBy("billing.invoices", "number")
                        .comment("Invoice numbers, one per bill"));

        // DESTRUCTIVE: drop sequence public.wide; what it removes does not come back
        op.dropSequence(sequence("wide").minValue(Long.MIN_VALUE).maxValue(9223372036854775806L));

        // DESTRUCTIVE: drop sequence public.countdown; what it removes does not come back
        op.dropSequence(sequence("countdown").as(smallint()).increment(-1));

        // DESTRUCTIVE: drop sequence billing.invoice_no; what it removes does not come back
        op.dropSequence(
                sequence("billing.invoice_no").as(integer()).start(1000).ownedBy("billing.invoices", "number")
                        .comment("Invoice numbers, one per bill"));

        // DESTRUCTIVE: drop table "Odd Schema"."odd.table ""q"""; what it removes does not come back
        op.dropTable(
                "Odd Schema.\"odd.table \"\"q\"\"\"",
                column("Ключ \"1\"", uuid()).notNull().defaultTo("gen_random_uuid()"),
                column("note", text()).defaultTo("E'tab\\there\\nnewline'::text"),
                constraint("odd_pk").primaryKey("Ключ \"1\""));

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

        op.renameEnumValue("bill_status", "SETTLED ✓", "PAID");

        // DESTRUCTIVE: drop value 'DRAFT' from enum public.bill_status; what it removes does not come back
        op.dropEnumValue("bill_status", "DRAFT", before("PENDING"));

        // DESTRUCTIVE: drop value 'DISPUTED' from enum public.bill_status; what it removes does not come back
        op.dropEnumValue("bill_status", "DISPUTED", after("OVERDUE"));

        // DESTRUCTIVE: drop value 'CANCELLED' from enum public.bill_status; what it removes does not come back
        op.dropEnumValue("bill_status", "CANCELLED", atEnd());

        op.dropEnum(enumType("billing.mood").comment("Not decided yet"));
        op.dropEnum(enumType("bill_status", "PENDING", "PAID", "OVERDUE"));
        op.dropSchema("billing");
    }

    /**
     * Not in one transaction: CREATE INDEX CONCURRENTLY cannot run inside one.
     */
    @Override
    public boolean transactional() {
        return false;
    }
}
