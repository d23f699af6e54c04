package io.migrata.schema.migration;

import io.migrata.schema.op.Backfill;

import java.util.List;

/**
 * A backfill that walks a unique NOT NULL key in order, batch after batch:
 *
 * <pre>{@code
 * op.backfill("users", "region", byKey("id").set("'eu'").where("region IS NULL"));
 * }</pre>
 *
 * {@code set} is the column's new value, an expression over the row; {@code where} names the rows
 * still to fill, and must be false for a row once it is filled.
 */
public final class BackfillSpec {

    private final List<String> key;
    private final String value;
    private final String pending;

    BackfillSpec(List<String> key) {
        this(key, null, null);
    }

    private BackfillSpec(List<String> key, String value, String pending) {
        this.key = key;
        this.value = value;
        this.pending = pending;
    }

    /** The value each row gets. */
    public BackfillSpec set(String value) {
        return new BackfillSpec(key, Require.text(value, "backfill value"), pending);
    }

    /** The rows still to fill. */
    public BackfillSpec where(String pending) {
        return new BackfillSpec(key, value, Require.text(pending, "backfill condition"));
    }

    Backfill.ByKey resolve(String target) {
        if (value == null) throw new IllegalArgumentException("the backfill of " + target + " sets no value: add .set(\"...\")");
        if (pending == null) {
            throw new IllegalArgumentException("the backfill of " + target + " names no rows to fill: add .where(\"...\")");
        }
        return new Backfill.ByKey(key, value, pending);
    }
}
