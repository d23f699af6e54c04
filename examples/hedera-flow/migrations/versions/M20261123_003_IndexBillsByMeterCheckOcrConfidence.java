package io.migrata.examples.hedera.migrations;

import static io.migrata.schema.migration.Schema.constraint;
import static io.migrata.schema.migration.Schema.index;

import io.migrata.schema.migration.Migration;
import io.migrata.schema.migration.Operations;
import io.migrata.schema.migration.Revision;

/**
 * Index bills by meter, check ocr confidence.
 *
 * <p>Revision {@code 003_index_bills_by_meter_check_ocr_confidence}, after {@code 002_add_user_phone},
 * created 2026-11-23T23:01:23Z.
 */
@Revision(
        id = "003_index_bills_by_meter_check_ocr_confidence",
        parents = "002_add_user_phone",
        message = "index bills by meter, check ocr confidence",
        created = "2026-11-23T23:01:23Z"
)
public final class M20261123_003_IndexBillsByMeterCheckOcrConfidence implements Migration {
    @Override
    public void upgrade(Operations op) {
        // WARNING: BLOCKING_LOCK: checks every row of public.verifications under an ACCESS EXCLUSIVE lock
        // WARNING: MAY_FAIL_ON_EXISTING_DATA: fails if a row of public.verifications violates check
        //     ck_verifications_ocr_confidence
        op.createCheckConstraint("verifications",
                constraint("ck_verifications_ocr_confidence")
                        .check("((ocr_confidence >= (0)::numeric) AND (ocr_confidence <= (100)::numeric))"));

        // WARNING: BLOCKING_LOCK: building index idx_bills_meter_period without CONCURRENTLY blocks writes to
        //     public.bills until it is built
        op.createIndex("bills", index("idx_bills_meter_period").on("meter_id", "period_start"));
    }

    @Override
    public void downgrade(Operations op) {
        // WARNING: BLOCKING_LOCK: dropping index idx_bills_meter_period without CONCURRENTLY takes an ACCESS
        //     EXCLUSIVE lock on public.bills
        op.dropIndex("bills", index("idx_bills_meter_period").on("meter_id", "period_start"));

        op.dropConstraint("verifications",
                constraint("ck_verifications_ocr_confidence")
                        .check("((ocr_confidence >= (0)::numeric) AND (ocr_confidence <= (100)::numeric))"));
    }
}
