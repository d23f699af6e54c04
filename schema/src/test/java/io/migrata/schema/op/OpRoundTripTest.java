package io.migrata.schema.op;

import io.migrata.schema.CheckDef;
import io.migrata.schema.ColumnDef;
import io.migrata.schema.DomainDef;
import io.migrata.schema.EnumTypeDef;
import io.migrata.schema.GrantDef;
import io.migrata.schema.PolicyDef;
import io.migrata.schema.RowSecurity;
import io.migrata.schema.ExtensionDef;
import io.migrata.schema.AggregateDef;
import io.migrata.schema.FunctionDef;
import io.migrata.schema.ForeignKeyDef;
import io.migrata.schema.IdentityDef;
import io.migrata.schema.IndexDef;
import io.migrata.schema.IndexKey;
import io.migrata.schema.PrimaryKeyDef;
import io.migrata.schema.PartitionOf;
import io.migrata.schema.QualifiedName;
import io.migrata.schema.SchemaModel;
import io.migrata.schema.SequenceDef;
import io.migrata.schema.SequenceOptions;
import io.migrata.schema.SqlType;
import io.migrata.schema.TableDef;
import io.migrata.schema.UniqueDef;
import io.migrata.schema.TriggerDef;
import io.migrata.schema.ViewDef;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static io.migrata.schema.op.Fixture.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** Every op kind, applied to {@link Fixture#MODEL} and undone by its inverse. */
class OpRoundTripTest {

    static List<SchemaOp> ops() {
        QualifiedName invoices = QualifiedName.of("billing", "invoices");
        QualifiedName categories = QualifiedName.of("public", "categories");
        TableDef invoicesTable = new TableDef(invoices,
                List.of(ColumnDef.of("id", BIGINT).withNullable(false), ColumnDef.of("order_id", BIGINT).withNullable(false),
                        ColumnDef.of("number", TEXT).withNullable(false).withComment("Printed on the invoice")),
                new PrimaryKeyDef("invoices_pkey", List.of("id")),
                List.of(UniqueDef.of("invoices_number_key", List.of("number"))),
                List.of(new CheckDef("invoices_number_check", "(number <> ''::text)")),
                List.of(ForeignKeyDef.of("invoices_order_id_fkey", List.of("order_id"), ORDERS, List.of("id"))),
                List.of(IndexDef.on("invoices_order_id_idx", false, "order_id")),
                "One per order");
        TableDef categoriesTable = new TableDef(categories,
                List.of(ColumnDef.of("id", INTEGER).withNullable(false), ColumnDef.of("parent_id", INTEGER)),
                new PrimaryKeyDef("categories_pkey", List.of("id")), List.of(), List.of(),
                List.of(ForeignKeyDef.of("categories_parent_id_fkey", List.of("parent_id"), categories, List.of("id"))),
                List.of(), null);
        SequenceDef ticketSeq = new SequenceDef(QualifiedName.of("public", "ticket_seq"), BIGINT,
                SequenceOptions.defaultsFor(BIGINT).withStart(1000), null, "Ticket numbers");
        SequenceDef invoiceSeqChanged = new SequenceDef(INVOICE_SEQ, BIGINT,
                SequenceOptions.defaultsFor(BIGINT).withIncrement(50), null, null);
        return List.of(
                new CreateSchema("audit"),
                new DropSchema("billing"),
                new CreateTable(invoicesTable),
                new CreateTable(categoriesTable),
                new DropTable(AUDIT_LOGS_TABLE),
                new RenameTable(USERS, "members"),
                new RenameTable(ORDERS, "purchases"),
                new CreateTable(TableDef.partition(QualifiedName.of("public", "readings_old"),
                        new PartitionOf(READINGS, "DEFAULT")).withIndexes(List.of(IndexDef.on("readings_old_value_idx", false, "value")))),
                new AttachPartition(READINGS_2025, IN_2025),
                new DetachPartition(READINGS_2024, IN_2024),
                new AddColumn(USERS, ColumnDef.of("nickname", TEXT).withComment("Shown to others")),
                new DropColumn(AUDIT_LOGS, PAYLOAD),
                new AlterColumn(USERS, PHONE, PHONE.withType(TEXT).withNullable(false).withDefault("''::text")),
                new AlterColumn(ORDERS, TOTAL, TOTAL.withType(INTEGER), "round(total)::integer", "total::numeric(12,2)"),
                new AlterColumn(ORDERS, ORDER_ID, ORDER_ID.withIdentity(
                        new IdentityDef(IdentityDef.Generation.ALWAYS, SequenceOptions.defaultsFor(BIGINT)))),
                new AlterColumn(USERS, EMAIL, EMAIL.withCollation("\"C\"")),
                new RenameColumn(USERS, "id", "user_id"),
                new RenameColumn(ORDERS, "invoice_no", "number"),
                new AddPrimaryKey(AUDIT_LOGS, new PrimaryKeyDef("audit_logs_pkey", List.of("id"))),
                new AddUniqueConstraint(USERS, UniqueDef.of("users_phone_key", List.of("phone"))),
                new AddCheckConstraint(USERS, new CheckDef("users_email_check", "((email)::text <> ''::text)")),
                new AddForeignKey(AUDIT_LOGS, ForeignKeyDef.of("audit_logs_id_fkey", List.of("id"), USERS, List.of("id"))),
                new DropConstraint(ORDERS, ORDERS_PKEY),
                new DropConstraint(USERS, USERS_EMAIL_KEY),
                new DropConstraint(ORDERS, ORDERS_TOTAL_CHECK),
                new DropConstraint(ORDERS, ORDERS_USER_FK),
                new CreateIndex(USERS, new IndexDef("users_lower_email_idx",
                        List.of(IndexKey.expression("lower((email)::text)"), IndexKey.column("id").desc()), true, false,
                        "btree", List.of("phone"), "(phone IS NOT NULL)"), true),
                new RenameIndex(USERS, USERS_PHONE_IDX.name(), "users_phone_lookup_idx"),
                new TakeOverIndex(ORDERS, "orders_pkey_new", ORDERS_PKEY, true),
                new TakeOverIndex(USERS, "users_email_key_new", USERS_EMAIL_KEY, true),
                new DropIndex(USERS, USERS_PHONE_IDX, false),
                new CreateEnum(new EnumTypeDef(QualifiedName.of("billing", "currency"), List.of("EUR", "USD"), null)),
                new DropEnum(PRIORITY_TYPE),
                new AddEnumValue(PRIORITY, "urgent", null, null),
                new AddEnumValue(PRIORITY, "none", "low", null),
                new AddEnumValue(PRIORITY, "normal", null, "medium"),
                new DropEnumValue(PRIORITY, "high", null, null),
                new DropEnumValue(PRIORITY, "low", "medium", null),
                new DropEnumValue(PRIORITY, "medium", null, "low"),
                new RenameEnumValue(USER_STATUS, "blocked", "suspended"),
                new CreateSequence(ticketSeq),
                new AlterSequence(INVOICE_SEQUENCE, invoiceSeqChanged),
                new DropSequence(INVOICE_SEQUENCE),
                new SetComment(CommentTarget.table(USERS), "People who sign in", "Accounts"),
                new SetComment(CommentTarget.table(ORDERS), null, "Placed orders"),
                new SetComment(CommentTarget.column(USERS, "phone"), "Mobile", null),
                new SetComment(CommentTarget.view(ACTIVE_USERS, false), null, "Users not blocked"),
                new SetComment(CommentTarget.type(PRIORITY), "Ticket priority", "How urgent a ticket is"),
                new SetComment(CommentTarget.sequence(INVOICE_SEQ), null, "Invoice numbers"),
                new CreateView(new ViewDef(QualifiedName.of("public", "order_totals"),
                        " SELECT sum(orders.total) AS sum\n   FROM orders;", true, "Refreshed nightly")),
                new DropView(ACTIVE_USERS_VIEW),
                new ReplaceView(ACTIVE_USERS_VIEW, new ViewDef(ACTIVE_USERS, " SELECT users.id\n   FROM users;", false, null)),
                new ValidateConstraint(ORDERS, ORDERS_TOTAL_CHECK.name()),
                new Backfill(USERS, "phone", "UPDATE users SET phone = '' WHERE id IN (SELECT id FROM users WHERE phone IS NULL"
                        + " LIMIT 100)"),
                new Backfill(USERS, "phone", new Backfill.ByKey(List.of("id"), "''", "phone IS NULL")),
                new CreateExtension(new ExtensionDef("pg_trgm", "billing", null)),
                new AlterExtension(CITEXT, CITEXT.withVersion("1.5")),
                new AlterExtension(CITEXT, new ExtensionDef("citext", "public", "1.6", "Case-insensitive text")),
                new AlterExtension(CITEXT, new ExtensionDef("citext", "public", "1.6", "")),
                new DropExtension(CITEXT),
                new CreateFunction(new FunctionDef(QualifiedName.of("billing", "add"), "integer, integer", false,
                        "CREATE OR REPLACE FUNCTION billing.add(a integer, b integer)\n RETURNS integer\n LANGUAGE sql\n"
                                + "AS $function$SELECT a + b$function$\n")),
                new ReplaceFunction(TOUCH, new FunctionDef(TOUCH.name(), "", false, TOUCH.definition().replace("BEGIN", "BEGIN NULL;"))),
                new DropFunction(TOUCH),
                new CreateAggregate(new AggregateDef(QualifiedName.of("billing", "total"), "*",
                        "CREATE AGGREGATE billing.total(*) (\n    SFUNC = int8inc,\n    STYPE = bigint,\n    INITCOND = '0'\n)")),
                new DropAggregate(TOTAL_AGGREGATE),
                new SetComment(CommentTarget.domain(EMAIL_DOMAIN.name()), null, "An address"),
                new SetComment(CommentTarget.function(TOUCH), null, "Stamps rows"),
                new SetComment(CommentTarget.aggregate(TOTAL_AGGREGATE), null, "A sum"),
                new CreateTrigger(new TriggerDef(ORDERS, "orders_touch",
                        "CREATE TRIGGER orders_touch BEFORE UPDATE ON public.orders FOR EACH ROW EXECUTE FUNCTION public.touch()")),
                new DropTrigger(USERS_TOUCH),
                new SetComment(CommentTarget.trigger(USERS_TOUCH), null, "Stamps updates"),
                new CreateTrigger(new TriggerDef(ORDERS, "orders_stamp",
                        "CREATE TRIGGER orders_stamp BEFORE INSERT ON public.orders FOR EACH ROW EXECUTE FUNCTION public.touch()", "Stamps")),
                new CreateDomain(new DomainDef(QualifiedName.of("billing", "amount"), SqlType.of("numeric(12,2)"), "0", true,
                        List.of(new DomainDef.Check("amount_not_negative", "CHECK ((VALUE >= (0)::numeric))")))),
                new AlterDomain(EMAIL_DOMAIN, new DomainDef(EMAIL_DOMAIN.name(), TEXT, "''::text", true, List.of())),
                new DropDomain(EMAIL_DOMAIN),
                new SetSchemaComment("public", "Standard public schema", null),
                new SetSchemaComment("billing", null, "Invoices"),
                new ChangeRowSecurity(ORDERS, RowSecurity.ENABLED, RowSecurity.FORCED),
                new ChangeRowSecurity(USERS, RowSecurity.OFF, RowSecurity.FORCED_WHILE_DISABLED),
                new CreatePolicy(new PolicyDef(USERS, "readers", "SELECT", false, List.of("reporting", "app"), "true", null)),
                new DropPolicy(OWN_ORDERS),
                new GrantPrivilege(GrantDef.onSchema("billing", "PUBLIC", "USAGE", false)),
                new GrantPrivilege(GrantDef.executeRevokedFromPublic(TOUCH.name(), "")),
                new GrantPrivilege(GrantDef.onAggregate(TOTAL_AGGREGATE.name(), TOTAL_AGGREGATE.argumentTypes(), "app", "EXECUTE", true)),
                new GrantPrivilege(GrantDef.executeRevokedFromPublicOnAggregate(TOTAL_AGGREGATE.name(), TOTAL_AGGREGATE.argumentTypes())),
                new GrantPrivilege(GrantDef.onRelation(GrantDef.Kind.SEQUENCE, INVOICE_SEQ, "app", "USAGE", true)),
                new RevokePrivilege(REPORTING_READS_USERS),
                new GrantPrivilege(GrantDef.onColumn(READINGS_2024, "value", "reporting", "SELECT", false)),
                new ExecuteSql("UPDATE users SET phone = NULL", "SELECT 1", true));
    }

    static List<Named<SchemaOp>> namedOps() {
        return ops().stream().map(op -> Named.of(op.describe(), op)).toList();
    }

    @ParameterizedTest
    @MethodSource("namedOps")
    void inverseUndoesTheOp(SchemaOp op) {
        SchemaModel after = OpApplier.apply(MODEL, op);
        boolean changesModel = !(op instanceof ExecuteSql || op instanceof ValidateConstraint || op instanceof Backfill);
        if (changesModel) assertNotEquals(MODEL, after, "the op changes the model");
        assertEquals(MODEL, OpApplier.apply(after, op.inverse()));
    }

    @ParameterizedTest
    @MethodSource("namedOps")
    void inverseOfInverseIsTheOp(SchemaOp op) {
        assertEquals(op, op.inverse().inverse());
    }

    @ParameterizedTest
    @MethodSource("namedOps")
    void describeIsOneLine(SchemaOp op) {
        String text = op.describe();
        assertEquals(text.strip(), text);
        assertEquals(-1, text.indexOf('\n'), text);
    }

    @Test
    void everyOpKindIsCovered() {
        Set<String> permitted = Arrays.stream(SchemaOp.class.getPermittedSubclasses()).map(Class::getSimpleName)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> covered = ops().stream().map(op -> op.getClass().getSimpleName())
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(permitted, covered);
    }

    @Test
    void theWholeListRoundTripsInReverse() {
        List<SchemaOp> up = List.of(
                new CreateSchema("audit"),
                new CreateEnum(new EnumTypeDef(QualifiedName.of("audit", "kind"), List.of("insert", "delete"), null)),
                new CreateTable(TableDef.of(QualifiedName.of("audit", "events"),
                        List.of(ColumnDef.of("id", BIGINT).withNullable(false), ColumnDef.of("kind", SqlType.of("audit.kind"))))),
                new AddPrimaryKey(QualifiedName.of("audit", "events"), new PrimaryKeyDef("events_pkey", List.of("id"))),
                new AddColumn(QualifiedName.of("audit", "events"), ColumnDef.of("user_id", BIGINT)),
                new AddForeignKey(QualifiedName.of("audit", "events"),
                        ForeignKeyDef.of("events_user_id_fkey", List.of("user_id"), USERS, List.of("id"))),
                new RenameTable(USERS, "accounts"));
        SchemaModel after = OpApplier.apply(MODEL, up);
        List<SchemaOp> down = up.stream().map(SchemaOp::inverse).collect(Collectors.toList());
        Collections.reverse(down);
        assertEquals(MODEL, OpApplier.apply(after, down));
    }
}
