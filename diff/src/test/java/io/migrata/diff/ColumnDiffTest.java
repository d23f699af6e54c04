package io.migrata.diff;

import io.migrata.schema.ColumnDef;
import io.migrata.schema.ColumnRef;
import io.migrata.schema.EnumTypeDef;
import io.migrata.schema.IdentityDef;
import io.migrata.schema.SchemaModel;
import io.migrata.schema.SequenceOptions;
import io.migrata.schema.SqlType;
import io.migrata.schema.TableDef;
import io.migrata.schema.op.AddColumn;
import io.migrata.schema.op.AlterColumn;
import io.migrata.schema.op.CommentTarget;
import io.migrata.schema.op.DropColumn;
import io.migrata.schema.op.SetComment;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.migrata.diff.DiffAssert.assertDiff;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static io.migrata.diff.HazardKind.*;
import static io.migrata.diff.Models.*;

class ColumnDiffTest {

    private static final TableDef ITEMS = keyed("items", nullable("label", "text"));

    private static SchemaModel items(ColumnDef label) {
        return model(ITEMS.withColumn("label", c -> label));
    }

    private static SchemaModel itemsWith(ColumnDef extra) {
        return model(ITEMS.withColumns(List.of(ITEMS.columns().get(0), ITEMS.columns().get(1), extra)));
    }

    @Test
    void addsAndDropsColumns() {
        ColumnDef phone = nullable("phone", "character varying(20)").withComment("Mobile");
        assertDiff(model(ITEMS), itemsWith(phone))
                .up(new AddColumn(ITEMS.name(), phone))
                .down(new DropColumn(ITEMS.name(), phone))
                .hazards();
        assertDiff(itemsWith(phone), model(ITEMS))
                .up(new DropColumn(ITEMS.name(), phone))
                .hazards(DATA_LOSS);
    }

    @Test
    void wideningNeedsNoUsingAndNoRewrite() {
        ColumnDef from = nullable("label", "character varying(20)");
        ColumnDef to = from.withType(TEXT);
        assertDiff(items(from), items(to))
                .up(new AlterColumn(ITEMS.name(), from, to))
                .down(new AlterColumn(ITEMS.name(), to, from))
                .hazards();
    }

    @Test
    void acrossFamiliesTheConversionIsTheUsersOrTheChangeIsFlagged() {
        ColumnDef from = nullable("label", "text");
        ColumnDef to = from.withType(INTEGER);
        assertDiff(items(from), items(to))
                .up(new AlterColumn(ITEMS.name(), from, to))
                .hazards(DATA_LOSS, TABLE_REWRITE, BLOCKING_LOCK, MAY_FAIL_ON_EXISTING_DATA, CONVERSION_REQUIRED);
        DiffOptions given = DiffOptions.defaults()
                .withConversion(new ColumnRef(ITEMS.name(), "label"), "nullif(label, '')::integer");
        assertDiff(items(from), items(to), given)
                .up(new AlterColumn(ITEMS.name(), from, to, "nullif(label, '')::integer", null))
                .down(new AlterColumn(ITEMS.name(), to, from, null, "nullif(label, '')::integer"))
                .hazards(DATA_LOSS, TABLE_REWRITE, BLOCKING_LOCK, MAY_FAIL_ON_EXISTING_DATA);
    }

    @Test
    void noBareCastIsWrittenForAReinterpretation() {
        ColumnDef order = nullable("Order", "smallint");
        ColumnDef flag = order.withType(SqlType.of("boolean"));
        TableDef table = keyed("items", order);
        assertDiff(model(table), model(table.withColumn("Order", c -> flag)))
                .up(new AlterColumn(table.name(), order, flag));
        ColumnDef oid = nullable("payload", "oid");
        ColumnDef text = nullable("payload", "text");
        assertDiff(model(keyed("items", text)), model(keyed("items", oid)))
                .up(new AlterColumn(name("items"), text, oid))
                .hazards(DATA_LOSS, TABLE_REWRITE, BLOCKING_LOCK, MAY_FAIL_ON_EXISTING_DATA, CONVERSION_REQUIRED);
    }

    @Test
    void equivalentSpellingsAreEqualUnlessStrict() {
        ColumnDef plain = nullable("label", "timestamp with time zone");
        ColumnDef six = plain.withType(SqlType.of("timestamp(6) with time zone"));
        // The applied ops cannot turn one spelling into the other, so the diff is judged alone here.
        assertEquals(List.of(), SchemaDiff.between(items(plain), items(six)).ops());
        assertEquals(List.of(), SchemaDiff.between(items(six), items(plain)).ops());
        assertEquals(List.of(new AlterColumn(ITEMS.name(), plain, plain.withNullable(false))),
                SchemaDiff.between(items(plain), items(six.withNullable(false))).ops());
        assertDiff(items(plain), items(six), DiffOptions.defaults().withStrictTypes(true))
                .up(new AlterColumn(ITEMS.name(), plain, six))
                .hazards();
    }

    @Test
    void enumToAnotherEnumGoesThroughText() {
        EnumTypeDef mood = new EnumTypeDef(name("mood"), List.of("sad", "happy"), null);
        EnumTypeDef status = new EnumTypeDef(name("status"), List.of("sad", "happy"), null);
        ColumnDef from = nullable("label", "public.mood");
        ColumnDef to = from.withType(SqlType.of("public.status"));
        SchemaModel before = items(from).withEnums(List.of(mood, status));
        SchemaModel after = items(to).withEnums(List.of(mood, status));
        assertDiff(before, after)
                .up(new AlterColumn(ITEMS.name(), from, to, "label::text::public.status", "label::text::public.mood"));
    }

    @Test
    void nullabilityAndDefault() {
        ColumnDef from = nullable("label", "text");
        ColumnDef to = from.withNullable(false).withDefault("''::text");
        assertDiff(items(from), items(to))
                .up(new AlterColumn(ITEMS.name(), from, to))
                .down(new AlterColumn(ITEMS.name(), to, from))
                .hazards(BLOCKING_LOCK, MAY_FAIL_ON_EXISTING_DATA);
        assertDiff(items(to), items(from)).hazards();
    }

    @Test
    void identityAddAlterDrop() {
        ColumnDef plain = notNull("seq", "bigint");
        ColumnDef identity = plain.withIdentity(new IdentityDef(IdentityDef.Generation.BY_DEFAULT, SequenceOptions.defaultsFor(BIGINT)));
        ColumnDef always = plain.withIdentity(new IdentityDef(IdentityDef.Generation.ALWAYS,
                SequenceOptions.defaultsFor(BIGINT).withStart(100)));
        assertDiff(itemsWith(plain), itemsWith(identity))
                .up(new AlterColumn(ITEMS.name(), plain, identity))
                .down(new AlterColumn(ITEMS.name(), identity, plain))
                .hazards();
        assertDiff(itemsWith(identity), itemsWith(always))
                .up(new AlterColumn(ITEMS.name(), identity, always));
        assertDiff(itemsWith(identity), itemsWith(plain))
                .up(new AlterColumn(ITEMS.name(), identity, plain))
                .hazards(DATA_LOSS);
    }

    @Test
    void collation() {
        ColumnDef from = nullable("label", "text");
        ColumnDef to = from.withCollation("\"C\"");
        assertDiff(items(from), items(to))
                .up(new AlterColumn(ITEMS.name(), from, to))
                .down(new AlterColumn(ITEMS.name(), to, from))
                .hazards(BLOCKING_LOCK);
    }

    @Test
    void commentIsSetApartFromTheOtherChanges() {
        ColumnDef from = nullable("label", "text");
        ColumnDef to = from.withNullable(false).withComment("Shown to users");
        ColumnDef altered = from.withNullable(false);
        assertDiff(items(from), items(to))
                .up(new AlterColumn(ITEMS.name(), from, altered),
                        new SetComment(CommentTarget.column(ITEMS.name(), "label"), null, "Shown to users"))
                .down(new SetComment(CommentTarget.column(ITEMS.name(), "label"), "Shown to users", null),
                        new AlterColumn(ITEMS.name(), altered, from));
    }
}
