package io.migrata.schema.op;

import io.migrata.schema.CheckDef;
import io.migrata.schema.ColumnDef;
import io.migrata.schema.ColumnRef;
import io.migrata.schema.EnumTypeDef;
import io.migrata.schema.ForeignKeyDef;
import io.migrata.schema.IndexDef;
import io.migrata.schema.IndexKey;
import io.migrata.schema.PrimaryKeyDef;
import io.migrata.schema.QualifiedName;
import io.migrata.schema.SchemaModel;
import io.migrata.schema.SequenceDef;
import io.migrata.schema.SequenceOptions;
import io.migrata.schema.SqlType;
import io.migrata.schema.TableDef;
import io.migrata.schema.UniqueDef;
import io.migrata.schema.ViewDef;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.migrata.schema.op.Fixture.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OpApplierPreconditionTest {

    private static final QualifiedName GHOSTS = QualifiedName.of("public", "ghosts");

    private static void assertFails(SchemaOp op, String... fragments) {
        assertFails(MODEL, op, fragments);
    }

    private static void assertFails(SchemaModel model, SchemaOp op, String... fragments) {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> OpApplier.apply(model, op));
        assertTrue(e.getMessage().startsWith("cannot " + op.describe() + ": "), e.getMessage());
        for (String fragment : fragments) {
            assertTrue(e.getMessage().contains(fragment), () -> "\"" + e.getMessage() + "\" should mention " + fragment);
        }
    }

    @Nested
    class CarriedDefinitionMustBeCurrent {

        @Test
        void dropTable() {
            assertFails(new DropTable(AUDIT_LOGS_TABLE.withComment("Everything")), "table public.audit_logs differs");
        }

        @Test
        void dropColumn() {
            assertFails(new DropColumn(AUDIT_LOGS, PAYLOAD.withNullable(false)), "column public.audit_logs.payload differs");
        }

        @Test
        void alterColumn() {
            assertFails(new AlterColumn(USERS, PHONE.withType(TEXT), PHONE.withType(TEXT).withNullable(false)),
                    "column public.users.phone differs");
        }

        @Test
        void dropConstraint() {
            assertFails(new DropConstraint(ORDERS, new CheckDef("orders_total_check", "(total > (0)::numeric)")),
                    "check constraint orders_total_check on public.orders differs");
            assertFails(new DropConstraint(ORDERS, UniqueDef.of("orders_total_check", List.of("total"))),
                    "check constraint orders_total_check on public.orders differs");
            assertFails(new DropConstraint(ORDERS, new CheckDef("orders_ghost_check", "(true)")),
                    "table public.orders has no constraint orders_ghost_check");
        }

        @Test
        void dropIndex() {
            assertFails(new DropIndex(USERS, IndexDef.on("users_phone_idx", true, "phone"), false),
                    "index users_phone_idx on public.users differs");
            assertFails(new DropIndex(USERS, IndexDef.on("users_ghost_idx", false, "phone"), false),
                    "table public.users has no index users_ghost_idx");
        }

        @Test
        void dropEnum() {
            assertFails(new DropEnum(new EnumTypeDef(PRIORITY, List.of("low", "high"), "Ticket priority")),
                    "enum public.priority differs");
            assertFails(new DropEnum(new EnumTypeDef(QualifiedName.of("public", "ghost"), List.of(), null)),
                    "enum public.ghost does not exist");
        }

        @Test
        void dropAndAlterSequence() {
            SequenceDef other = new SequenceDef(INVOICE_SEQ, BIGINT, SequenceOptions.defaultsFor(BIGINT), null, null);
            assertFails(new DropSequence(other), "sequence public.invoice_no_seq differs");
            assertFails(new AlterSequence(other, new SequenceDef(INVOICE_SEQ, INTEGER, SequenceOptions.defaultsFor(INTEGER),
                    null, null)), "sequence public.invoice_no_seq differs");
        }

        @Test
        void dropAndReplaceView() {
            ViewDef other = new ViewDef(ACTIVE_USERS, " SELECT 1;", false, null);
            assertFails(new DropView(other), "view public.active_users differs");
            assertFails(new ReplaceView(other, ACTIVE_USERS_VIEW), "view public.active_users differs");
        }

        @Test
        void setComment() {
            assertFails(new SetComment(CommentTarget.table(USERS), "Users", "Accounts"),
                    "table public.users has comment 'People who sign in', not 'Users'");
            assertFails(new SetComment(CommentTarget.column(USERS, "email"), "Address", null),
                    "column public.users.email has comment none");
            assertFails(new SetComment(CommentTarget.view(ACTIVE_USERS, true), null, "x"),
                    "public.active_users is a view");
        }
    }

    @Nested
    class TargetsMustExistOrNot {

        @Test
        void addColumnToAMissingTable() {
            assertFails(new AddColumn(GHOSTS, PHONE), "table public.ghosts does not exist");
        }

        @Test
        void addAnExistingColumn() {
            assertFails(new AddColumn(USERS, EMAIL.withNullable(true)), "table public.users already has a column email");
        }

        @Test
        void renamesOntoExistingNames() {
            assertFails(new RenameTable(USERS, "orders"), "the name public.orders is taken by table public.orders");
            assertFails(new RenameTable(USERS, "active_users"), "taken by view public.active_users");
            assertFails(new RenameColumn(USERS, "phone", "email"), "table public.users already has a column email");
            assertFails(new RenameColumn(USERS, "fax", "phone"), "table public.users has no column fax");
        }

        @Test
        void schemas() {
            assertFails(new CreateSchema("billing"), "schema billing already exists");
            assertFails(new DropSchema("sales"), "schema sales does not exist");
        }

        @Test
        void secondPrimaryKey() {
            assertFails(new AddPrimaryKey(USERS, new PrimaryKeyDef("users_pkey2", List.of("email"))),
                    "table public.users already has primary key users_pkey");
        }

        @Test
        void enumLabels() {
            assertFails(new AddEnumValue(USER_STATUS, "blocked", null, null), "enum public.user_status already has the label blocked");
            assertFails(new AddEnumValue(USER_STATUS, "paused", "deleted", null),
                    "enum public.user_status has no label deleted");
            assertFails(new AddEnumValue(USER_STATUS, "paused", null, "deleted"),
                    "enum public.user_status has no label deleted");
            assertFails(new DropEnumValue(USER_STATUS, "deleted", null, null), "enum public.user_status has no label deleted");
            assertFails(new DropEnumValue(PRIORITY, "low", null, null), "label low of enum public.priority does not stand");
            assertFails(new DropEnumValue(PRIORITY, "medium", "low", null),
                    "label medium of enum public.priority does not stand before 'low'");
            assertFails(new RenameEnumValue(PRIORITY, "low", "high"), "enum public.priority already has the label high");
        }
    }

    @Nested
    class SchemasMustBeListed {

        @Test
        void newObjectsGoIntoKnownSchemas() {
            QualifiedName salesOrders = QualifiedName.of("sales", "orders");
            assertFails(new CreateTable(TableDef.of(salesOrders, List.of(ORDER_ID))), "schema sales is not in the model");
            assertFails(new CreateEnum(new EnumTypeDef(salesOrders, List.of("a"), null)), "schema sales is not in the model");
            assertFails(new CreateSequence(new SequenceDef(salesOrders, BIGINT, SequenceOptions.defaultsFor(BIGINT), null,
                    null)), "schema sales is not in the model");
            assertFails(new CreateView(new ViewDef(salesOrders, " SELECT 1;", false, null)), "schema sales is not in the model");
        }

        @Test
        void aSchemaIsDroppedOnlyWhenEmpty() {
            assertFails(new DropSchema("public"), "it still holds table public.audit_logs, table public.orders, table public.readings,"
                    + " table public.readings_2024, table public.readings_2025, table public.users,"
                    + " view public.active_users, sequence public.invoice_no_seq, enum public.priority, enum public.user_status");
        }
    }

    @Nested
    class Dependencies {

        @Test
        void dropColumnStillUsedByItsTableOrAnother() {
            assertFails(new DropColumn(USERS, USER_ID),
                    "column id is still used by primary key users_pkey, foreign key orders_user_id_fkey on public.orders");
            assertFails(new DropColumn(USERS, EMAIL), "still used by unique constraint users_email_key");
            assertFails(new DropColumn(USERS, PHONE), "still used by index users_phone_idx");
            assertFails(new DropColumn(ORDERS, ORDER_USER_ID),
                    "still used by foreign key orders_user_id_fkey, index orders_user_id_idx");
            assertFails(new DropColumn(ORDERS, INVOICE_NO),
                    "still used by sequence public.invoice_no_seq (owned by public.orders.invoice_no)");
        }

        @Test
        void dropColumnListedOnlyAsAnIncludeColumn() {
            IndexDef covering = new IndexDef("users_email_covering_idx", List.of(IndexKey.column("email")),
                    false, false, "btree", List.of("phone"), null);
            SchemaModel model = OpApplier.apply(MODEL, List.of(new DropIndex(USERS, USERS_PHONE_IDX, false),
                    new CreateIndex(USERS, covering, false)));
            assertFails(model, new DropColumn(USERS, PHONE), "still used by index users_email_covering_idx");
        }

        @Test
        void dropTableStillReferenced() {
            assertFails(new DropTable(USERS_TABLE), "still referenced by foreign key orders_user_id_fkey on public.orders");
        }

        @Test
        void dropTableWhoseColumnOwnsASequence() {
            assertFails(new DropTable(ORDERS_TABLE), "would also drop sequence public.invoice_no_seq");
        }

        @Test
        void createTableWithAForeignKeyToAMissingTable() {
            TableDef table = new TableDef(QualifiedName.of("public", "haunts"), List.of(LOG_ID), null, List.of(), List.of(),
                    List.of(ForeignKeyDef.of("haunts_id_fkey", List.of("id"), GHOSTS, List.of("id"))), List.of(), null);
            assertFails(new CreateTable(table),
                    "foreign key haunts_id_fkey references table public.ghosts, which does not exist");
        }

        @Test
        void foreignKeyNeedsAKeyOnItsTargetColumns() {
            assertFails(new AddForeignKey(AUDIT_LOGS, ForeignKeyDef.of("audit_logs_id_fkey", List.of("id"), ORDERS,
                            List.of("user_id"))),
                    "table public.orders has no primary key, unique constraint or unique index on (user_id)");
            assertFails(new AddForeignKey(AUDIT_LOGS, ForeignKeyDef.of("audit_logs_id_fkey", List.of("id"), ORDERS,
                    List.of("amount"))), "table public.orders has no column amount");
        }

        @Test
        void keyAForeignKeyNeedsStays() {
            assertFails(new DropConstraint(USERS, USERS_PKEY),
                    "foreign key orders_user_id_fkey on public.orders depends on primary key constraint users_pkey");
        }

        @Test
        void keyMayGoWhenAnotherKeyCoversTheForeignKey() {
            SchemaModel model = OpApplier.apply(MODEL, new CreateIndex(USERS, IndexDef.on("users_id_idx", true, "id"), false));
            SchemaModel after = OpApplier.apply(model, new DropConstraint(USERS, USERS_PKEY));
            assertEquals(null, after.table(USERS).orElseThrow().primaryKey());
            assertFails(after, new DropIndex(USERS, IndexDef.on("users_id_idx", true, "id"), false),
                    "foreign key orders_user_id_fkey on public.orders depends on unique index users_id_idx");
        }

        @Test
        void enumStillTheTypeOfAColumn() {
            assertFails(new DropEnum(USER_STATUS_TYPE), "it is still the type of column public.users.status");
            SchemaModel arrays = OpApplier.apply(MODEL, new AddColumn(AUDIT_LOGS,
                    ColumnDef.of("priorities", SqlType.of("public.priority[]"))));
            assertFails(arrays, new DropEnum(PRIORITY_TYPE), "it is still the type of column public.audit_logs.priorities");
        }

        @Test
        void sequenceOwnerMustExistInTheSameSchema() {
            assertFails(new CreateSequence(new SequenceDef(QualifiedName.of("public", "s"), BIGINT,
                    SequenceOptions.defaultsFor(BIGINT), new ColumnRef(USERS, "fax"), null)), "table public.users has no column fax");
            SchemaModel withBilling = OpApplier.apply(MODEL, new CreateTable(TableDef.of(QualifiedName.of("billing", "t"),
                    List.of(LOG_ID))));
            assertFails(withBilling, new CreateSequence(new SequenceDef(QualifiedName.of("public", "s"), BIGINT,
                            SequenceOptions.defaultsFor(BIGINT), new ColumnRef(QualifiedName.of("billing", "t"), "id"), null)),
                    "cannot be owned by billing.t.id, a column in another schema");
        }
    }

    @Nested
    class PostgresRules {

        @Test
        void primaryKeyColumnsAreNotNull() {
            assertFails(new AddPrimaryKey(AUDIT_LOGS, new PrimaryKeyDef("audit_logs_pkey", List.of("payload"))),
                    "column payload of public.audit_logs is nullable: make it NOT NULL first");
            ColumnDef id = ColumnDef.of("id", BIGINT).withNullable(false);
            assertFails(new AlterColumn(ORDERS, id, id.withNullable(true)),
                    "column id is in primary key orders_pkey and must stay NOT NULL");
        }

        @Test
        void relationsShareOneNamespacePerSchema() {
            assertFails(new CreateIndex(USERS, IndexDef.on("orders", false, "email"), false),
                    "the name public.orders is taken by table public.orders");
            assertFails(new CreateIndex(ORDERS, IndexDef.on("users_phone_idx", false, "total"), false),
                    "taken by an index on table public.users");
            assertFails(new CreateSequence(new SequenceDef(QualifiedName.of("public", "users_pkey"), BIGINT,
                    SequenceOptions.defaultsFor(BIGINT), null, null)), "taken by an index on table public.users");
            assertFails(new CreateView(new ViewDef(INVOICE_SEQ, " SELECT 1;", false, null)),
                    "taken by sequence public.invoice_no_seq");
            assertFails(new AddUniqueConstraint(AUDIT_LOGS, UniqueDef.of("orders_pkey", List.of("id"))),
                    "taken by an index on table public.orders");
        }

        @Test
        void aNewTableMayNotReuseANameWithinItself() {
            TableDef table = new TableDef(QualifiedName.of("public", "tickets"), List.of(LOG_ID), null,
                    List.of(UniqueDef.of("tickets_id_key", List.of("id"))), List.of(), List.of(),
                    List.of(IndexDef.on("tickets_id_key", false, "id")), null);
            assertFails(new CreateTable(table), "the name public.tickets_id_key is taken by an index on table public.tickets");
        }

        @Test
        void enumsAndRowTypesShareTheTypeNamespace() {
            assertFails(new CreateEnum(new EnumTypeDef(USERS, List.of("a"), null)),
                    "the type name public.users is taken by the row type of table public.users");
            assertFails(new CreateTable(TableDef.of(PRIORITY, List.of(LOG_ID))),
                    "the type name public.priority is taken by enum public.priority");
        }

        @Test
        void constraintNamesAreUniquePerTable() {
            assertFails(new AddCheckConstraint(USERS, new CheckDef("users_email_key", "(true)")),
                    "table public.users already has a unique constraint named users_email_key");
        }
    }

    @Test
    void aFailureInAListSaysWhichOp() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> OpApplier.apply(MODEL,
                List.of(new CreateSchema("sales"), new CreateSchema("sales"))));
        assertEquals("op 2 of 2: cannot create schema sales: schema sales already exists", e.getMessage());
    }
}
