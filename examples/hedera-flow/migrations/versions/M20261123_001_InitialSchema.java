package io.migrata.examples.hedera.migrations;

import static io.migrata.schema.migration.Schema.CASCADE;
import static io.migrata.schema.migration.Schema.SET_NULL;
import static io.migrata.schema.migration.Schema.column;
import static io.migrata.schema.migration.Schema.constraint;
import static io.migrata.schema.migration.Schema.index;
import static io.migrata.schema.migration.Schema.key;
import static io.migrata.schema.migration.Schema.primaryKey;
import static io.migrata.schema.migration.Types.bigint;
import static io.migrata.schema.migration.Types.bool;
import static io.migrata.schema.migration.Types.date;
import static io.migrata.schema.migration.Types.jsonb;
import static io.migrata.schema.migration.Types.numeric;
import static io.migrata.schema.migration.Types.text;
import static io.migrata.schema.migration.Types.timestamptz;
import static io.migrata.schema.migration.Types.varchar;

import io.migrata.schema.migration.Migration;
import io.migrata.schema.migration.Operations;
import io.migrata.schema.migration.Revision;

/**
 * Initial schema.
 *
 * <p>Revision {@code 001_initial_schema}, the first revision, created 2026-11-23T22:59:26Z.
 */
@Revision(
        id = "001_initial_schema",
        message = "initial schema",
        created = "2026-11-23T22:59:26Z"
)
public final class M20261123_001_InitialSchema implements Migration {
    @Override
    public void upgrade(Operations op) {
        op.createTable("exchange_rates",
                column("id", bigint()).identity(),
                column("base_currency", varchar(3)).notNull(),
                column("fetched_at", timestamptz(6)).notNull(),
                column("quote_currency", varchar(3)).notNull(),
                column("rate", numeric(18, 8)).notNull(),
                column("source", varchar(50)).notNull(),
                primaryKey("id"),
                constraint("uq_exchange_rates_pair_time").unique("base_currency", "quote_currency", "fetched_at"),
                constraint("ck_exchange_rates_positive").check("(rate > (0)::numeric)"));

        op.createTable("tariffs",
                column("id", bigint()).identity(),
                column("country_code", varchar(2)).notNull(),
                column("created_at", timestamptz(6)).notNull().defaultTo("now()"),
                column("currency", varchar(3)).notNull(),
                column("fixed_charge", numeric(12, 2)).notNull().defaultTo("0"),
                column("rate_per_unit", numeric(12, 4)).notNull(),
                column("region", varchar(100)).notNull(),
                column("utility_type", varchar(20)).notNull(),
                column("valid_from", date()).notNull(),
                column("valid_to", date()),
                primaryKey("id"),
                constraint("uq_tariffs_region_period").unique("country_code", "region", "utility_type", "valid_from"),
                constraint("ck_tariffs_valid_range").check("((valid_to IS NULL) OR (valid_to > valid_from))"),
                constraint("tariffs_utility_type_check").check("((utility_type)::text = ANY "
                        + "((ARRAY['ELECTRICITY'::character varying, 'WATER'::character varying, "
                        + "'GAS'::character varying])::text[]))"));

        op.createTable("users",
                column("id", bigint()).identity(),
                column("created_at", timestamptz(6)).notNull().defaultTo("now()"),
                column("email", varchar(320)).notNull().unique(),
                column("full_name", varchar(200)).notNull(),
                column("hedera_account_id", varchar(64)),
                column("role", varchar(20)).notNull().defaultTo("'CUSTOMER'::character varying"),
                column("updated_at", timestamptz(6)),
                primaryKey("id"),
                constraint("users_role_check").check("((role)::text = ANY ((ARRAY['CUSTOMER'::character varying, "
                        + "'ADMIN'::character varying, 'AUDITOR'::character varying])::text[]))"));

        op.createTable("audit_logs",
                column("id", bigint()).identity(),
                column("action", varchar(100)).notNull(),
                column("created_at", timestamptz(6)).notNull().defaultTo("now()"),
                column("entity_id", bigint()),
                column("entity_type", varchar(50)).notNull(),
                column("ip_address", varchar(45)),
                column("payload", jsonb()),
                column("user_id", bigint()),
                primaryKey("id"),
                constraint("fk_audit_logs_user_id").foreignKey("user_id").references("users", "id").onDelete(SET_NULL),
                index("idx_audit_logs_created_at").on("created_at"),
                index("idx_audit_logs_entity").on("entity_type", "entity_id"));

        op.createTable("meters",
                column("id", bigint()).identity(),
                column("active", bool()).notNull().defaultTo("true"),
                column("created_at", timestamptz(6)).notNull().defaultTo("now()"),
                column("installed_on", date()),
                column("location", varchar(255)),
                column("meter_number", varchar(50)).notNull().unique(),
                column("utility_type", varchar(20)).notNull(),
                column("user_id", bigint()).notNull(),
                primaryKey("id"),
                constraint("meters_utility_type_check").check("((utility_type)::text = ANY "
                        + "((ARRAY['ELECTRICITY'::character varying, 'WATER'::character varying, "
                        + "'GAS'::character varying])::text[]))"),
                constraint("fk_meters_user_id").foreignKey("user_id").references("users", "id").onDelete(CASCADE),
                index("idx_meters_user_id").on("user_id"));

        op.createTable("verifications",
                column("id", bigint()).identity(),
                column("created_at", timestamptz(6)).notNull().defaultTo("now()"),
                column("hedera_tx_id", varchar(100)),
                column("image_url", varchar(500)),
                column("ocr_confidence", numeric(5, 2)),
                column("reading_value", numeric(14, 3)).notNull(),
                column("status", varchar(20)).notNull().defaultTo("'PENDING'::character varying"),
                column("verified_at", timestamptz(6)),
                column("meter_id", bigint()).notNull(),
                column("user_id", bigint()).notNull(),
                primaryKey("id"),
                constraint("verifications_status_check").check("((status)::text = ANY ((ARRAY['PENDING'::character "
                        + "varying, 'VERIFIED'::character varying, 'REJECTED'::character varying])::text[]))"),
                constraint("fk_verifications_meter_id").foreignKey("meter_id").references("meters", "id")
                        .onDelete(CASCADE),
                constraint("fk_verifications_user_id").foreignKey("user_id").references("users", "id")
                        .onDelete(CASCADE),
                index("idx_verifications_meter_created").on(key("meter_id"), key("created_at").desc()),
                index("idx_verifications_user_id").on("user_id"));

        op.createTable("bills",
                column("id", bigint()).identity(),
                column("amount_due", numeric(12, 2)).notNull(),
                column("consumption", numeric(14, 3)).notNull(),
                column("created_at", timestamptz(6)).notNull().defaultTo("now()"),
                column("currency", varchar(3)).notNull(),
                column("due_date", date()).notNull(),
                column("hedera_tx_id", varchar(100)).unique(),
                column("paid_at", timestamptz(6)),
                column("period_end", date()).notNull(),
                column("period_start", date()).notNull(),
                column("status", varchar(20)).notNull().defaultTo("'PENDING'::character varying"),
                column("meter_id", bigint()).notNull(),
                column("tariff_id", bigint()).notNull(),
                column("user_id", bigint()).notNull(),
                column("verification_id", bigint()),
                primaryKey("id"),
                constraint("bills_status_check").check("((status)::text = ANY ((ARRAY['PENDING'::character varying, "
                        + "'PAID'::character varying, 'OVERDUE'::character varying, "
                        + "'DISPUTED'::character varying])::text[]))"),
                constraint("ck_bills_period").check("(period_end >= period_start)"),
                constraint("fk_bills_meter_id").foreignKey("meter_id").references("meters", "id").onDelete(CASCADE),
                constraint("fk_bills_tariff_id").foreignKey("tariff_id").references("tariffs", "id"),
                constraint("fk_bills_user_id").foreignKey("user_id").references("users", "id").onDelete(CASCADE),
                constraint("fk_bills_verification_id").foreignKey("verification_id").references("verifications", "id")
                        .onDelete(SET_NULL),
                index("idx_bills_unpaid_due_date").on("due_date").where("((status)::text <> 'PAID'::text)"),
                index("idx_bills_user_status").on("user_id", "status"));

        op.createTable("disputes",
                column("id", bigint()).identity(),
                column("created_at", timestamptz(6)).notNull().defaultTo("now()"),
                column("reason", text()).notNull(),
                column("resolution", text()),
                column("resolved_at", timestamptz(6)),
                column("status", varchar(20)).notNull().defaultTo("'OPEN'::character varying"),
                column("bill_id", bigint()).notNull(),
                column("user_id", bigint()).notNull(),
                primaryKey("id"),
                constraint("disputes_status_check").check("((status)::text = ANY ((ARRAY['OPEN'::character varying, "
                        + "'UNDER_REVIEW'::character varying, 'RESOLVED'::character varying, "
                        + "'REJECTED'::character varying])::text[]))"),
                constraint("fk_disputes_bill_id").foreignKey("bill_id").references("bills", "id").onDelete(CASCADE),
                constraint("fk_disputes_user_id").foreignKey("user_id").references("users", "id").onDelete(CASCADE),
                index("idx_disputes_bill_id").on("bill_id"));
    }

    @Override
    public void downgrade(Operations op) {
        // WARNING: DATA_LOSS: drops table public.disputes and every row in it
        op.dropTable("disputes",
                column("id", bigint()).identity(),
                column("created_at", timestamptz(6)).notNull().defaultTo("now()"),
                column("reason", text()).notNull(),
                column("resolution", text()),
                column("resolved_at", timestamptz(6)),
                column("status", varchar(20)).notNull().defaultTo("'OPEN'::character varying"),
                column("bill_id", bigint()).notNull(),
                column("user_id", bigint()).notNull(),
                primaryKey("id"),
                constraint("disputes_status_check").check("((status)::text = ANY ((ARRAY['OPEN'::character varying, "
                        + "'UNDER_REVIEW'::character varying, 'RESOLVED'::character varying, "
                        + "'REJECTED'::character varying])::text[]))"),
                constraint("fk_disputes_bill_id").foreignKey("bill_id").references("bills", "id").onDelete(CASCADE),
                constraint("fk_disputes_user_id").foreignKey("user_id").references("users", "id").onDelete(CASCADE),
                index("idx_disputes_bill_id").on("bill_id"));

        // WARNING: DATA_LOSS: drops table public.bills and every row in it
        op.dropTable("bills",
                column("id", bigint()).identity(),
                column("amount_due", numeric(12, 2)).notNull(),
                column("consumption", numeric(14, 3)).notNull(),
                column("created_at", timestamptz(6)).notNull().defaultTo("now()"),
                column("currency", varchar(3)).notNull(),
                column("due_date", date()).notNull(),
                column("hedera_tx_id", varchar(100)).unique(),
                column("paid_at", timestamptz(6)),
                column("period_end", date()).notNull(),
                column("period_start", date()).notNull(),
                column("status", varchar(20)).notNull().defaultTo("'PENDING'::character varying"),
                column("meter_id", bigint()).notNull(),
                column("tariff_id", bigint()).notNull(),
                column("user_id", bigint()).notNull(),
                column("verification_id", bigint()),
                primaryKey("id"),
                constraint("bills_status_check").check("((status)::text = ANY ((ARRAY['PENDING'::character varying, "
                        + "'PAID'::character varying, 'OVERDUE'::character varying, "
                        + "'DISPUTED'::character varying])::text[]))"),
                constraint("ck_bills_period").check("(period_end >= period_start)"),
                constraint("fk_bills_meter_id").foreignKey("meter_id").references("meters", "id").onDelete(CASCADE),
                constraint("fk_bills_tariff_id").foreignKey("tariff_id").references("tariffs", "id"),
                constraint("fk_bills_user_id").foreignKey("user_id").references("users", "id").onDelete(CASCADE),
                constraint("fk_bills_verification_id").foreignKey("verification_id").references("verifications", "id")
                        .onDelete(SET_NULL),
                index("idx_bills_unpaid_due_date").on("due_date").where("((status)::text <> 'PAID'::text)"),
                index("idx_bills_user_status").on("user_id", "status"));

        // WARNING: DATA_LOSS: drops table public.verifications and every row in it
        op.dropTable("verifications",
                column("id", bigint()).identity(),
                column("created_at", timestamptz(6)).notNull().defaultTo("now()"),
                column("hedera_tx_id", varchar(100)),
                column("image_url", varchar(500)),
                column("ocr_confidence", numeric(5, 2)),
                column("reading_value", numeric(14, 3)).notNull(),
                column("status", varchar(20)).notNull().defaultTo("'PENDING'::character varying"),
                column("verified_at", timestamptz(6)),
                column("meter_id", bigint()).notNull(),
                column("user_id", bigint()).notNull(),
                primaryKey("id"),
                constraint("verifications_status_check").check("((status)::text = ANY ((ARRAY['PENDING'::character "
                        + "varying, 'VERIFIED'::character varying, 'REJECTED'::character varying])::text[]))"),
                constraint("fk_verifications_meter_id").foreignKey("meter_id").references("meters", "id")
                        .onDelete(CASCADE),
                constraint("fk_verifications_user_id").foreignKey("user_id").references("users", "id")
                        .onDelete(CASCADE),
                index("idx_verifications_meter_created").on(key("meter_id"), key("created_at").desc()),
                index("idx_verifications_user_id").on("user_id"));

        // WARNING: DATA_LOSS: drops table public.meters and every row in it
        op.dropTable("meters",
                column("id", bigint()).identity(),
                column("active", bool()).notNull().defaultTo("true"),
                column("created_at", timestamptz(6)).notNull().defaultTo("now()"),
                column("installed_on", date()),
                column("location", varchar(255)),
                column("meter_number", varchar(50)).notNull().unique(),
                column("utility_type", varchar(20)).notNull(),
                column("user_id", bigint()).notNull(),
                primaryKey("id"),
                constraint("meters_utility_type_check").check("((utility_type)::text = ANY "
                        + "((ARRAY['ELECTRICITY'::character varying, 'WATER'::character varying, "
                        + "'GAS'::character varying])::text[]))"),
                constraint("fk_meters_user_id").foreignKey("user_id").references("users", "id").onDelete(CASCADE),
                index("idx_meters_user_id").on("user_id"));

        // WARNING: DATA_LOSS: drops table public.audit_logs and every row in it
        op.dropTable("audit_logs",
                column("id", bigint()).identity(),
                column("action", varchar(100)).notNull(),
                column("created_at", timestamptz(6)).notNull().defaultTo("now()"),
                column("entity_id", bigint()),
                column("entity_type", varchar(50)).notNull(),
                column("ip_address", varchar(45)),
                column("payload", jsonb()),
                column("user_id", bigint()),
                primaryKey("id"),
                constraint("fk_audit_logs_user_id").foreignKey("user_id").references("users", "id").onDelete(SET_NULL),
                index("idx_audit_logs_created_at").on("created_at"),
                index("idx_audit_logs_entity").on("entity_type", "entity_id"));

        // WARNING: DATA_LOSS: drops table public.users and every row in it
        op.dropTable("users",
                column("id", bigint()).identity(),
                column("created_at", timestamptz(6)).notNull().defaultTo("now()"),
                column("email", varchar(320)).notNull().unique(),
                column("full_name", varchar(200)).notNull(),
                column("hedera_account_id", varchar(64)),
                column("role", varchar(20)).notNull().defaultTo("'CUSTOMER'::character varying"),
                column("updated_at", timestamptz(6)),
                primaryKey("id"),
                constraint("users_role_check").check("((role)::text = ANY ((ARRAY['CUSTOMER'::character varying, "
                        + "'ADMIN'::character varying, 'AUDITOR'::character varying])::text[]))"));

        // WARNING: DATA_LOSS: drops table public.tariffs and every row in it
        op.dropTable("tariffs",
                column("id", bigint()).identity(),
                column("country_code", varchar(2)).notNull(),
                column("created_at", timestamptz(6)).notNull().defaultTo("now()"),
                column("currency", varchar(3)).notNull(),
                column("fixed_charge", numeric(12, 2)).notNull().defaultTo("0"),
                column("rate_per_unit", numeric(12, 4)).notNull(),
                column("region", varchar(100)).notNull(),
                column("utility_type", varchar(20)).notNull(),
                column("valid_from", date()).notNull(),
                column("valid_to", date()),
                primaryKey("id"),
                constraint("uq_tariffs_region_period").unique("country_code", "region", "utility_type", "valid_from"),
                constraint("ck_tariffs_valid_range").check("((valid_to IS NULL) OR (valid_to > valid_from))"),
                constraint("tariffs_utility_type_check").check("((utility_type)::text = ANY "
                        + "((ARRAY['ELECTRICITY'::character varying, 'WATER'::character varying, "
                        + "'GAS'::character varying])::text[]))"));

        // WARNING: DATA_LOSS: drops table public.exchange_rates and every row in it
        op.dropTable("exchange_rates",
                column("id", bigint()).identity(),
                column("base_currency", varchar(3)).notNull(),
                column("fetched_at", timestamptz(6)).notNull(),
                column("quote_currency", varchar(3)).notNull(),
                column("rate", numeric(18, 8)).notNull(),
                column("source", varchar(50)).notNull(),
                primaryKey("id"),
                constraint("uq_exchange_rates_pair_time").unique("base_currency", "quote_currency", "fetched_at"),
                constraint("ck_exchange_rates_positive").check("(rate > (0)::numeric)"));
    }
}
