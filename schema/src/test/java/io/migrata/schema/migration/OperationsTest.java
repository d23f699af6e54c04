package io.migrata.schema.migration;

import io.migrata.schema.CheckDef;
import io.migrata.schema.ColumnDef;
import io.migrata.schema.ColumnRef;
import io.migrata.schema.Deferrability;
import io.migrata.schema.EnumTypeDef;
import io.migrata.schema.ForeignKeyDef;
import io.migrata.schema.IdentityDef;
import io.migrata.schema.IndexDef;
import io.migrata.schema.IndexKey;
import io.migrata.schema.PrimaryKeyDef;
import io.migrata.schema.QualifiedName;
import io.migrata.schema.SequenceDef;
import io.migrata.schema.SequenceOptions;
import io.migrata.schema.SqlType;
import io.migrata.schema.TableDef;
import io.migrata.schema.UniqueDef;
import io.migrata.schema.ViewDef;
import io.migrata.schema.op.AddCheckConstraint;
import io.migrata.schema.op.AddColumn;
import io.migrata.schema.op.AddEnumValue;
import io.migrata.schema.op.AddForeignKey;
import io.migrata.schema.op.AddPrimaryKey;
import io.migrata.schema.op.AddUniqueConstraint;
import io.migrata.schema.op.AlterColumn;
import io.migrata.schema.op.AlterSequence;
import io.migrata.schema.op.CommentTarget;
import io.migrata.schema.op.CreateEnum;
import io.migrata.schema.op.CreateIndex;
import io.migrata.schema.op.CreateSchema;
import io.migrata.schema.op.CreateSequence;
import io.migrata.schema.op.CreateTable;
import io.migrata.schema.op.CreateView;
import io.migrata.schema.op.DropColumn;
import io.migrata.schema.op.DropConstraint;
import io.migrata.schema.op.DropEnum;
import io.migrata.schema.op.DropEnumValue;
import io.migrata.schema.op.DropIndex;
import io.migrata.schema.op.DropSchema;
import io.migrata.schema.op.DropSequence;
import io.migrata.schema.op.DropTable;
import io.migrata.schema.op.DropView;
import io.migrata.schema.op.ExecuteSql;
import io.migrata.schema.op.RenameColumn;
import io.migrata.schema.op.RenameEnumValue;
import io.migrata.schema.op.RenameTable;
import io.migrata.schema.op.ReplaceView;
import io.migrata.schema.op.SchemaOp;
import io.migrata.schema.op.SetComment;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.function.Consumer;

import static io.migrata.schema.migration.Schema.*;
import static io.migrata.schema.migration.Types.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Each full form records exactly the operation it reads as. */
class OperationsTest {

    private static final QualifiedName USERS = QualifiedName.of("public", "users");
    private static final QualifiedName ORDERS = QualifiedName.of("public", "orders");
    private static final QualifiedName INVOICES = QualifiedName.of("billing", "invoices");
    private static final QualifiedName STATUS = QualifiedName.of("public", "bill_status");
    private static final SqlType VARCHAR_20 = SqlType.of("character varying(20)");
    private static final IdentityDef BIGINT_IDENTITY =
            new IdentityDef(IdentityDef.Generation.BY_DEFAULT, SequenceOptions.defaultsFor(SqlType.of("bigint")));

    private static List<SchemaOp> record(Consumer<Operations> migration) {
        Operations op = new Operations();
        migration.accept(op);
        return op.recorded();
    }

    private static void assertRecords(SchemaOp expected, Consumer<Operations> migration) {
        assertEquals(List.of(expected), record(migration));
    }

    @Test
    void createTableAssemblesColumnsConstraintsIndexesAndComment() {
        ColumnDef id = new ColumnDef("id", SqlType.of("bigint"), false, null, BIGINT_IDENTITY, null, null, null);
        ColumnDef email = ColumnDef.of("email", SqlType.of("character varying(320)")).withNullable(false);
        ColumnDef phone = ColumnDef.of("phone", VARCHAR_20).withComment("Mobile").withCollation("C");
        ColumnDef created = ColumnDef.of("created_at", SqlType.of("timestamp(6) with time zone"))
                .withNullable(false).withDefault("now()");
        ColumnDef managerId = ColumnDef.of("manager_id", SqlType.of("bigint"));
        TableDef expected = new TableDef(USERS, List.of(id, email, phone, created, managerId),
                new PrimaryKeyDef("users_pkey", List.of("id")),
                List.of(UniqueDef.of("users_email_key", List.of("email")),
                        new UniqueDef("uq_users_phone", List.of("phone"), true, Deferrability.DEFERRABLE_INITIALLY_DEFERRED)),
                List.of(new CheckDef("ck_users_email", "email <> ''")),
                List.of(new ForeignKeyDef("users_manager_id_fkey", List.of("manager_id"), USERS, List.of("id"),
                        ForeignKeyDef.Action.SET_NULL, ForeignKeyDef.Action.NO_ACTION, false, Deferrability.NOT_DEFERRABLE)),
                List.of(new IndexDef("idx_users_lower_email", List.of(IndexKey.expression("lower((email)::text)")), true,
                        false, "btree", List.of(), null)),
                "People who sign in");
        assertRecords(new CreateTable(expected), op -> op.createTable("users",
                column("id", bigint()).identity(),
                column("email", varchar(320)).notNull().unique(),
                column("phone", varchar(20)).collate("C").comment("Mobile"),
                column("created_at", timestamptz(6)).notNull().defaultTo("now()"),
                column("manager_id", bigint()),
                primaryKey("id"),
                constraint("uq_users_phone").unique("phone").nullsNotDistinct().deferrable().initiallyDeferred(),
                constraint("ck_users_email").check("email <> ''"),
                foreignKey("manager_id").references("users", "id").onDelete(SET_NULL),
                index("idx_users_lower_email").on(expression("lower((email)::text)")).unique(),
                tableComment("People who sign in")));
    }

    @Test
    void primaryKeyColumnsBecomeNotNull() {
        TableDef expected = new TableDef(QualifiedName.of("public", "new_table"),
                List.of(ColumnDef.of("id", SqlType.of("integer")).withNullable(false),
                        ColumnDef.of("name", SqlType.of("character varying(100)")).withNullable(false)),
                new PrimaryKeyDef("new_table_pkey", List.of("id")), List.of(), List.of(), List.of(), List.of(), null);
        assertRecords(new CreateTable(expected), op -> op.createTable("new_table",
                column("id", integer()).primaryKey(),
                column("name", varchar(100)).notNull()));
        assertRecords(new CreateTable(expected), op -> op.createTable("new_table",
                column("id", integer()),
                column("name", varchar(100)).notNull(),
                primaryKey("id")));
    }

    @Test
    void dropTableTakesTheSameElements() {
        TableDef table = TableDef.of(INVOICES, List.of(ColumnDef.of("id", SqlType.of("uuid")).withNullable(false)))
                .withPrimaryKey(new PrimaryKeyDef("pk_invoices", List.of("id")));
        assertRecords(new DropTable(table), op -> op.dropTable("billing.invoices",
                column("id", uuid()).notNull(), constraint("pk_invoices").primaryKey("id")));
    }

    @Test
    void tablesAndSchemas() {
        assertRecords(new CreateSchema("billing"), op -> op.createSchema("billing"));
        assertRecords(new DropSchema("billing"), op -> op.dropSchema("billing"));
        assertRecords(new RenameTable(USERS, "customers"), op -> op.renameTable("users", "customers"));
    }

    @Test
    void columns() {
        ColumnDef phone = ColumnDef.of("phone", VARCHAR_20);
        assertRecords(new AddColumn(USERS, phone), op -> op.addColumn("users", column("phone", varchar(20))));
        assertRecords(new DropColumn(USERS, phone), op -> op.dropColumn("users", column("phone", varchar(20))));
        assertRecords(new RenameColumn(USERS, "phone", "mobile"), op -> op.renameColumn("users", "phone", "mobile"));
        assertEquals(List.of(new AddColumn(USERS, ColumnDef.of("email", SqlType.of("text")).withNullable(false)),
                        new AddPrimaryKey(USERS, new PrimaryKeyDef("users_pkey", List.of("email"))),
                        new AddUniqueConstraint(USERS, UniqueDef.of("users_email_key", List.of("email")))),
                record(op -> op.addColumn("users", column("email", text()).primaryKey().unique())));
        ColumnDef generated = ColumnDef.of("total", SqlType.of("numeric(12,2)")).withGenerated("price * qty");
        assertRecords(new AddColumn(ORDERS, generated),
                op -> op.addColumn("orders", column("total", numeric(12, 2)).generatedAs("price * qty")));
    }

    @Test
    void alterColumnAppliesEveryClauseToTheStatedColumn() {
        ColumnDef from = ColumnDef.of("amount", SqlType.of("integer")).withDefault("0").withCollation("C");
        ColumnDef to = new ColumnDef("amount", SqlType.of("bigint"), false, null,
                new IdentityDef(IdentityDef.Generation.ALWAYS, new SequenceOptions(100, 1, 1, Long.MAX_VALUE, 1, false)),
                null, null, null);
        assertRecords(new AlterColumn(ORDERS, from, to, "amount::bigint", "amount::integer"),
                op -> op.alterColumn("orders", column("amount", integer()).defaultTo("0").collate("C"),
                        setIdentity(generatedAlways().start(100)),
                        dropDefault(),
                        resetCollation(),
                        setType(bigint()).using("amount::bigint").reverseUsing("amount::integer")));
        ColumnDef plain = ColumnDef.of("code", SqlType.of("text"));
        assertRecords(new AlterColumn(ORDERS, plain, plain.withNullable(false).withDefault("'x'").withCollation("C")),
                op -> op.alterColumn("orders", column("code", text()), setNotNull(), setDefault("'x'"), setCollation("C")));
        ColumnDef generated = plain.withGenerated("upper(name)").withNullable(false);
        assertRecords(new AlterColumn(ORDERS, generated, generated.withGenerated(null).withNullable(true)),
                op -> op.alterColumn("orders", column("code", text()).notNull().generatedAs("upper(name)"),
                        dropExpression(), dropNotNull()));
        ColumnDef identity = new ColumnDef("id", SqlType.of("bigint"), false, null, BIGINT_IDENTITY, null, null, null);
        assertRecords(new AlterColumn(ORDERS, identity, identity.withIdentity(null)),
                op -> op.alterColumn("orders", column("id", bigint()).identity(), dropIdentity()));
        assertRecords(new AlterColumn(ORDERS, plain, plain.withGenerated("lower(name)")),
                op -> op.alterColumn("orders", column("code", text()), setExpression("lower(name)")));
    }

    @Test
    void constraints() {
        ForeignKeyDef fk = new ForeignKeyDef("fk_orders_user_id", List.of("user_id"), USERS, List.of("id"),
                ForeignKeyDef.Action.CASCADE, ForeignKeyDef.Action.RESTRICT, true, Deferrability.DEFERRABLE_INITIALLY_IMMEDIATE);
        assertRecords(new AddForeignKey(ORDERS, fk), op -> op.createForeignKey("orders",
                constraint("fk_orders_user_id").foreignKey("user_id").references("users", "id")
                        .onDelete(CASCADE).onUpdate(RESTRICT).matchFull().deferrable()));
        ForeignKeyDef crossSchema = ForeignKeyDef.of("invoices_user_id_fkey", List.of("user_id"), USERS, List.of("id"));
        assertRecords(new AddForeignKey(INVOICES, crossSchema),
                op -> op.createForeignKey("billing.invoices", foreignKey("user_id").references("public.users", "id")));
        assertRecords(new AddPrimaryKey(USERS, new PrimaryKeyDef("users_pkey", List.of("id"))),
                op -> op.createPrimaryKey("users", primaryKey("id")));
        assertRecords(new AddUniqueConstraint(USERS, UniqueDef.of("users_a_b_key", List.of("a", "b"))),
                op -> op.createUniqueConstraint("users", unique("a", "b")));
        CheckDef check = new CheckDef("ck_amount", "amount >= 0");
        assertRecords(new AddCheckConstraint(ORDERS, check),
                op -> op.createCheckConstraint("orders", constraint("ck_amount").check("amount >= 0")));
        assertRecords(new DropConstraint(ORDERS, check),
                op -> op.dropConstraint("orders", constraint("ck_amount").check("amount >= 0")));
    }

    @Test
    void indexes() {
        IndexDef index = new IndexDef("idx_orders_recent",
                List.of(new IndexKey("user_id", null, false, true, "int8_ops", null),
                        new IndexKey("created_at", null, true, false, null, null),
                        new IndexKey(null, "lower(note)", false, false, null, "C")),
                true, true, "btree", List.of("total"), "status <> 'PAID'");
        IndexSpec spec = index("idx_orders_recent")
                .on(key("user_id").nullsFirst().opclass("int8_ops"), key("created_at").desc().nullsLast(),
                        expression("lower(note)").collate("C"))
                .unique().nullsNotDistinct().include("total").where("status <> 'PAID'");
        assertRecords(new CreateIndex(ORDERS, index, false), op -> op.createIndex("orders", spec));
        assertRecords(new DropIndex(ORDERS, index, true), op -> op.dropIndex("orders", spec.concurrently()));
        IndexDef gin = new IndexDef("idx_tags", List.of(IndexKey.column("tags")), false, false, "gin", List.of(), null);
        assertRecords(new CreateIndex(ORDERS, gin, true),
                op -> op.createIndex("orders", index("idx_tags").on("tags").using("gin").concurrently()));
        assertEquals(IndexKey.column("a").desc(), key("a").desc().resolve());
    }

    @Test
    void enums() {
        assertRecords(new CreateEnum(new EnumTypeDef(STATUS, List.of("PENDING", "PAID"), null)),
                op -> op.createEnum("bill_status", "PENDING", "PAID"));
        assertRecords(new CreateEnum(new EnumTypeDef(STATUS, List.of(), "none yet")),
                op -> op.createEnum(enumType("bill_status").comment("none yet")));
        assertRecords(new DropEnum(new EnumTypeDef(STATUS, List.of("A"), null)), op -> op.dropEnum(enumType("bill_status", "A")));
        assertRecords(new AddEnumValue(STATUS, "X", null, null), op -> op.addEnumValue("bill_status", "X"));
        assertRecords(new AddEnumValue(STATUS, "X", "PAID", null), op -> op.addEnumValue("bill_status", "X", before("PAID")));
        assertRecords(new DropEnumValue(STATUS, "X", null, "PAID"), op -> op.dropEnumValue("bill_status", "X", after("PAID")));
        assertRecords(new DropEnumValue(STATUS, "X", null, null), op -> op.dropEnumValue("bill_status", "X", atEnd()));
        assertRecords(new RenameEnumValue(STATUS, "PAID", "SETTLED"), op -> op.renameEnumValue("bill_status", "PAID", "SETTLED"));
    }

    @Test
    void sequencesGetPostgresDefaultsForWhatTheyLeaveOut() {
        QualifiedName name = QualifiedName.of("public", "invoice_no");
        SequenceDef plain = new SequenceDef(name, SqlType.of("bigint"), SequenceOptions.defaultsFor(SqlType.of("bigint")),
                null, null);
        assertRecords(new CreateSequence(plain), op -> op.createSequence(sequence("invoice_no")));
        SequenceDef descending = new SequenceDef(name, SqlType.of("integer"),
                new SequenceOptions(-1, -1, Integer.MIN_VALUE, -1, 1, false), null, null);
        assertRecords(new CreateSequence(descending), op -> op.createSequence(sequence("invoice_no").as(integer()).increment(-1)));
        SequenceDef custom = new SequenceDef(name, SqlType.of("smallint"), new SequenceOptions(10, 5, 10, 1000, 20, true),
                new ColumnRef(ORDERS, "invoice_no"), "Invoice numbers");
        SequenceSpec customSpec = sequence("invoice_no").as(smallint()).increment(5).minValue(10).maxValue(1000).cache(20)
                .cycle().ownedBy("orders", "invoice_no").comment("Invoice numbers");
        assertRecords(new CreateSequence(custom), op -> op.createSequence(customSpec));
        assertRecords(new DropSequence(custom), op -> op.dropSequence(customSpec));
        SequenceDef restarted = new SequenceDef(name, SqlType.of("bigint"),
                SequenceOptions.defaultsFor(SqlType.of("bigint")).withStart(1000), null, null);
        assertRecords(new AlterSequence(plain, restarted),
                op -> op.alterSequence(sequence("invoice_no"), sequence("invoice_no").start(1000)));
    }

    @Test
    void commentsViewsAndSql() {
        assertRecords(new SetComment(CommentTarget.column(USERS, "phone"), null, "Mobile"),
                op -> op.changeComment(onColumn("users", "phone"), null, "Mobile"));
        assertRecords(new SetComment(CommentTarget.view(QualifiedName.of("public", "v"), true), "a", "b"),
                op -> op.changeComment(onMaterializedView("v"), "a", "b"));
        assertRecords(new SetComment(CommentTarget.type(STATUS), "x", null), op -> op.changeComment(onType("bill_status"), "x", null));
        ViewDef view = new ViewDef(QualifiedName.of("public", "active_users"), "SELECT 1", false, null);
        assertRecords(new CreateView(view), op -> op.createView("active_users", "SELECT 1"));
        ViewDef materialized = new ViewDef(QualifiedName.of("public", "active_users"), "SELECT 2", true, "c");
        assertRecords(new CreateView(materialized),
                op -> op.createView(view("active_users", "SELECT 2").materialized().comment("c")));
        assertRecords(new DropView(view), op -> op.dropView(view("active_users", "SELECT 1")));
        ViewDef replaced = new ViewDef(view.name(), "SELECT 2", true, null);
        assertRecords(new ReplaceView(view, replaced),
                op -> op.replaceView(view("active_users", "SELECT 1"), view("active_users", "SELECT 2").materialized()));
        assertRecords(ExecuteSql.irreversible("UPDATE t SET a = 1"), op -> op.execute("UPDATE t SET a = 1"));
        assertRecords(new ExecuteSql("a", "b", true), op -> op.execute("a", "b"));
        assertEquals(List.of(new ExecuteSql("VACUUM t", null, false), new ExecuteSql("c", "d", false)),
                record(op -> op.outsideTransaction(tx -> {
                    tx.execute("VACUUM t");
                    tx.execute("c", "d");
                })));
    }

    @Test
    void namesOutsideTheDefaultSchema() {
        Operations op = new Operations("app");
        op.addColumn("users", column("a", text()));
        op.addColumn("public.users", column("a", text()));
        ColumnDef a = ColumnDef.of("a", SqlType.of("text"));
        assertEquals(List.of(new AddColumn(QualifiedName.of("app", "users"), a), new AddColumn(USERS, a)), op.recorded());
    }
}
