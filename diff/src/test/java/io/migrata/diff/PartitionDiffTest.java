package io.migrata.diff;

import io.migrata.schema.CheckDef;
import io.migrata.schema.ColumnDef;
import io.migrata.schema.IndexDef;
import io.migrata.schema.PartitionOf;
import io.migrata.schema.SchemaModel;
import io.migrata.schema.SqlType;
import io.migrata.schema.TableDef;
import io.migrata.schema.ViewDef;
import io.migrata.schema.op.AddCheckConstraint;
import io.migrata.schema.op.AddColumn;
import io.migrata.schema.op.AttachPartition;
import io.migrata.schema.op.CreateIndex;
import io.migrata.schema.op.CreateTable;
import io.migrata.schema.op.CreateView;
import io.migrata.schema.op.DetachPartition;
import io.migrata.schema.op.DropConstraint;
import io.migrata.schema.op.DropIndex;
import io.migrata.schema.op.DropTable;
import io.migrata.schema.op.ReplaceView;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.migrata.diff.DiffAssert.assertDiff;
import static io.migrata.diff.Models.*;

class PartitionDiffTest {

    private static final List<ColumnDef> COLUMNS = List.of(ColumnDef.of("at", SqlType.of("date")).withNullable(false),
            ColumnDef.of("amount", INTEGER));
    private static final CheckDef POSITIVE = new CheckDef("readings_amount_check", "(amount > 0)");
    private static final TableDef READINGS = TableDef.of(name("readings"), COLUMNS).withPartitionKey("RANGE (at)")
            .withChecks(List.of(POSITIVE));
    private static final PartitionOf IN_2024 = new PartitionOf(name("readings"), "FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')");
    private static final PartitionOf IN_2024_AND_2025 =
            new PartitionOf(name("readings"), "FOR VALUES FROM ('2024-01-01') TO ('2026-01-01')");
    private static final TableDef READINGS_2024 = TableDef.partition(name("readings_2024"), IN_2024)
            .withIndexes(List.of(IndexDef.on("readings_2024_amount_idx", false, "amount")));

    @Test
    void aParentIsCreatedBeforeItsPartitionsAndDroppedAfterThem() {
        assertDiff(model(), model(READINGS_2024, READINGS))
                .up(new CreateTable(READINGS), new CreateTable(READINGS_2024))
                .down(new DropTable(READINGS_2024), new DropTable(READINGS));
    }

    @Test
    void aColumnAddedToTheParentIsOneChange() {
        ColumnDef note = ColumnDef.of("note", TEXT);
        TableDef wider = READINGS.withColumns(List.of(COLUMNS.get(0), COLUMNS.get(1), note));
        assertDiff(model(READINGS, READINGS_2024), model(wider, READINGS_2024))
                .up(new AddColumn(name("readings"), note));
    }

    @Test
    void aNewBoundIsADetachAndAnAttach() {
        TableDef moved = TableDef.partition(READINGS_2024.name(), IN_2024_AND_2025).withIndexes(READINGS_2024.indexes());
        assertDiff(model(READINGS, READINGS_2024), model(READINGS, moved))
                .up(new DetachPartition(READINGS_2024.name(), IN_2024), new AttachPartition(READINGS_2024.name(), IN_2024_AND_2025));
    }

    @Test
    void aTableBecomingAPartitionGetsTheParentsChecksFirst() {
        TableDef standalone = TableDef.of(READINGS_2024.name(), COLUMNS).withIndexes(READINGS_2024.indexes());
        assertDiff(model(READINGS, standalone), model(READINGS, READINGS_2024))
                .up(new AddCheckConstraint(READINGS_2024.name(), POSITIVE), new AttachPartition(READINGS_2024.name(), IN_2024))
                .down(new DetachPartition(READINGS_2024.name(), IN_2024),
                        new DropConstraint(READINGS_2024.name(), POSITIVE));
    }

    @Test
    void aNewPartitionKeyDropsAndCreatesTheTableWithItsPartitions() {
        TableDef byList = READINGS.withPartitionKey("LIST (at)");
        TableDef listed = TableDef.partition(READINGS_2024.name(), new PartitionOf(name("readings"), "FOR VALUES IN ('2024-01-01')"));
        assertDiff(model(READINGS, READINGS_2024), model(byList, listed))
                .up(new DropTable(READINGS_2024), new DropTable(READINGS), new CreateTable(byList), new CreateTable(listed));
    }

    @Test
    void aMaterializedViewsIndexesChangeAloneAndItsDataByBeingCreatedAgain() {
        IndexDef byAmount = IndexDef.on("totals_amount_idx", false, "amount");
        ViewDef totals = new ViewDef(name("totals"), " SELECT readings.amount\n   FROM public.readings;", true, null);
        ViewDef indexed = totals.withIndexes(List.of(byAmount));
        ViewDef empty = new ViewDef(totals.name(), totals.definition(), true, null, List.of(byAmount), true);
        SchemaModel base = model(READINGS);
        assertDiff(base.withViews(List.of(totals)), base.withViews(List.of(indexed)))
                .up(new CreateIndex(totals.name(), byAmount, false))
                .down(new DropIndex(totals.name(), byAmount, false));
        assertDiff(base.withViews(List.of(indexed)), base.withViews(List.of(empty)))
                .up(new ReplaceView(indexed, empty));
        assertDiff(model(), base.withViews(List.of(empty)))
                .up(new CreateTable(READINGS), new CreateView(empty));
    }
}
