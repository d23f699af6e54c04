package io.migrata.schema.op;

import io.migrata.schema.ColumnRef;
import io.migrata.schema.QualifiedName;

import java.util.Objects;

/**
 * Fills a column of existing rows in batches: {@code batchSql} updates one batch of the rows still
 * to fill (an {@code UPDATE … WHERE id IN (SELECT … WHERE column IS NULL LIMIT n)}), and runs again,
 * each batch committed on its own, until a batch updates no row. Committing per batch keeps the
 * row locks short, so the application's writes to the same rows wait for one batch at most.
 *
 * <p>A blank {@code batchSql} is the placeholder the online plan writes for a person to fill:
 * {@link io.migrata.schema.migration.Operations#backfill} refuses it, so a migration holding one
 * does not run.
 *
 * <p>The inverse keeps the values ({@code undo}), which renders no statement: a downgrade through a
 * backfill only drops or relaxes the column afterwards.
 */
public record Backfill(QualifiedName table, String column, String batchSql, boolean undo) implements SchemaOp {

    public Backfill {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(batchSql, "batchSql");
    }

    public Backfill(QualifiedName table, String column, String batchSql) {
        this(table, column, batchSql, false);
    }

    /** Whether the statement still has to be written. */
    public boolean isPlaceholder() {
        return batchSql.isBlank();
    }

    @Override
    public SchemaOp inverse() {
        return new Backfill(table, column, batchSql, !undo);
    }

    @Override
    public boolean isDestructive() {
        return false;
    }

    @Override
    public String describe() {
        ColumnRef target = new ColumnRef(table, column);
        return undo ? "keep the values backfilled into " + target : "backfill " + target + " in batches: " + OpText.oneLine(batchSql);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitBackfill(this);
    }
}
