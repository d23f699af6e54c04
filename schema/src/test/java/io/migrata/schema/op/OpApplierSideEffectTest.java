package io.migrata.schema.op;

import io.migrata.schema.ColumnDef;
import io.migrata.schema.ColumnRef;
import io.migrata.schema.ForeignKeyDef;
import io.migrata.schema.IndexDef;
import io.migrata.schema.IndexKey;
import io.migrata.schema.PrimaryKeyDef;
import io.migrata.schema.QualifiedName;
import io.migrata.schema.SchemaModel;
import io.migrata.schema.TableDef;
import io.migrata.schema.UniqueDef;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.migrata.schema.op.Fixture.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OpApplierSideEffectTest {

    private static final QualifiedName CATEGORIES = QualifiedName.of("public", "categories");
    private static final TableDef CATEGORIES_TABLE = new TableDef(CATEGORIES,
            List.of(ColumnDef.of("id", INTEGER).withNullable(false), ColumnDef.of("parent_id", INTEGER)),
            new PrimaryKeyDef("categories_pkey", List.of("id")), List.of(), List.of(),
            List.of(ForeignKeyDef.of("categories_parent_id_fkey", List.of("parent_id"), CATEGORIES, List.of("id"))),
            List.of(), null);

    @Test
    void renameTableRetargetsForeignKeysElsewhere() {
        QualifiedName members = QualifiedName.of("public", "members");
        SchemaModel after = OpApplier.apply(MODEL, new RenameTable(USERS, "members"));
        assertTrue(after.table(USERS).isEmpty());
        assertEquals(USERS_TABLE.withName(members), table(after, members));
        assertEquals(members, table(after, ORDERS).foreignKeys().get(0).targetTable());
    }

    @Test
    void renameTableRetargetsItsOwnSelfReference() {
        QualifiedName sections = QualifiedName.of("public", "sections");
        SchemaModel after = OpApplier.apply(MODEL, List.of(new CreateTable(CATEGORIES_TABLE),
                new RenameTable(CATEGORIES, "sections")));
        assertEquals(sections, table(after, sections).foreignKeys().get(0).targetTable());
        assertEquals("categories_pkey", table(after, sections).primaryKey().name(), "key names stay, as in PostgreSQL");
    }

    @Test
    void renameTableMovesSequenceOwnership() {
        QualifiedName purchases = QualifiedName.of("public", "purchases");
        SchemaModel after = OpApplier.apply(MODEL, new RenameTable(ORDERS, "purchases"));
        assertEquals(new ColumnRef(purchases, "invoice_no"), after.sequence(INVOICE_SEQ).orElseThrow().ownedBy());
    }

    @Test
    void renameColumnFollowsIntoKeysAndReferencingForeignKeys() {
        SchemaModel after = OpApplier.apply(MODEL, new RenameColumn(USERS, "id", "user_id"));
        TableDef users = table(after, USERS);
        assertEquals(USER_ID.withName("user_id"), users.column("user_id").orElseThrow());
        assertEquals(List.of("user_id"), users.primaryKey().columns());
        assertEquals(List.of("user_id"), table(after, ORDERS).foreignKeys().get(0).targetColumns());
        assertEquals(List.of("user_id"), table(after, ORDERS).foreignKeys().get(0).columns(), "the referencing side keeps its name");
    }

    @Test
    void renameColumnFollowsIntoUniquesAndIndexKeysAndIncludes() {
        IndexDef covering = new IndexDef("users_email_covering_idx", List.of(IndexKey.column("email").desc()), false, false,
                "btree", List.of("phone"), null);
        SchemaModel model = OpApplier.apply(MODEL, List.of(
                new AddUniqueConstraint(USERS, UniqueDef.of("users_phone_key", List.of("phone", "email"))),
                new CreateIndex(USERS, covering, false)));
        TableDef users = table(OpApplier.apply(model, new RenameColumn(USERS, "phone", "mobile")), USERS);
        assertEquals(List.of("mobile", "email"), users.constraint("users_phone_key").map(c -> ((UniqueDef) c).columns())
                .orElseThrow());
        assertEquals(List.of(IndexKey.column("mobile")), index(users, "users_phone_idx").keys());
        assertEquals(List.of("mobile"), index(users, "users_email_covering_idx").include());
        assertEquals(IndexKey.column("email").desc(), index(users, "users_email_covering_idx").keys().get(0));
    }

    @Test
    void renameColumnFollowsIntoTheTablesOwnForeignKeyAndIndex() {
        TableDef orders = table(OpApplier.apply(MODEL, new RenameColumn(ORDERS, "user_id", "customer_id")), ORDERS);
        assertEquals(List.of("customer_id"), orders.foreignKeys().get(0).columns());
        assertEquals(List.of(IndexKey.column("customer_id")), index(orders, "orders_user_id_idx").keys());
    }

    @Test
    void renameColumnFollowsIntoASelfReference() {
        SchemaModel after = OpApplier.apply(MODEL, List.of(new CreateTable(CATEGORIES_TABLE),
                new RenameColumn(CATEGORIES, "id", "category_id")));
        ForeignKeyDef fk = table(after, CATEGORIES).foreignKeys().get(0);
        assertEquals(List.of("parent_id"), fk.columns());
        assertEquals(List.of("category_id"), fk.targetColumns());
    }

    @Test
    void renameColumnMovesSequenceOwnership() {
        SchemaModel after = OpApplier.apply(MODEL, new RenameColumn(ORDERS, "invoice_no", "number"));
        assertEquals(new ColumnRef(ORDERS, "number"), after.sequence(INVOICE_SEQ).orElseThrow().ownedBy());
    }

    @Test
    void renameColumnLeavesExpressionsAsText() {
        SchemaModel after = OpApplier.apply(MODEL, new RenameColumn(ORDERS, "total", "amount"));
        assertEquals(ORDERS_TOTAL_CHECK, table(after, ORDERS).checks().get(0));
    }

    @Test
    void enumLabelsLandWhereTheOpSays() {
        SchemaModel after = OpApplier.apply(MODEL, List.of(
                new AddEnumValue(PRIORITY, "none", "low", null),
                new AddEnumValue(PRIORITY, "normal", null, "medium"),
                new AddEnumValue(PRIORITY, "urgent", null, null),
                new RenameEnumValue(PRIORITY, "high", "important")));
        assertEquals(List.of("none", "low", "medium", "normal", "important", "urgent"),
                after.enumType(PRIORITY).orElseThrow().labels());
    }

    @Test
    void createAndAlterLeaveExactlyTheGivenDefinitions() {
        SchemaModel after = OpApplier.apply(MODEL, List.of(
                new CreateTable(CATEGORIES_TABLE),
                new AlterColumn(USERS, PHONE, PHONE.withType(TEXT).withNullable(false))));
        assertEquals(CATEGORIES_TABLE, table(after, CATEGORIES));
        assertEquals(PHONE.withType(TEXT).withNullable(false), table(after, USERS).column("phone").orElseThrow());
        assertEquals(MODEL.tables().size() + 1, after.tables().size());
    }

    @Test
    void executeSqlLeavesTheModelAlone() {
        assertSame(MODEL, OpApplier.apply(MODEL, ExecuteSql.irreversible("VACUUM")));
    }

    private static IndexDef index(TableDef table, String name) {
        return table.indexes().stream().filter(i -> i.name().equals(name)).findFirst().orElseThrow();
    }
}
