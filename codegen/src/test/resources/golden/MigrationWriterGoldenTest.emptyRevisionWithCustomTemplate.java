// Copyright 2026 Example Ltd.
//
// Revision 005_merge_heads (merge heads), after 004_add_meter_tags, 004_add_bill_notes, created 2026-02-19T09:30:15Z.
package com.example.billing.migrations;

import static io.migrata.schema.migration.Schema.*;
import static io.migrata.schema.migration.Types.*;

import io.migrata.schema.migration.Migration;
import io.migrata.schema.migration.Operations;
import io.migrata.schema.migration.Revision;

/**
 * Merge heads.
 *
 * <p>Revision {@code 005_merge_heads}, after {@code 004_add_meter_tags} and {@code
 * 004_add_bill_notes}, created 2026-02-19T09:30:15Z.
 */
@Revision(
        id = "005_merge_heads",
        parents = {"004_add_meter_tags", "004_add_bill_notes"},
        message = "merge heads",
        created = "2026-02-19T09:30:15Z"
)
public final class V20260219093015_005__merge_heads implements Migration {
    @Override
    public void upgrade(Operations op) {
        // TODO: record the changes, e.g. op.addColumn("users", column("phone", varchar(20)));
    }

    @Override
    public void downgrade(Operations op) {
        // TODO: undo the upgrade in reverse order, e.g. op.dropColumn("users", "phone");
    }
}
