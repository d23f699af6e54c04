package io.migrata.schema.op;

import io.migrata.schema.ColumnRef;
import io.migrata.schema.Identifiers;
import io.migrata.schema.QualifiedName;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Fills a column of existing rows in batches, each committed on its own, so the application's
 * writes to the same rows wait for one batch at most. Two forms:
 * <ul>
 *   <li>{@code batchSql}: an {@code UPDATE … WHERE id IN (SELECT … WHERE column IS NULL LIMIT n)} that
 *       fills one batch of the rows still to fill, run again until a batch updates no row;</li>
 *   <li>{@code byKey}: the rows are walked in the order of a unique NOT NULL key, each batch the
 *       next {@link ByKey#BATCH_ROWS} keys after the last one of the batch before, so no batch reads
 *       what an earlier one filled. It starts at the first row still {@link ByKey#pending}, which
 *       is how a rerun after a crash goes on where the last committed batch ended.</li>
 * </ul>
 *
 * <p>A blank {@code batchSql} without {@code byKey} is the placeholder the online plan writes for a
 * person to fill: {@link io.migrata.schema.migration.Operations#backfill} refuses it, so a
 * migration holding one does not run.
 *
 * <p>The inverse keeps the values ({@code undo}), which renders no statement: a downgrade through a
 * backfill only drops or relaxes the column afterwards.
 */
public record Backfill(QualifiedName table, String column, String batchSql, ByKey byKey, boolean undo) implements SchemaOp {

    public Backfill {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(batchSql, "batchSql");
        if (byKey != null && !batchSql.isEmpty()) throw new IllegalArgumentException("a backfill by key has no batch SQL");
    }

    public Backfill(QualifiedName table, String column, String batchSql) {
        this(table, column, batchSql, null, false);
    }

    public Backfill(QualifiedName table, String column, String batchSql, boolean undo) {
        this(table, column, batchSql, null, undo);
    }

    public Backfill(QualifiedName table, String column, ByKey byKey) {
        this(table, column, "", Objects.requireNonNull(byKey, "byKey"), false);
    }

    /** Whether the statement still has to be written. */
    public boolean isPlaceholder() {
        return byKey == null && batchSql.isBlank();
    }

    @Override
    public SchemaOp inverse() {
        return new Backfill(table, column, batchSql, byKey, !undo);
    }

    @Override
    public boolean isDestructive() {
        return false;
    }

    @Override
    public String describe() {
        ColumnRef target = new ColumnRef(table, column);
        if (undo) return "keep the values backfilled into " + target;
        if (byKey == null) return "backfill " + target + " in batches: " + OpText.oneLine(batchSql);
        return "backfill " + target + " in batches by key " + OpText.names(byKey.key()) + ": set to "
                + OpText.oneLine(byKey.value()) + " where " + OpText.oneLine(byKey.pending());
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitBackfill(this);
    }

    /**
     * A walk along {@code key}, the columns of a primary key or of another unique key over NOT NULL
     * columns, setting the column to {@code value} (an expression over the row, converted by
     * assignment) in the rows where {@code pending} holds: those still to fill. {@code pending} must
     * turn false once a row is filled, and stay false while the application writes (a sync trigger's
     * job), so a rerun can find where to go on.
     */
    public record ByKey(List<String> key, String value, String pending) {

        /** Rows per batch: a batch's row locks and its index range. */
        public static final int BATCH_ROWS = 10_000;

        public ByKey {
            key = List.copyOf(key);
            if (key.isEmpty()) throw new IllegalArgumentException("a backfill by key names no key column");
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(pending, "pending");
            if (value.isBlank()) throw new IllegalArgumentException("a backfill by key has no value");
            if (pending.isBlank()) throw new IllegalArgumentException("a backfill by key has no condition for the rows to fill");
        }

        /** {@code ("id", "account")}: the key as a row, for comparisons. */
        public String keyRow() {
            return key.stream().map(Identifiers::quote).collect(Collectors.joining(", ", "(", ")"));
        }
    }
}
