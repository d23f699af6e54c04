package io.migrata.diff;

import io.migrata.schema.EnumTypeDef;
import io.migrata.schema.SchemaModel;
import io.migrata.schema.SqlType;
import io.migrata.schema.TableDef;
import io.migrata.schema.op.AddColumn;
import io.migrata.schema.op.AddEnumValue;
import io.migrata.schema.op.CommentTarget;
import io.migrata.schema.op.CreateEnum;
import io.migrata.schema.op.DropColumn;
import io.migrata.schema.op.DropEnum;
import io.migrata.schema.op.DropEnumValue;
import io.migrata.schema.op.RenameEnumValue;
import io.migrata.schema.op.SetComment;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.migrata.diff.DiffAssert.assertDiff;
import static io.migrata.diff.HazardKind.DATA_LOSS;
import static io.migrata.diff.Models.*;

class EnumDiffTest {

    private static final EnumTypeDef STATUS = new EnumTypeDef(name("bill_status"), List.of("draft", "issued", "paid"), null);
    private static final TableDef BILLS = keyed("bills");

    private static SchemaModel with(EnumTypeDef type) {
        return model(BILLS).withEnums(List.of(type));
    }

    private static SchemaModel labels(String... labels) {
        return with(new EnumTypeDef(STATUS.name(), List.of(labels), null));
    }

    @Test
    void createsTheTypeBeforeTheColumnUsingItAndDropsItAfter() {
        TableDef bills = keyed("bills", notNull("status", "public.bill_status").withDefault("'draft'::public.bill_status"));
        assertDiff(model(BILLS), with(STATUS).withTables(List.of(bills)))
                .up(new CreateEnum(STATUS), new AddColumn(BILLS.name(), bills.columns().get(1)))
                .down(new DropColumn(BILLS.name(), bills.columns().get(1)), new DropEnum(STATUS));
    }

    @Test
    void addsLabelsWhereTheyStand() {
        assertDiff(with(STATUS), labels("new", "draft", "issued", "disputed", "paid", "void"))
                .up(new AddEnumValue(STATUS.name(), "new", "draft", null),
                        new AddEnumValue(STATUS.name(), "disputed", null, "issued"),
                        new AddEnumValue(STATUS.name(), "void", null, null))
                .down(new DropEnumValue(STATUS.name(), "void", null, null),
                        new DropEnumValue(STATUS.name(), "disputed", null, "issued"),
                        new DropEnumValue(STATUS.name(), "new", "draft", null))
                .hazards();
    }

    @Test
    void dropsRemovedLabelsAndFlagsThem() {
        assertDiff(with(STATUS), labels("issued"))
                .up(new DropEnumValue(STATUS.name(), "draft", "issued", null),
                        new DropEnumValue(STATUS.name(), "paid", null, null))
                .down(new AddEnumValue(STATUS.name(), "paid", null, null),
                        new AddEnumValue(STATUS.name(), "draft", "issued", null))
                .hazards(DATA_LOSS, DATA_LOSS);
    }

    @Test
    void aLabelThatMovesIsDroppedAndAddedAgain() {
        assertDiff(with(STATUS), labels("paid", "draft", "issued"))
                .up(new DropEnumValue(STATUS.name(), "paid", null, null),
                        new AddEnumValue(STATUS.name(), "paid", "draft", null));
    }

    @Test
    void renamesALabelOnlyWithAHint() {
        SchemaModel renamed = labels("draft", "issued", "settled");
        assertDiff(with(STATUS), renamed)
                .up(new DropEnumValue(STATUS.name(), "paid", null, null), new AddEnumValue(STATUS.name(), "settled", null, null));
        assertDiff(with(STATUS), renamed, DiffOptions.defaults().withRename("enum bill_status 'paid' -> 'settled'"))
                .up(new RenameEnumValue(STATUS.name(), "paid", "settled"))
                .down(new RenameEnumValue(STATUS.name(), "settled", "paid"))
                .hazards();
    }

    @Test
    void comment() {
        EnumTypeDef commented = new EnumTypeDef(STATUS.name(), STATUS.labels(), "Where a bill stands");
        assertDiff(with(STATUS), with(commented))
                .up(new SetComment(CommentTarget.type(STATUS.name()), null, "Where a bill stands"))
                .down(new SetComment(CommentTarget.type(STATUS.name()), "Where a bill stands", null));
    }

    @Test
    void enumTypeOfAColumnIsSpelledSchemaQualified() {
        assertDiff(with(STATUS), with(STATUS).withTables(List.of(keyed("bills", nullable("s", STATUS.asType().spelling())))))
                .up(new AddColumn(BILLS.name(), nullable("s", SqlType.of("public.bill_status").spelling())));
    }
}
