package io.migrata.diff;

import io.migrata.schema.CheckDef;
import io.migrata.schema.ColumnDef;
import io.migrata.schema.ColumnRef;
import io.migrata.schema.ForeignKeyDef;
import io.migrata.schema.IdentityDef;
import io.migrata.schema.IndexDef;
import io.migrata.schema.IndexKey;
import io.migrata.schema.QualifiedName;
import io.migrata.schema.SchemaModel;
import io.migrata.schema.SequenceDef;
import io.migrata.schema.SequenceOptions;
import io.migrata.schema.SqlType;
import io.migrata.schema.TableDef;
import io.migrata.schema.UniqueDef;
import io.migrata.schema.ViewDef;
import io.migrata.schema.op.AddCheckConstraint;
import io.migrata.schema.op.AddColumn;
import io.migrata.schema.op.AddForeignKey;
import io.migrata.schema.op.AddUniqueConstraint;
import io.migrata.schema.op.AlterColumn;
import io.migrata.schema.op.AlterSequence;
import io.migrata.schema.op.CreateIndex;
import io.migrata.schema.op.CreateView;
import io.migrata.schema.op.DropColumn;
import io.migrata.schema.op.DropConstraint;
import io.migrata.schema.op.DropIndex;
import io.migrata.schema.op.DropView;
import io.migrata.schema.op.OpApplier;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.migrata.diff.DiffAssert.assertDiff;
import static io.migrata.diff.HazardKind.*;
import static io.migrata.diff.Models.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A change of generation is a drop and an add of the column, never an {@code AlterColumn}: the
 * downgrade of any such change would have to make a column generated or change its expression,
 * which PostgreSQL cannot do in place (before 17, for the expression).
 */
class GeneratedColumnDiffTest {

    private static final QualifiedName BOXES = name("boxes");
    private static final ColumnDef WIDTH = notNull("width", "numeric");
    private static final ColumnDef PLAIN = nullable("area", "numeric");
    private static final ColumnDef DOUBLED = PLAIN.withGenerated("(width * (2)::numeric)");
    private static final ColumnDef TRIPLED = PLAIN.withGenerated("(width * (3)::numeric)");

    private static SchemaModel boxes(ColumnDef area) {
        return model(keyed("boxes", WIDTH, area));
    }

    @Test
    void aGeneratedColumnBecomingPlainIsDroppedAndAdded() {
        DiffResult result = assertDiff(boxes(DOUBLED), boxes(PLAIN))
                .up(new DropColumn(BOXES, DOUBLED), new AddColumn(BOXES, PLAIN))
                .down(new DropColumn(BOXES, PLAIN), new AddColumn(BOXES, DOUBLED))
                .hazards(DATA_LOSS)
                .result();
        assertEquals(List.of("column public.boxes.area stops being generated, and the way back would make an"
                + " existing column generated, which PostgreSQL cannot do: it is dropped and added again, losing its"
                + " values, with its indexes, constraints and the views that use it dropped before and created again after"),
                result.notes());
    }

    @Test
    void aPlainColumnBecomingGeneratedIsDroppedAndAdded() {
        assertDiff(boxes(PLAIN), boxes(DOUBLED))
                .up(new DropColumn(BOXES, PLAIN), new AddColumn(BOXES, DOUBLED))
                .down(new DropColumn(BOXES, DOUBLED), new AddColumn(BOXES, PLAIN))
                .hazards(DATA_LOSS, TABLE_REWRITE, BLOCKING_LOCK);
    }

    @Test
    void aChangedExpressionIsDroppedAndAdded() {
        assertDiff(boxes(DOUBLED), boxes(TRIPLED))
                .up(new DropColumn(BOXES, DOUBLED), new AddColumn(BOXES, TRIPLED))
                .down(new DropColumn(BOXES, TRIPLED), new AddColumn(BOXES, DOUBLED))
                .hazards(DATA_LOSS, TABLE_REWRITE, BLOCKING_LOCK);
    }

    @Test
    void otherChangesOfAGeneratedColumnStayAlterations() {
        ColumnDef wider = DOUBLED.withType(SqlType.of("double precision"));
        assertDiff(boxes(DOUBLED), boxes(wider))
                .up(new AlterColumn(BOXES, DOUBLED, wider));
    }

    @Test
    void theNewColumnKeepsItsNewCommentAndType() {
        ColumnDef commented = PLAIN.withType(SqlType.of("double precision")).withComment("Square metres");
        assertDiff(boxes(DOUBLED), boxes(commented))
                .up(new DropColumn(BOXES, DOUBLED), new AddColumn(BOXES, commented))
                .down(new DropColumn(BOXES, commented), new AddColumn(BOXES, DOUBLED));
    }

    /**
     * PostgreSQL drops the indexes and constraints of a dropped column, checks and expression
     * indexes that mention it included, and refuses while a foreign key, owned sequence or view
     * needs it; all of them go before the drop and come back after the add, and nothing else does.
     */
    @Test
    void whatUsesTheColumnIsDroppedBeforeAndCreatedAfter() {
        UniqueDef unique = UniqueDef.of("boxes_area_key", List.of("area"));
        CheckDef positive = new CheckDef("boxes_area_check", "(area > (0)::numeric)");
        CheckDef wide = new CheckDef("boxes_width_check", "(width > (0)::numeric)");
        IndexDef halves = new IndexDef("boxes_half_idx", List.of(IndexKey.expression("(area / (2)::numeric)")),
                false, false, "btree", List.of(), null);
        IndexDef partial = new IndexDef("boxes_width_idx", List.of(IndexKey.column("width")), false, false, "btree",
                List.of(), "(area IS NOT NULL)");
        IndexDef byWidth = IndexDef.on("boxes_width_only_idx", false, "width");
        ForeignKeyDef priced = ForeignKeyDef.of("boxes_area_fkey", List.of("area"), name("prices"), List.of("amount"));
        ForeignKeyDef labelled = ForeignKeyDef.of("labels_box_area_fkey", List.of("box_area"), BOXES, List.of("area"));
        TableDef prices = keyed("prices", notNull("amount", "numeric"))
                .withUniques(List.of(UniqueDef.of("prices_amount_key", List.of("amount"))));
        TableDef labels = keyed("labels", nullable("box_area", "numeric")).withForeignKeys(List.of(labelled));
        ViewDef view = new ViewDef(name("box_areas"), " SELECT boxes.id,\n    boxes.area\n   FROM public.boxes;", false,
                null);
        SequenceDef free = new SequenceDef(name("box_seq"), BIGINT, SequenceOptions.defaultsFor(BIGINT), null, null);
        SequenceDef owned = new SequenceDef(free.name(), BIGINT, free.options(), new ColumnRef(BOXES, "area"), null);

        SchemaModel before = model(boxes(DOUBLED, unique, positive, wide, halves, partial, byWidth, priced), prices,
                labels).withViews(List.of(view)).withSequences(List.of(owned));
        SchemaModel after = model(boxes(PLAIN, unique, positive, wide, halves, partial, byWidth, priced), prices,
                labels).withViews(List.of(view)).withSequences(List.of(owned));
        DiffResult result = assertDiff(before, after)
                .up(new DropView(view),
                        new DropConstraint(BOXES, priced),
                        new DropConstraint(labels.name(), labelled),
                        new AlterSequence(owned, free),
                        new DropIndex(BOXES, halves, false),
                        new DropIndex(BOXES, partial, false),
                        new DropConstraint(BOXES, unique),
                        new DropConstraint(BOXES, positive),
                        new DropColumn(BOXES, DOUBLED),
                        new AddColumn(BOXES, PLAIN),
                        new AlterSequence(free, owned),
                        new AddUniqueConstraint(BOXES, unique),
                        new AddCheckConstraint(BOXES, positive),
                        new CreateIndex(BOXES, halves, false),
                        new CreateIndex(BOXES, partial, false),
                        new AddForeignKey(BOXES, priced),
                        new AddForeignKey(labels.name(), labelled),
                        new CreateView(view))
                .result();
        assertEquals(before, OpApplier.apply(after, result.downgrade()));
        assertTrue(result.notes().contains("view public.box_areas is dropped and created again around the change of"
                + " table public.boxes, which it mentions"), result.notes().toString());
    }

    @Test
    void generatedColumnsGoBeforeAndComeAfterTheColumnsTheyUse() {
        ColumnDef x = nullable("x", "integer");
        ColumnDef fromX = nullable("g", "integer").withGenerated("(x * 2)");
        assertDiff(model(keyed("t", x, fromX)), model(keyed("t")))
                .up(new DropColumn(name("t"), fromX), new DropColumn(name("t"), x))
                .down(new AddColumn(name("t"), x), new AddColumn(name("t"), fromX));
        ColumnDef n = notNull("n", "integer").withIdentity(new IdentityDef(IdentityDef.Generation.ALWAYS,
                SequenceOptions.defaultsFor(INTEGER)));
        ColumnDef fromN = nullable("g", "integer").withGenerated("(n * 2)");
        assertDiff(model(keyed("t")), model(keyed("t", fromN, n)))
                .up(new AddColumn(name("t"), n), new AddColumn(name("t"), fromN))
                .down(new DropColumn(name("t"), fromN), new DropColumn(name("t"), n));
    }

    private static TableDef boxes(ColumnDef area, UniqueDef unique, CheckDef positive, CheckDef wide, IndexDef halves,
                                  IndexDef partial, IndexDef byWidth, ForeignKeyDef priced) {
        return keyed("boxes", WIDTH, area)
                .withUniques(List.of(unique))
                .withChecks(List.of(positive, wide))
                .withIndexes(List.of(halves, partial, byWidth))
                .withForeignKeys(List.of(priced));
    }
}
