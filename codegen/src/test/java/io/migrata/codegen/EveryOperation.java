package io.migrata.codegen;

import io.migrata.schema.DomainDef;
import io.migrata.schema.ExtensionDef;
import io.migrata.schema.GrantDef;
import io.migrata.schema.PolicyDef;
import io.migrata.schema.RowSecurity;
import io.migrata.schema.op.AlterDomain;
import io.migrata.schema.op.ChangeRowSecurity;
import io.migrata.schema.op.CreateDomain;
import io.migrata.schema.op.CreatePolicy;
import io.migrata.schema.op.DropDomain;
import io.migrata.schema.op.DropPolicy;
import io.migrata.schema.op.GrantPrivilege;
import io.migrata.schema.op.RevokePrivilege;
import io.migrata.schema.op.SetSchemaComment;
import io.migrata.schema.AggregateDef;
import io.migrata.schema.FunctionDef;
import io.migrata.schema.TriggerDef;
import io.migrata.schema.op.CreateExtension;
import io.migrata.schema.op.AlterExtension;
import io.migrata.schema.op.DropExtension;
import io.migrata.schema.op.CreateAggregate;
import io.migrata.schema.op.CreateFunction;
import io.migrata.schema.op.ReplaceFunction;
import io.migrata.schema.op.DropAggregate;
import io.migrata.schema.op.DropFunction;
import io.migrata.schema.op.CreateTrigger;
import io.migrata.schema.op.DropTrigger;
import io.migrata.schema.CheckDef;
import io.migrata.schema.ColumnDef;
import io.migrata.schema.ColumnRef;
import io.migrata.schema.Deferrability;
import io.migrata.schema.EnumTypeDef;
import io.migrata.schema.ForeignKeyDef;
import io.migrata.schema.ForeignKeyDef.Action;
import io.migrata.schema.IdentityDef;
import io.migrata.schema.IndexDef;
import io.migrata.schema.IndexKey;
import io.migrata.schema.PrimaryKeyDef;
import io.migrata.schema.PartitionOf;
import io.migrata.schema.QualifiedName;
import io.migrata.schema.SequenceDef;
import io.migrata.schema.SequenceOptions;
import io.migrata.schema.SqlType;
import io.migrata.schema.TableDef;
import io.migrata.schema.UniqueDef;
import io.migrata.schema.ViewDef;
import io.migrata.schema.op.AddCheckConstraint;
import io.migrata.schema.op.AttachPartition;
import io.migrata.schema.op.DetachPartition;
import io.migrata.schema.op.Backfill;
import io.migrata.schema.op.ValidateConstraint;
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
import io.migrata.schema.op.RenameIndex;
import io.migrata.schema.op.TakeOverIndex;
import io.migrata.schema.op.RenameEnumValue;
import io.migrata.schema.op.RenameTable;
import io.migrata.schema.op.ReplaceView;
import io.migrata.schema.op.SchemaOp;
import io.migrata.schema.op.SetComment;

import java.util.List;

/**
 * One op of every kind, and every property each can have, with the names and texts most likely to
 * break generated code: names that need quotes in SQL or in Migrata's name syntax, expressions with
 * quotes, backslashes, line breaks and Unicode escapes written out as text, Unicode, and long SQL.
 */
final class EveryOperation {

    static final SqlType BIGINT = SqlType.of("bigint");
    static final SqlType INTEGER = SqlType.of("integer");
    static final SqlType TEXT = SqlType.of("text");
    static final QualifiedName USERS = QualifiedName.of("public", "users");
    static final QualifiedName BILLS = QualifiedName.of("public", "bills");
    static final QualifiedName INVOICES = QualifiedName.of("billing", "invoices");
    static final QualifiedName ODD = QualifiedName.of("Odd Schema", "odd.table \"q\"");
    static final QualifiedName STATUS = QualifiedName.of("public", "bill_status");
    static final QualifiedName INVOICE_NO = QualifiedName.of("billing", "invoice_no");
    static final QualifiedName ACTIVE_USERS = QualifiedName.of("public", "active_users");

    static final DomainDef EMAIL_DOMAIN = new DomainDef(QualifiedName.of("public", "email"), SqlType.of("text"), null, false,
            List.of(new DomainDef.Check("email_has_at", "CHECK ((VALUE ~~ '%@%'::text))")));

    static final ExtensionDef CITEXT = new ExtensionDef("citext", "public", "1.6");
    static final FunctionDef TOUCH = new FunctionDef(QualifiedName.of("public", "touch"), "", false,
            "CREATE OR REPLACE FUNCTION public.touch()\n RETURNS trigger\n LANGUAGE plpgsql\n"
                    + "AS $function$BEGIN RETURN NEW; END$function$\n");

    static final IdentityDef DEFAULT_IDENTITY =
            new IdentityDef(IdentityDef.Generation.BY_DEFAULT, SequenceOptions.defaultsFor(BIGINT));
    static final String LONG_CHECK = "((status)::text = ANY ((ARRAY['PENDING'::character varying, "
            + "'PAID'::character varying, 'OVERDUE'::character varying, 'CANCELLED'::character varying])::text[]))";
    static final String VIEW_QUERY = " SELECT users.id,\n    users.email\n   FROM users\n  WHERE (users.role)::text = 'ADMIN'::text;";

    private EveryOperation() {
    }

    static TableDef usersTable() {
        ColumnDef id = new ColumnDef("id", BIGINT, false, null, DEFAULT_IDENTITY, null, null, null);
        ColumnDef email = ColumnDef.of("email", SqlType.of("character varying(320)")).withNullable(false);
        ColumnDef name = ColumnDef.of("full_name", SqlType.of("character varying(200)")).withNullable(false)
                .withCollation("\"C\"").withComment("Name as the user writes it: \"Zoë\", 'O''Brien', C:\\Users");
        ColumnDef role = ColumnDef.of("role", SqlType.of("character varying(20)")).withNullable(false)
                .withDefault("'CUSTOMER'::character varying");
        ColumnDef created = ColumnDef.of("created_at", SqlType.of("timestamp(6) with time zone")).withNullable(false)
                .withDefault("now()");
        ColumnDef tags = ColumnDef.of("tags", SqlType.of("text[]"));
        ColumnDef status = ColumnDef.of("status", SqlType.of("public.bill_status"));
        ColumnDef search = ColumnDef.of("search", SqlType.of("tsvector"))
                .withGenerated("to_tsvector('simple'::regconfig, (email)::text)");
        ColumnDef manager = ColumnDef.of("Manager Id", BIGINT);
        return new TableDef(USERS, List.of(id, email, name, role, created, tags, status, search, manager),
                new PrimaryKeyDef("users_pkey", List.of("id")),
                List.of(UniqueDef.of("users_email_key", List.of("email")),
                        new UniqueDef("uq_users_name_role", List.of("full_name", "role"), true,
                                Deferrability.DEFERRABLE_INITIALLY_DEFERRED)),
                List.of(new CheckDef("ck_users_role", "((role)::text = ANY ((ARRAY['CUSTOMER'::character varying, "
                        + "'ADMIN'::character varying, 'AUDITOR'::character varying])::text[]))")),
                List.of(new ForeignKeyDef("users_Manager Id_fkey", List.of("Manager Id"), USERS, List.of("id"),
                        Action.SET_NULL, Action.NO_ACTION, false, Deferrability.NOT_DEFERRABLE)),
                List.of(new IndexDef("idx_users_lower_email", List.of(IndexKey.expression("lower((email)::text)")), true,
                        false, "btree", List.of(), null),
                        new IndexDef("idx_users_tags", List.of(IndexKey.column("tags")), false, false, "gin", List.of(),
                                null)),
                "People who sign in");
    }

    static TableDef oddTable() {
        ColumnDef key = ColumnDef.of("Ключ \"1\"", SqlType.of("uuid")).withNullable(false).withDefault("gen_random_uuid()");
        ColumnDef note = ColumnDef.of("note", TEXT).withDefault("E'tab\\there\\nnewline'::text");
        return new TableDef(ODD, List.of(key, note), new PrimaryKeyDef("odd_pk", List.of("Ключ \"1\"")), List.of(),
                List.of(), List.of(), List.of(), null);
    }

    static final QualifiedName READINGS = QualifiedName.of("public", "readings");

    static List<SchemaOp> ops() {
        ColumnDef phone = ColumnDef.of("phone", SqlType.of("character varying(20)"));
        ColumnDef amount = ColumnDef.of("amount", INTEGER).withNullable(false).withDefault("0");
        ColumnDef amountAfter = ColumnDef.of("amount", SqlType.of("numeric(12,2)")).withNullable(true).withDefault("0.00")
                .withCollation(null);
        ColumnDef counter = ColumnDef.of("counter", INTEGER);
        ColumnDef counterIdentity = new ColumnDef("counter", INTEGER, false, null,
                new IdentityDef(IdentityDef.Generation.ALWAYS, new SequenceOptions(1000, 10, 1000, 2_000_000, 20, true)),
                null, null, null);
        ColumnDef generated = ColumnDef.of("total", SqlType.of("numeric")).withGenerated("amount * 2");
        ColumnDef collated = ColumnDef.of("code", TEXT).withCollation("\"C\"");
        ForeignKeyDef billsUser = new ForeignKeyDef("fk_bills_user_id", List.of("user_id"), USERS, List.of("id"),
                Action.CASCADE, Action.RESTRICT, true, Deferrability.DEFERRABLE_INITIALLY_IMMEDIATE);
        ForeignKeyDef defaultNamed = ForeignKeyDef.of("invoices_bill_id_fkey", List.of("bill_id"), BILLS, List.of("id"));
        IndexDef partial = new IndexDef("idx_bills_unpaid_due_date",
                List.of(IndexKey.column("due_date").desc(),
                        new IndexKey("user_id", null, false, true, "int8_ops", null),
                        new IndexKey(null, "lower(note)", false, false, null, "\"C\"")),
                true, true, "btree", List.of("amount"), "((status)::text <> 'PAID'::text)");
        SequenceDef invoiceNo = new SequenceDef(INVOICE_NO, INTEGER, new SequenceOptions(1000, 1, 1, Integer.MAX_VALUE, 1, false),
                new ColumnRef(INVOICES, "number"), "Invoice numbers, one per bill");
        SequenceDef descending = new SequenceDef(QualifiedName.of("public", "countdown"), SqlType.of("smallint"),
                new SequenceOptions(-1, -1, Short.MIN_VALUE, -1, 1, false), null, null);
        SequenceDef wide = new SequenceDef(QualifiedName.of("public", "wide"), BIGINT,
                new SequenceOptions(Long.MIN_VALUE, 1, Long.MIN_VALUE, Long.MAX_VALUE - 1, 1, false), null, null);
        ViewDef activeUsers = new ViewDef(ACTIVE_USERS, VIEW_QUERY, false, null);
        ViewDef dailyTotals = new ViewDef(QualifiedName.of("billing", "daily_totals"),
                "SELECT date_trunc('day', created_at) AS day, sum(amount) AS total FROM bills GROUP BY 1", true,
                "Refreshed nightly");
        String longSql = "UPDATE users SET role = 'CUSTOMER' WHERE role IS NULL AND created_at < now() - interval '30 days' "
                + "AND email NOT LIKE '%@example.com' AND full_name !~ '\\s+$' /* backslash \\u000a stays text */";
        return List.of(
                new CreateSchema("billing"),
                new CreateEnum(new EnumTypeDef(STATUS, List.of("PENDING", "PAID", "OVERDUE"), null)),
                new CreateEnum(new EnumTypeDef(QualifiedName.of("billing", "mood"), List.of(), "Not decided yet")),
                new AddEnumValue(STATUS, "CANCELLED", null, null),
                new AddEnumValue(STATUS, "DISPUTED", null, "OVERDUE"),
                new AddEnumValue(STATUS, "DRAFT", "PENDING", null),
                new RenameEnumValue(STATUS, "PAID", "SETTLED ✓"),
                new CreateTable(usersTable()),
                new CreateTable(oddTable()),
                new CreateSequence(invoiceNo),
                new CreateSequence(descending),
                new CreateSequence(wide),
                new AlterSequence(invoiceNo, new SequenceDef(INVOICE_NO, BIGINT,
                        new SequenceOptions(1000, 50, 1, Long.MAX_VALUE, 50, false), null, invoiceNo.comment())),
                new AddColumn(USERS, phone.withComment("Mobile, with country code")),
                new AddColumn(BILLS, generated),
                new AlterColumn(BILLS, amount, amountAfter, "amount / 100.0", "(amount * 100)::integer"),
                new AlterColumn(BILLS, counter, counterIdentity),
                new AlterColumn(BILLS, counterIdentity, counter.withNullable(false)),
                new AlterColumn(BILLS, generated, generated.withGenerated(null)),
                new AlterColumn(BILLS, collated, collated.withCollation(null).withType(SqlType.of("character varying(10)"))),
                new AlterColumn(BILLS, counter, counter.withDefault("nextval('billing.invoice_no'::regclass)")),
                new RenameColumn(USERS, "phone", "mobile"),
                new RenameTable(QualifiedName.of("public", "old_bills"), "bills"),
                new CreateTable(TableDef.of(READINGS, List.of(ColumnDef.of("taken_on", SqlType.of("date")).withNullable(false)))
                        .withPartitionKey("RANGE (taken_on)")),
                new CreateTable(TableDef.partition(QualifiedName.of("public", "readings_2024"),
                        new PartitionOf(READINGS, "FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')")).withPartitionKey("HASH (taken_on)")),
                new AttachPartition(QualifiedName.of("public", "readings_2025"),
                        new PartitionOf(READINGS, "FOR VALUES FROM ('2025-01-01') TO ('2026-01-01')")),
                new DetachPartition(QualifiedName.of("public", "readings_old"), new PartitionOf(READINGS, "DEFAULT")),
                new AddPrimaryKey(INVOICES, new PrimaryKeyDef("pk_invoices", List.of("id"))),
                new AddPrimaryKey(BILLS, new PrimaryKeyDef("bills_pkey", List.of("id"))),
                new AddUniqueConstraint(BILLS, UniqueDef.of("bills_number_key", List.of("number"))),
                new AddUniqueConstraint(BILLS, new UniqueDef("uq_bills_period", List.of("user_id", "period_start"), true,
                        Deferrability.DEFERRABLE_INITIALLY_IMMEDIATE)),
                new AddCheckConstraint(BILLS, new CheckDef("ck_bills_status", LONG_CHECK)),
                new AddForeignKey(BILLS, billsUser),
                new AddForeignKey(INVOICES, defaultNamed),
                new AddCheckConstraint(BILLS, new CheckDef("ck_bills_amount", "amount >= 0"), true),
                new ValidateConstraint(BILLS, "ck_bills_amount"),
                new AddForeignKey(BILLS, ForeignKeyDef.of("fk_bills_payer", List.of("payer_id"), USERS, List.of("id")), true),
                new ValidateConstraint(BILLS, "fk_bills_payer"),
                new Backfill(BILLS, "payer_id", "UPDATE bills SET payer_id = user_id WHERE id IN"
                        + " (SELECT id FROM bills WHERE payer_id IS NULL LIMIT 5000)"),
                new Backfill(BILLS, "amount_cents", new Backfill.ByKey(List.of("user_id", "period_start"), "amount * 100",
                        "amount_cents IS DISTINCT FROM amount * 100")),
                new CreateIndex(BILLS, partial, false),
                new CreateIndex(BILLS, IndexDef.on("idx_bills_user_status", false, "user_id", "status"), true),
                new RenameIndex(BILLS, "idx_bills_user_status", "idx_bills_user_state"),
                new CreateIndex(BILLS, IndexDef.on("bills_reference_key_new", true, "reference"), true),
                new TakeOverIndex(BILLS, "bills_reference_key_new", UniqueDef.of("bills_reference_key", List.of("reference"))),
                new TakeOverIndex(INVOICES, "invoices_pkey_new", new PrimaryKeyDef("invoices_pkey", List.of("id")), true),
                new DropIndex(USERS, IndexDef.on("idx_users_legacy", false, "legacy"), true),
                new DropIndex(ODD, IndexDef.on("odd.index", true, "note"), false),
                new DropConstraint(BILLS, new CheckDef("ck_bills_old", "amount > 0")),
                new DropConstraint(INVOICES, ForeignKeyDef.of("fk_old", List.of("a", "b"), ODD, List.of("x", "y"))),
                new DropConstraint(BILLS, new PrimaryKeyDef("bills_old_pkey", List.of("id", "version"))),
                new DropConstraint(USERS, UniqueDef.of("users_email_key", List.of("email"))),
                new SetComment(CommentTarget.table(USERS), "People", "People who sign in"),
                new SetComment(CommentTarget.column(ODD, "note"), null, "Free text\nover two lines"),
                new SetComment(CommentTarget.view(QualifiedName.of("billing", "daily_totals"), true), "Refreshed nightly", null),
                new SetComment(CommentTarget.view(ACTIVE_USERS, false), null, "Admins"),
                new SetComment(CommentTarget.type(STATUS), null, "Where a bill stands"),
                new SetComment(CommentTarget.sequence(INVOICE_NO), "Invoice numbers, one per bill", "Invoice numbers"),
                new CreateView(activeUsers),
                new CreateView(dailyTotals),
                new CreateView(new ViewDef(QualifiedName.of("public", "bill_totals"), "SELECT user_id, sum(amount) AS total FROM bills GROUP BY 1",
                        true, null, List.of(IndexDef.on("bill_totals_user_id_idx", true, "user_id")), true)),
                new CreateIndex(QualifiedName.of("billing", "daily_totals"), IndexDef.on("daily_totals_day_idx", true, "day"), false),
                new ReplaceView(activeUsers, new ViewDef(ACTIVE_USERS, "SELECT id FROM users", false, null)),
                new DropView(new ViewDef(QualifiedName.of("public", "legacy_view"), "SELECT 1", false, "Old")),
                new CreateExtension(new ExtensionDef("pg_trgm", "billing", null)),
                new AlterExtension(CITEXT, CITEXT.withVersion("1.5")),
                new AlterExtension(CITEXT, new ExtensionDef("citext", "public", "1.6", "Case-insensitive text")),
                new CreateExtension(new ExtensionDef("hstore", "public", null, "")),
                new DropExtension(CITEXT),
                new CreateFunction(new FunctionDef(QualifiedName.of("billing", "add"), "integer, integer", false,
                        "CREATE OR REPLACE FUNCTION billing.add(a integer, b integer)\n RETURNS integer\n LANGUAGE sql\n"
                                + "AS $function$SELECT a + b$function$\n")),
                new ReplaceFunction(TOUCH, new FunctionDef(TOUCH.name(), "", false, TOUCH.definition().replace("BEGIN", "BEGIN NULL;"))),
                new DropFunction(TOUCH),
                new CreateAggregate(new AggregateDef(QualifiedName.of("billing", "total"), "integer",
                        "CREATE AGGREGATE billing.total(integer) (\n    SFUNC = int4pl,\n    STYPE = integer\n)", "A sum")),
                new SetComment(CommentTarget.function(TOUCH), null, "Stamps rows"),
                new DropAggregate(new AggregateDef(QualifiedName.of("public", "row_count"), "*",
                        "CREATE AGGREGATE public.row_count(*) (\n    SFUNC = int8inc,\n    STYPE = bigint,\n    INITCOND = '0'\n)")),
                new CreateTrigger(new TriggerDef(BILLS, "bills_touch",
                        "CREATE TRIGGER bills_touch BEFORE UPDATE ON public.bills FOR EACH ROW EXECUTE FUNCTION public.touch()")),
                new DropTrigger(new TriggerDef(USERS, "users_touch",
                        "CREATE TRIGGER users_touch BEFORE UPDATE ON public.users FOR EACH ROW EXECUTE FUNCTION public.touch()")),
                new CreateTrigger(new TriggerDef(BILLS, "bills_stamp",
                        "CREATE TRIGGER bills_stamp BEFORE INSERT ON public.bills FOR EACH ROW EXECUTE FUNCTION public.touch()", "Stamps")),
                new SetComment(CommentTarget.trigger(new TriggerDef(USERS, "users_touch",
                        "CREATE TRIGGER users_touch BEFORE UPDATE ON public.users FOR EACH ROW EXECUTE FUNCTION public.touch()")), "Old", null),
                new CreateDomain(new DomainDef(QualifiedName.of("billing", "amount"), SqlType.of("numeric(12,2)"), "0", true,
                        List.of(new DomainDef.Check("amount_not_negative", "CHECK ((VALUE >= (0)::numeric))")))),
                new CreateDomain(new DomainDef(QualifiedName.of("billing", "code"), SqlType.of("text"), null, false, List.of(), "\"C\"",
                        "Short codes")),
                new SetComment(CommentTarget.domain(EMAIL_DOMAIN.name()), null, "An address"),
                new AlterDomain(EMAIL_DOMAIN, new DomainDef(EMAIL_DOMAIN.name(), SqlType.of("text"), "''::text", true, List.of())),
                new DropDomain(EMAIL_DOMAIN),
                new SetSchemaComment("billing", null, "Invoices and payments"),
                new ChangeRowSecurity(BILLS, RowSecurity.OFF, RowSecurity.FORCED),
                new CreatePolicy(new PolicyDef(BILLS, "own_bills", "SELECT", false, List.of("app", "auditor"),
                        "(owner = CURRENT_USER)", "(amount > 0)")),
                new DropPolicy(new PolicyDef(USERS, "everyone", "ALL", true, List.of(), null, null)),
                new GrantPrivilege(GrantDef.onRelation(GrantDef.Kind.TABLE, BILLS, "reporting", "SELECT", true)),
                new GrantPrivilege(GrantDef.onSchema("billing", "PUBLIC", "USAGE", false)),
                new GrantPrivilege(GrantDef.executeRevokedFromPublic(TOUCH.name(), "")),
                new GrantPrivilege(GrantDef.onAggregate(QualifiedName.of("billing", "total"), "integer", "reporting", "EXECUTE", false)),
                new GrantPrivilege(GrantDef.executeRevokedFromPublicOnAggregate(QualifiedName.of("billing", "total"), "integer")),
                new RevokePrivilege(GrantDef.onFunction(QualifiedName.of("billing", "add"), "integer, integer", "app", "EXECUTE", false)),
                new RevokePrivilege(GrantDef.onRelation(GrantDef.Kind.SEQUENCE, INVOICE_NO, "app", "USAGE", false)),
                new ExecuteSql(longSql, "UPDATE users SET role = NULL WHERE role = 'CUSTOMER'", true),
                ExecuteSql.irreversible("DELETE FROM audit_logs WHERE created_at < '2020-01-01'"),
                new ExecuteSql("VACUUM ANALYZE users", null, false),
                new ExecuteSql("CREATE INDEX CONCURRENTLY idx_x ON users (email)", "DROP INDEX CONCURRENTLY idx_x", false),
                new DropColumn(USERS, ColumnDef.of("legacy", SqlType.of("character(3)")).withNullable(false).withDefault("'abc'::bpchar")),
                new DropEnumValue(STATUS, "DRAFT", "PENDING", null),
                new DropEnumValue(STATUS, "CANCELLED", null, null),
                new DropSequence(descending),
                new DropTable(TableDef.of(QualifiedName.of("public", "legacy"),
                        List.of(ColumnDef.of("id", INTEGER).withNullable(false)))
                        .withPrimaryKey(new PrimaryKeyDef("legacy_pkey", List.of("id")))),
                new DropEnum(new EnumTypeDef(QualifiedName.of("public", "legacy_kind"), List.of("A", "B"), "Old kinds")),
                new DropSchema("legacy"));
    }
}
