package io.migrata.diff;

import io.migrata.schema.ColumnDef;
import io.migrata.schema.ColumnRef;
import io.migrata.schema.SchemaModel;
import io.migrata.schema.SequenceDef;
import io.migrata.schema.SequenceOptions;
import io.migrata.schema.TableDef;
import io.migrata.schema.op.AddColumn;
import io.migrata.schema.op.AlterColumn;
import io.migrata.schema.op.AlterSequence;
import io.migrata.schema.op.CommentTarget;
import io.migrata.schema.op.CreateSequence;
import io.migrata.schema.op.CreateTable;
import io.migrata.schema.op.DropColumn;
import io.migrata.schema.op.DropSequence;
import io.migrata.schema.op.DropTable;
import io.migrata.schema.op.SetComment;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.migrata.diff.DiffAssert.assertDiff;
import static io.migrata.diff.HazardKind.DATA_LOSS;
import static io.migrata.diff.Models.*;

class SequenceDiffTest {

    private static final ColumnDef INVOICE_NO = notNull("invoice_no", "integer").withDefault("nextval('public.invoice_no_seq'::regclass)");
    private static final TableDef BILLS = keyed("bills", INVOICE_NO);
    private static final SequenceDef FREE = new SequenceDef(name("invoice_no_seq"), INTEGER, SequenceOptions.defaultsFor(INTEGER),
            null, null);
    private static final SequenceDef OWNED = owned(FREE, new ColumnRef(BILLS.name(), "invoice_no"));

    private static SequenceDef owned(SequenceDef sequence, ColumnRef owner) {
        return new SequenceDef(sequence.name(), sequence.type(), sequence.options(), owner, sequence.comment());
    }

    private static SchemaModel with(TableDef table, SequenceDef sequence) {
        return model(table).withSequences(List.of(sequence));
    }

    @Test
    void aSerialTableGetsItsSequenceFirstAndItsOwnerAfterTheTable() {
        assertDiff(model(), with(BILLS, OWNED))
                .up(new CreateSequence(FREE), new CreateTable(BILLS), new AlterSequence(FREE, OWNED))
                .down(new AlterSequence(OWNED, FREE), new DropTable(BILLS), new DropSequence(FREE))
                .hazards();
    }

    @Test
    void aSequenceOwnedByAnExistingColumnIsCreatedWithItsOwner() {
        assertDiff(model(BILLS), with(BILLS, OWNED))
                .up(new CreateSequence(OWNED))
                .down(new DropSequence(OWNED))
                .hazards();
    }

    @Test
    void aSequenceWhoseOwnerGoesIsDetachedFirst() {
        TableDef without = keyed("bills");
        assertDiff(with(BILLS, OWNED), model(without))
                .up(new AlterSequence(OWNED, FREE), new DropColumn(BILLS.name(), INVOICE_NO), new DropSequence(FREE))
                .down(new CreateSequence(FREE), new AddColumn(BILLS.name(), INVOICE_NO), new AlterSequence(FREE, OWNED))
                .hazards(DATA_LOSS, DATA_LOSS);
    }

    @Test
    void ownerMovesFromADroppedColumnToANewOne() {
        ColumnDef number = notNull("number", "integer");
        TableDef moved = keyed("bills", number);
        SequenceDef ownedByNumber = owned(FREE, new ColumnRef(BILLS.name(), "number"));
        assertDiff(with(BILLS, OWNED), with(moved, ownedByNumber))
                .up(new AlterSequence(OWNED, FREE), new DropColumn(BILLS.name(), INVOICE_NO),
                        new AddColumn(BILLS.name(), number), new AlterSequence(FREE, ownedByNumber));
    }

    @Test
    void optionsTypeAndComment() {
        SequenceDef changed = new SequenceDef(FREE.name(), BIGINT, SequenceOptions.defaultsFor(BIGINT).withIncrement(50), null,
                "Invoice numbers");
        SequenceDef altered = new SequenceDef(FREE.name(), BIGINT, SequenceOptions.defaultsFor(BIGINT).withIncrement(50), null, null);
        assertDiff(with(BILLS, FREE), with(BILLS, changed))
                .up(new AlterSequence(FREE, altered), new SetComment(CommentTarget.sequence(FREE.name()), null, "Invoice numbers"))
                .down(new SetComment(CommentTarget.sequence(FREE.name()), "Invoice numbers", null), new AlterSequence(altered, FREE))
                .hazards();
    }

    @Test
    void droppingASequenceIsFlagged() {
        TableDef noDefault = keyed("bills", INVOICE_NO.withDefault(null));
        assertDiff(with(BILLS, FREE), model(noDefault))
                .up(new AlterColumn(BILLS.name(), INVOICE_NO, INVOICE_NO.withDefault(null)),
                        new DropSequence(FREE))
                .hazards(DATA_LOSS);
    }
}
