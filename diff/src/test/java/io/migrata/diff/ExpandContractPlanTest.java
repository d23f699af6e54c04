package io.migrata.diff;

import static io.migrata.diff.Models.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migrata.diff.lint.MigrationLint;
import io.migrata.schema.IndexDef;
import io.migrata.schema.IndexKey;
import io.migrata.schema.PrimaryKeyDef;
import io.migrata.schema.SchemaModel;
import io.migrata.schema.TableDef;
import io.migrata.schema.op.AlterColumn;
import io.migrata.schema.op.Backfill;
import io.migrata.schema.op.CreateIndex;
import io.migrata.schema.op.DropConstraint;
import io.migrata.schema.op.OpApplier;
import io.migrata.schema.op.SchemaOp;
import io.migrata.schema.op.TakeOverIndex;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The expand/contract plan of {@code integer} to {@code bigint} changes: applied to the model it
 * ends where the plain diff does (the primary key's takeover aside), its inverses lead back, its
 * upgrades pass the lint, and columns something depends on that it cannot move are refused by name.
 */
class ExpandContractPlanTest {

    private static final TableDef EVENTS = TableDef.of(name("events"), List.of(notNull("id", "integer"),
                    notNull("account", "integer").withDefault("0"), nullable("note", "text")))
            .withPrimaryKey(new PrimaryKeyDef("events_pkey", List.of("id")))
            .withIndexes(List.of(IndexDef.on("events_account_idx", false, "account")));
    private static final TableDef WIDER = TableDef.of(name("events"), List.of(notNull("id", "bigint"),
                    notNull("account", "bigint").withDefault("0"), nullable("note", "text")))
            .withPrimaryKey(new PrimaryKeyDef("events_pkey", List.of("id")))
            .withIndexes(List.of(IndexDef.on("events_account_idx", false, "account")));

    @Test
    void theTwoRevisionsEndWhereTheTypeChangeDoesAndTheirInversesLeadBack() {
        List<SchemaOp> ops = SchemaDiff.between(model(EVENTS), model(WIDER)).ops();
        assertTrue(ExpandContractPlan.appliesTo(ops, model(EVENTS)));
        ExpandContractPlan plan = ExpandContractPlan.of(ops, model(EVENTS));
        assertFalse(plan.expand().stream().anyMatch(op -> op instanceof AlterColumn alter && alter.changesType()));

        SchemaModel expanded = OpApplier.apply(model(EVENTS), plan.expand());
        SchemaModel contracted = OpApplier.apply(expanded, plan.contract());
        // All but the primary key, whose takeover of its new index is SQL the in-memory replay does not follow.
        TableDef events = contracted.table(name("events")).orElseThrow();
        assertEquals(WIDER.withPrimaryKey(null), events.withPrimaryKey(null)
                .withIndexes(events.indexes().stream().filter(index -> !index.name().equals("events_pkey_new")).toList()));
        assertTrue(contracted.triggers().isEmpty() && contracted.functions().isEmpty());
        assertEquals(expanded, OpApplier.apply(contracted, inverses(plan.contract())));
        assertEquals(model(EVENTS), OpApplier.apply(expanded, inverses(plan.expand())));
        assertEquals(List.of(), MigrationLint.check(plan.expand()));
        assertEquals(List.of(), MigrationLint.check(plan.contract()));
    }

    @Test
    void aForeignKeyToTheColumnIsNamedAndRefused() {
        TableDef children = keyed("children", notNull("event_id", "integer"))
                .withForeignKeys(List.of(fk("children_event_fk", "event_id", "events")));
        TableDef widerChildren = keyed("children", notNull("event_id", "integer"))
                .withForeignKeys(List.of(fk("children_event_fk", "event_id", "events")));
        List<SchemaOp> ops = SchemaDiff.between(model(EVENTS, children), model(WIDER, widerChildren)).ops();
        ExpandContractRefusedException refused = assertThrows(ExpandContractRefusedException.class,
                () -> ExpandContractPlan.of(ops, model(EVENTS, children)));
        assertTrue(refused.getMessage().contains("public.events.id (foreign key children_event_fk on public.children)"),
                refused.getMessage());
    }

    @Test
    void theBackfillWalksOnlyAUniqueIndexOrderedAsTheRowComparisonAndElsePicksRowsByCtid() {
        List<IndexKey> outOfOrder = List.of(new IndexKey("label", null, true, true, null, null),
                new IndexKey("label", null, false, true, null, null),
                new IndexKey("label", null, false, false, "text_pattern_ops", null),
                new IndexKey("label", null, false, false, null, "\"C\""));
        for (IndexKey key : outOfOrder) {
            IndexDef mixed = new IndexDef("tags_mixed_key", List.of(IndexKey.column("code"), key), true, false, "btree",
                    List.of(), null);
            assertEquals(null, backfillOf(tags(mixed)).byKey(), key.toString());
            IndexDef plain = IndexDef.on("tags_plain_key", true, "label", "code");
            assertEquals(List.of("label", "code"), backfillOf(tags(mixed, plain)).byKey().key(), key.toString());
        }
    }

    @Test
    void aKeyOverTwoChangedColumnsIsBuiltDroppedAndTakenOverOnce() {
        TableDef pairs = TableDef.of(name("pairs"), List.of(notNull("a", "integer"), notNull("b", "integer")))
                .withPrimaryKey(new PrimaryKeyDef("pairs_pkey", List.of("a", "b")))
                .withIndexes(List.of(new IndexDef("pairs_b_a_idx", List.of(IndexKey.column("b").desc(), IndexKey.column("a")),
                        false, false, "btree", List.of(), null)));
        TableDef wider = pairs.withColumns(List.of(notNull("a", "bigint"), notNull("b", "bigint")));
        List<SchemaOp> ops = SchemaDiff.between(model(pairs), model(wider)).ops();
        ExpandContractPlan plan = ExpandContractPlan.of(ops, model(pairs));

        List<String> builds = plan.contract().stream().filter(CreateIndex.class::isInstance)
                .map(op -> ((CreateIndex) op).index().toString()).toList();
        assertEquals(List.of(new IndexDef("pairs_b_a_idx_new", List.of(IndexKey.column("b_new").desc(),
                        IndexKey.column("a_new")), false, false, "btree", List.of(), null).toString(),
                IndexDef.on("pairs_pkey_new", true, "a_new", "b_new").toString()), builds);
        assertEquals(1, plan.contract().stream().filter(op -> op instanceof DropConstraint drop
                && drop.constraint() instanceof PrimaryKeyDef).count());
        assertEquals(1, plan.contract().stream().filter(TakeOverIndex.class::isInstance).count());
        SchemaModel expanded = OpApplier.apply(model(pairs), plan.expand());
        SchemaModel contracted = OpApplier.apply(expanded, plan.contract());
        assertEquals(wider, contracted.table(name("pairs")).orElseThrow());
        assertEquals(expanded, OpApplier.apply(contracted, inverses(plan.contract())));
        assertEquals(List.of(), MigrationLint.check(plan.contract()));
    }

    @Test
    void aWideningWithoutARewriteIsLeftAlone() {
        TableDef notes = keyed("notes", notNull("body", "character varying(20)"));
        TableDef longer = keyed("notes", notNull("body", "character varying(40)"));
        assertFalse(ExpandContractPlan.appliesTo(SchemaDiff.between(model(notes), model(longer)).ops(), model(notes)));
    }

    /** A table without a primary key whose {@code code} goes from integer to bigint. */
    private static TableDef tags(IndexDef... indexes) {
        return TableDef.of(name("tags"), List.of(notNull("code", "integer"), notNull("label", "text")))
                .withIndexes(List.of(indexes));
    }

    private static Backfill backfillOf(TableDef table) {
        TableDef wider = table.withColumns(List.of(notNull("code", "bigint"), notNull("label", "text")));
        List<SchemaOp> ops = SchemaDiff.between(model(table), model(wider)).ops();
        return ExpandContractPlan.of(ops, model(table)).expand().stream().filter(Backfill.class::isInstance)
                .map(Backfill.class::cast).findFirst().orElseThrow();
    }

    private static List<SchemaOp> inverses(List<SchemaOp> ops) {
        List<SchemaOp> down = new ArrayList<>();
        for (int i = ops.size() - 1; i >= 0; i--) down.add(ops.get(i).inverse());
        return down;
    }
}
