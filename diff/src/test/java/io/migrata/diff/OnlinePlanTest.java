package io.migrata.diff;

import static io.migrata.diff.Models.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migrata.schema.CheckDef;
import io.migrata.schema.ColumnDef;
import io.migrata.schema.ColumnRef;
import io.migrata.schema.IndexDef;
import io.migrata.schema.PrimaryKeyDef;
import io.migrata.schema.UniqueDef;
import io.migrata.schema.SchemaModel;
import io.migrata.schema.TableDef;
import io.migrata.schema.op.AddCheckConstraint;
import io.migrata.schema.op.AddColumn;
import io.migrata.schema.op.AddForeignKey;
import io.migrata.schema.op.AddPrimaryKey;
import io.migrata.schema.op.AddUniqueConstraint;
import io.migrata.schema.op.AlterColumn;
import io.migrata.schema.op.Backfill;
import io.migrata.schema.op.CreateIndex;
import io.migrata.schema.op.CreateTable;
import io.migrata.schema.op.DropConstraint;
import io.migrata.schema.op.OpApplier;
import io.migrata.schema.op.SchemaOp;
import io.migrata.schema.op.ValidateConstraint;
import org.junit.jupiter.api.Test;

import java.util.List;

class OnlinePlanTest {

    private static final TableDef ACCOUNTS = keyed("accounts", nullable("email", "text"), nullable("owner_id", "bigint"));
    private static final TableDef OWNERS = keyed("owners");

    private static OnlinePlan plan(SchemaModel from, SchemaModel to, boolean hasRows) {
        List<SchemaOp> ops = SchemaDiff.between(from, to).ops();
        OnlinePlan plan = OnlinePlan.of(ops, table -> hasRows, from);
        // Whatever the plan rewrites, it ends where the diff's own ops end.
        assertEquals(OpApplier.apply(from, ops), OpApplier.apply(from, plan.ops()));
        assertEquals(to, OpApplier.apply(from, plan.ops()));
        List<SchemaOp> down = plan.ops().stream().map(SchemaOp::inverse).collect(java.util.stream.Collectors.toList());
        java.util.Collections.reverse(down);
        assertEquals(from, OpApplier.apply(to, down));
        return plan;
    }

    @Test
    void indexesOnExistingTablesAreBuiltConcurrently() {
        TableDef indexed = ACCOUNTS.withIndexes(List.of(IndexDef.on("accounts_email_idx", false, "email")));
        OnlinePlan plan = plan(model(OWNERS, ACCOUNTS), model(OWNERS, indexed), true);
        assertEquals(List.of(new CreateIndex(ACCOUNTS.name(), indexed.indexes().get(0), true)), plan.ops());
        assertTrue(plan.reasons().get(plan.ops().get(0)).contains("CONCURRENTLY"));
    }

    @Test
    void foreignKeysAndChecksAreAddedNotValidThenValidated() {
        TableDef constrained = ACCOUNTS.withForeignKeys(List.of(fk("accounts_owner_fk", "owner_id", "owners")))
                .withChecks(List.of(new CheckDef("accounts_email_check", "(email <> ''::text)")));
        OnlinePlan plan = plan(model(OWNERS, ACCOUNTS), model(OWNERS, constrained), true);
        assertEquals(List.of(
                new AddCheckConstraint(ACCOUNTS.name(), constrained.checks().get(0), true),
                new ValidateConstraint(ACCOUNTS.name(), "accounts_email_check"),
                new AddForeignKey(ACCOUNTS.name(), constrained.foreignKeys().get(0), true),
                new ValidateConstraint(ACCOUNTS.name(), "accounts_owner_fk")), plan.ops());
    }

    @Test
    void uniqueConstraintsAndPrimaryKeysTakeOverAnIndexBuiltConcurrently() {
        TableDef events = TableDef.of(name("events"), List.of(notNull("id", "bigint"), nullable("code", "text")));
        UniqueDef code = UniqueDef.of("events_code_key", List.of("code"));
        PrimaryKeyDef key = new PrimaryKeyDef("events_pkey", List.of("id"));
        TableDef keyed = events.withPrimaryKey(key).withUniques(List.of(code));
        OnlinePlan plan = plan(model(events), model(keyed), true);
        assertEquals(List.of(new AddPrimaryKey(events.name(), key, true), new AddUniqueConstraint(events.name(), code, true)),
                plan.ops());
        assertTrue(plan.reasons().get(plan.ops().get(0)).contains("USING INDEX"));
        assertTrue(HazardClassifier.classify(plan.ops()).stream().noneMatch(h -> h.kind() == HazardKind.BLOCKING_LOCK));
    }

    @Test
    void setNotNullGoesThroughAValidatedHelperCheck() {
        TableDef required = ACCOUNTS.withColumn("email", c -> c.withNullable(false));
        OnlinePlan plan = plan(model(ACCOUNTS), model(required), true);
        ColumnDef email = ACCOUNTS.column("email").orElseThrow();
        CheckDef helper = new CheckDef("accounts_email_not_null", "email IS NOT NULL");
        assertEquals(List.of(
                new AddCheckConstraint(ACCOUNTS.name(), helper, true),
                new ValidateConstraint(ACCOUNTS.name(), helper.name()),
                new AlterColumn(ACCOUNTS.name(), email, email.withNullable(false)),
                new DropConstraint(ACCOUNTS.name(), helper)), plan.ops());
    }

    @Test
    void aNotNullColumnWithoutDefaultIsBackfilledOnlyWhenTheTableHasRows() {
        TableDef withRegion = ACCOUNTS.withColumns(List.of(ACCOUNTS.columns().get(0), ACCOUNTS.columns().get(1),
                ACCOUNTS.columns().get(2), notNull("region", "text")));
        OnlinePlan withRows = plan(model(ACCOUNTS), model(withRegion), true);
        assertEquals(new AddColumn(ACCOUNTS.name(), nullable("region", "text")), withRows.ops().get(0));
        assertEquals(new Backfill(ACCOUNTS.name(), "region", ""), withRows.ops().get(1));
        assertEquals(6, withRows.ops().size());

        OnlinePlan empty = plan(model(ACCOUNTS), model(withRegion), false);
        assertEquals(List.of(new AddColumn(ACCOUNTS.name(), notNull("region", "text"))), empty.ops());
    }

    @Test
    void aGivenDefaultFillsTheRowsAndIsDroppedAgain() {
        TableDef withRegion = ACCOUNTS.withColumns(List.of(ACCOUNTS.columns().get(0), ACCOUNTS.columns().get(1),
                ACCOUNTS.columns().get(2), notNull("region", "text")));
        DiffOptions options = DiffOptions.defaults().withFillDefault(new ColumnRef(ACCOUNTS.name(), "region"), "'eu'::text");
        List<SchemaOp> ops = SchemaDiff.between(model(ACCOUNTS), model(withRegion), options).ops();
        OnlinePlan plan = OnlinePlan.of(ops, table -> true, model(ACCOUNTS));
        ColumnDef filled = notNull("region", "text").withDefault("'eu'::text");
        assertEquals(List.of(new AddColumn(ACCOUNTS.name(), filled),
                new AlterColumn(ACCOUNTS.name(), filled, notNull("region", "text"))), plan.ops());
        assertEquals(model(withRegion), OpApplier.apply(model(ACCOUNTS), plan.ops()));
        assertTrue(HazardClassifier.classify(plan.ops(), DefaultVolatility.of(java.util.Map.of("'eu'::text", false))).isEmpty());
    }

    @Test
    void aVolatileDefaultIsARewriteAsPostgresSaysNotAsItsNameSuggests() {
        TableDef withToken = ACCOUNTS.withColumns(List.of(ACCOUNTS.columns().get(0), ACCOUNTS.columns().get(1),
                ACCOUNTS.columns().get(2), notNull("token", "text").withDefault("make_token()")));
        List<SchemaOp> ops = SchemaDiff.between(model(ACCOUNTS), model(withToken)).ops();
        assertTrue(HazardClassifier.classify(ops, DefaultVolatility.of(java.util.Map.of("make_token()", true))).stream()
                .anyMatch(h -> h.kind() == HazardKind.TABLE_REWRITE));
        assertTrue(HazardClassifier.classify(ops, DefaultVolatility.of(java.util.Map.of("make_token()", false))).isEmpty());
        assertTrue(DefaultVolatility.unknown().isVolatile("make_token()"));
        assertFalse(DefaultVolatility.unknown().isVolatile("'random()'::text"));
        assertFalse(DefaultVolatility.unknown().isVolatile("'x'::character varying(20)"));
        assertFalse(DefaultVolatility.unknown().isVolatile("0"));
    }

    @Test
    void aTableCreatedByTheSameOpsIsLeftAlone() {
        TableDef created = ACCOUNTS.withIndexes(List.of(IndexDef.on("accounts_email_idx", false, "email")));
        OnlinePlan plan = plan(model(), model(created), true);
        assertTrue(plan.ops().stream().allMatch(op -> op instanceof CreateTable), plan.ops().toString());
        assertTrue(plan.reasons().isEmpty());
    }

    @Test
    void helperNamesFitPostgresNameLimit() {
        String name = OnlinePlan.helperName("t".repeat(60), "column");
        assertEquals(63, name.length());
        assertTrue(name.endsWith("_column_not_null"));
    }
}
