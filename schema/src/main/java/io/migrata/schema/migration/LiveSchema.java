package io.migrata.schema.migration;

import io.migrata.schema.SchemaModel;
import io.migrata.schema.op.OpApplier;
import io.migrata.schema.op.SchemaOp;

import java.util.List;

/**
 * The database's schema as it will be when the next recorded operation runs: the schema the
 * migration starts from, with the operations recorded so far applied in memory. Applying is lazy,
 * since only short forms look, and stops at the first operation the model refuses; from then on
 * short forms fail with the reason. {@code execute(sql)} leaves the model as it is.
 */
final class LiveSchema {

    private SchemaModel model;
    private int applied;
    private String lost;

    LiveSchema(SchemaModel start) {
        this.model = start;
    }

    SchemaModel at(List<SchemaOp> recorded, String call) {
        while (lost == null && applied < recorded.size()) {
            SchemaOp op = recorded.get(applied);
            try {
                model = OpApplier.apply(model, op);
                applied++;
            } catch (IllegalStateException | IllegalArgumentException e) {
                lost = "operation " + (applied + 1) + " (" + op.describe() + ") does not apply to it: " + e.getMessage();
            }
        }
        if (lost != null) {
            throw new NotInLiveSchemaException(call + " cannot read the live schema: " + lost
                    + "; state the definition in full");
        }
        return model;
    }
}
