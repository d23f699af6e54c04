package io.migrata.diff;

import io.migrata.schema.ColumnDef;
import io.migrata.schema.ForeignKeyDef;
import io.migrata.schema.IndexDef;
import io.migrata.schema.QualifiedName;
import io.migrata.schema.SchemaModel;
import io.migrata.schema.TableDef;
import io.migrata.schema.op.AddForeignKey;
import io.migrata.schema.op.CommentTarget;
import io.migrata.schema.op.CreateSchema;
import io.migrata.schema.op.CreateTable;
import io.migrata.schema.op.DropConstraint;
import io.migrata.schema.op.DropSchema;
import io.migrata.schema.op.DropTable;
import io.migrata.schema.op.OpApplier;
import io.migrata.schema.op.SchemaOp;
import io.migrata.schema.op.SetComment;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static io.migrata.diff.DiffAssert.assertDiff;
import static io.migrata.diff.Models.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TableDiffTest {

    @Test
    void identicalModelsNeedNoOps() {
        assertTrue(SchemaDiff.between(users(), users()).isEmpty());
    }

    @Test
    void columnOrderIsNoDifference() {
        TableDef reordered = USERS_TABLE.withColumns(List.of(PHONE, EMAIL, USER_ID));
        assertTrue(SchemaDiff.between(users(), model(reordered, ORDERS_TABLE)).isEmpty());
    }

    @Test
    void createsTablesReferencedFirstAndDropsThemReferencingFirst() {
        assertDiff(model(), users())
                .up(new CreateTable(USERS_TABLE), new CreateTable(ORDERS_TABLE))
                .down(new DropTable(ORDERS_TABLE), new DropTable(USERS_TABLE));
    }

    @Test
    void foreignKeyOrderWinsOverNameOrder() {
        TableDef a = keyed("a", notNull("z_id", "bigint")).withForeignKeys(List.of(fk("a_z_id_fkey", "z_id", "z")));
        TableDef m = keyed("m", notNull("a_id", "bigint")).withForeignKeys(List.of(fk("m_a_id_fkey", "a_id", "a")));
        TableDef z = keyed("z");
        assertDiff(model(), model(a, m, z))
                .up(new CreateTable(z), new CreateTable(a), new CreateTable(m))
                .down(new DropTable(m), new DropTable(a), new DropTable(z));
    }

    @Test
    void selfReferenceStaysInCreateTable() {
        TableDef categories = keyed("categories", nullable("parent_id", "bigint"))
                .withForeignKeys(List.of(fk("categories_parent_id_fkey", "parent_id", "categories")));
        assertDiff(model(), model(categories))
                .up(new CreateTable(categories))
                .down(new DropTable(categories));
    }

    @Test
    void cycleMovesItsForeignKeysOutOfCreateTable() {
        ForeignKeyDef aToB = fk("a_b_id_fkey", "b_id", "b");
        ForeignKeyDef bToA = fk("b_a_id_fkey", "a_id", "a");
        TableDef a = keyed("a", nullable("b_id", "bigint")).withForeignKeys(List.of(aToB));
        TableDef b = keyed("b", nullable("a_id", "bigint")).withForeignKeys(List.of(bToA));
        TableDef c = keyed("c", nullable("a_id", "bigint")).withForeignKeys(List.of(fk("c_a_id_fkey", "a_id", "a")));
        TableDef bareA = a.withForeignKeys(List.of());
        TableDef bareB = b.withForeignKeys(List.of());
        assertDiff(model(), model(a, b, c))
                .up(new CreateTable(bareA), new CreateTable(bareB), new CreateTable(c),
                        new AddForeignKey(a.name(), aToB), new AddForeignKey(b.name(), bToA))
                .down(new DropConstraint(b.name(), bToA), new DropConstraint(a.name(), aToB),
                        new DropTable(c), new DropTable(bareB), new DropTable(bareA));
    }

    @Test
    void droppedCycleLosesItsForeignKeysFirst() {
        ForeignKeyDef aToB = fk("a_b_id_fkey", "b_id", "b");
        ForeignKeyDef bToA = fk("b_a_id_fkey", "a_id", "a");
        TableDef a = keyed("a", nullable("b_id", "bigint")).withForeignKeys(List.of(aToB));
        TableDef b = keyed("b", nullable("a_id", "bigint")).withForeignKeys(List.of(bToA));
        assertDiff(model(a, b), model())
                .up(new DropConstraint(a.name(), aToB), new DropConstraint(b.name(), bToA),
                        new DropTable(a.withForeignKeys(List.of())), new DropTable(b.withForeignKeys(List.of())))
                .down(new CreateTable(b.withForeignKeys(List.of())), new CreateTable(a.withForeignKeys(List.of())),
                        new AddForeignKey(b.name(), bToA), new AddForeignKey(a.name(), aToB));
    }

    @Test
    void newTableReferencingAKeyAddedInTheSameDiffGetsItsForeignKeyLater() {
        TableDef accounts = keyed("accounts", notNull("code", "text"));
        TableDef accountsWithKey = accounts.withIndexes(List.of(IndexDef.on("accounts_code_idx", true, "code")));
        ForeignKeyDef byCode = ForeignKeyDef.of("entries_code_fkey", List.of("code"), accounts.name(), List.of("code"));
        TableDef entries = keyed("entries", notNull("code", "text")).withForeignKeys(List.of(byCode));
        List<SchemaOp> ops = SchemaDiff.between(model(accounts), model(accountsWithKey, entries)).ops();
        assertEquals(List.of("create table public.entries (id, code)",
                "create unique index accounts_code_idx on public.accounts (code)",
                "add foreign key entries_code_fkey on public.entries (code) references public.accounts (code)"),
                ops.stream().map(SchemaOp::describe).toList());
        assertEquals(model(accountsWithKey, entries), OpApplier.apply(model(accounts), ops));
    }

    @Test
    void newTableReferencingAStableKeyKeepsItsForeignKey() {
        assertDiff(model(USERS_TABLE), users())
                .up(new CreateTable(ORDERS_TABLE))
                .down(new DropTable(ORDERS_TABLE));
    }

    @Test
    void tableCommentIsSetOnItsOwn() {
        TableDef commented = USERS_TABLE.withComment("People who sign in");
        assertDiff(users(), model(commented, ORDERS_TABLE))
                .up(new SetComment(CommentTarget.table(USERS), null, "People who sign in"))
                .down(new SetComment(CommentTarget.table(USERS), "People who sign in", null))
                .hazards();
    }

    @Test
    void schemasAreCreatedFirstAndDroppedLast() {
        QualifiedName invoices = QualifiedName.of("billing", "invoices");
        TableDef table = TableDef.of(invoices, List.of(ColumnDef.of("id", BIGINT)));
        SchemaModel billing = model().withSchemas(List.of("public", "billing")).withTables(List.of(table));
        assertDiff(model(), billing)
                .up(new CreateSchema("billing"), new CreateTable(table))
                .down(new DropTable(table), new DropSchema("billing"));
    }

    @Test
    void longForeignKeyChainsNeedNoRecursion() {
        List<TableDef> tables = new ArrayList<>();
        tables.add(keyed("t0"));
        for (int i = 1; i < 20_000; i++) {
            tables.add(keyed("t" + i, notNull("prev_id", "bigint"))
                    .withForeignKeys(List.of(fk("t" + i + "_prev_id_fkey", "prev_id", "t" + (i - 1)))));
        }
        List<SchemaOp> ops = SchemaDiff.between(model(), model(tables.toArray(TableDef[]::new))).ops();
        assertEquals(20_000, ops.size());
        assertEquals("create table public.t0 (id)", ops.get(0).describe());
        assertEquals("create table public.t19999 (id, prev_id)", ops.get(19_999).describe());
    }
}
