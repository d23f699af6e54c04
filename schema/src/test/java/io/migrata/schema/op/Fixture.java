package io.migrata.schema.op;

import io.migrata.schema.CheckDef;
import io.migrata.schema.ColumnDef;
import io.migrata.schema.ColumnRef;
import io.migrata.schema.Deferrability;
import io.migrata.schema.AggregateDef;
import io.migrata.schema.DomainDef;
import io.migrata.schema.EnumTypeDef;
import io.migrata.schema.GrantDef;
import io.migrata.schema.PolicyDef;
import io.migrata.schema.RowSecurity;
import io.migrata.schema.RowSecurityDef;
import io.migrata.schema.ExtensionDef;
import io.migrata.schema.FunctionDef;
import io.migrata.schema.ForeignKeyDef;
import io.migrata.schema.IdentityDef;
import io.migrata.schema.IndexDef;
import io.migrata.schema.PrimaryKeyDef;
import io.migrata.schema.PartitionOf;
import io.migrata.schema.QualifiedName;
import io.migrata.schema.SchemaModel;
import io.migrata.schema.SequenceDef;
import io.migrata.schema.SequenceOptions;
import io.migrata.schema.SqlType;
import io.migrata.schema.TableDef;
import io.migrata.schema.TriggerDef;
import io.migrata.schema.UniqueDef;
import io.migrata.schema.ViewDef;

import java.util.List;
import java.util.Map;

/**
 * A small hand-built model: {@code public.users} (referenced by {@code public.orders}),
 * {@code public.audit_logs} (no key, no references), two enums (one in use), a sequence owned by
 * an orders column, a view, and an empty schema {@code billing}.
 */
final class Fixture {

    static final SqlType BIGINT = SqlType.of("bigint");
    static final SqlType INTEGER = SqlType.of("integer");
    static final SqlType TEXT = SqlType.of("text");

    static final QualifiedName USERS = QualifiedName.of("public", "users");
    static final QualifiedName ORDERS = QualifiedName.of("public", "orders");
    static final QualifiedName AUDIT_LOGS = QualifiedName.of("public", "audit_logs");
    static final QualifiedName USER_STATUS = QualifiedName.of("public", "user_status");
    static final QualifiedName PRIORITY = QualifiedName.of("public", "priority");
    static final QualifiedName INVOICE_SEQ = QualifiedName.of("public", "invoice_no_seq");
    static final QualifiedName ACTIVE_USERS = QualifiedName.of("public", "active_users");

    static final ColumnDef USER_ID = new ColumnDef("id", BIGINT, false, null,
            new IdentityDef(IdentityDef.Generation.BY_DEFAULT, SequenceOptions.defaultsFor(BIGINT)), null, null, null);
    static final ColumnDef EMAIL = ColumnDef.of("email", SqlType.of("character varying(255)")).withNullable(false);
    static final ColumnDef PHONE = ColumnDef.of("phone", SqlType.of("character varying(20)")).withComment("Mobile");
    static final ColumnDef STATUS = ColumnDef.of("status", SqlType.of("public.user_status")).withNullable(false)
            .withDefault("'active'::public.user_status");
    static final PrimaryKeyDef USERS_PKEY = new PrimaryKeyDef("users_pkey", List.of("id"));
    static final UniqueDef USERS_EMAIL_KEY = UniqueDef.of("users_email_key", List.of("email"));
    static final IndexDef USERS_PHONE_IDX = IndexDef.on("users_phone_idx", false, "phone");
    static final TableDef USERS_TABLE = new TableDef(USERS, List.of(USER_ID, EMAIL, PHONE, STATUS), USERS_PKEY,
            List.of(USERS_EMAIL_KEY), List.of(), List.of(), List.of(USERS_PHONE_IDX), "People who sign in");

    static final ColumnDef ORDER_ID = ColumnDef.of("id", BIGINT).withNullable(false);
    static final ColumnDef ORDER_USER_ID = ColumnDef.of("user_id", BIGINT).withNullable(false);
    static final ColumnDef TOTAL = ColumnDef.of("total", SqlType.of("numeric(12,2)")).withNullable(false);
    static final ColumnDef INVOICE_NO = ColumnDef.of("invoice_no", INTEGER).withNullable(false)
            .withDefault("nextval('invoice_no_seq'::regclass)");
    static final PrimaryKeyDef ORDERS_PKEY = new PrimaryKeyDef("orders_pkey", List.of("id"));
    static final CheckDef ORDERS_TOTAL_CHECK = new CheckDef("orders_total_check", "(total >= (0)::numeric)");
    static final ForeignKeyDef ORDERS_USER_FK = new ForeignKeyDef("orders_user_id_fkey", List.of("user_id"), USERS,
            List.of("id"), ForeignKeyDef.Action.CASCADE, ForeignKeyDef.Action.NO_ACTION, false,
            Deferrability.NOT_DEFERRABLE);
    static final IndexDef ORDERS_USER_IDX = IndexDef.on("orders_user_id_idx", false, "user_id");
    static final TableDef ORDERS_TABLE = new TableDef(ORDERS, List.of(ORDER_ID, ORDER_USER_ID, TOTAL, INVOICE_NO),
            ORDERS_PKEY, List.of(), List.of(ORDERS_TOTAL_CHECK), List.of(ORDERS_USER_FK), List.of(ORDERS_USER_IDX), null);

    static final ColumnDef LOG_ID = ColumnDef.of("id", BIGINT).withNullable(false);
    static final ColumnDef PAYLOAD = ColumnDef.of("payload", SqlType.of("jsonb"));
    static final TableDef AUDIT_LOGS_TABLE = TableDef.of(AUDIT_LOGS, List.of(LOG_ID, PAYLOAD));

    static final EnumTypeDef USER_STATUS_TYPE = new EnumTypeDef(USER_STATUS, List.of("active", "blocked"), null);
    static final EnumTypeDef PRIORITY_TYPE = new EnumTypeDef(PRIORITY, List.of("low", "medium", "high"), "Ticket priority");

    static final SequenceDef INVOICE_SEQUENCE = new SequenceDef(INVOICE_SEQ, INTEGER, SequenceOptions.defaultsFor(INTEGER),
            new ColumnRef(ORDERS, "invoice_no"), null);

    static final ViewDef ACTIVE_USERS_VIEW = new ViewDef(ACTIVE_USERS,
            " SELECT users.id,\n    users.email\n   FROM users\n  WHERE users.status = 'active'::user_status;", false, null);

    static final ExtensionDef CITEXT = new ExtensionDef("citext", "public", "1.6");

    static final FunctionDef TOUCH = new FunctionDef(QualifiedName.of("public", "touch"), "", false,
            "CREATE OR REPLACE FUNCTION public.touch()\n RETURNS trigger\n LANGUAGE plpgsql\nAS $function$BEGIN RETURN NEW; END$function$\n");

    static final AggregateDef TOTAL_AGGREGATE = new AggregateDef(QualifiedName.of("public", "total"), "integer",
            "CREATE AGGREGATE public.total(integer) (\n    SFUNC = int4pl,\n    STYPE = integer\n)");

    static final TriggerDef USERS_TOUCH = new TriggerDef(USERS, "users_touch",
            "CREATE TRIGGER users_touch BEFORE UPDATE ON public.users FOR EACH ROW EXECUTE FUNCTION public.touch()");

    static final DomainDef EMAIL_DOMAIN = new DomainDef(QualifiedName.of("public", "email"), TEXT, null, false,
            List.of(new DomainDef.Check("email_has_at", "CHECK ((VALUE ~~ '%@%'::text))")));

    static final PolicyDef OWN_ORDERS = new PolicyDef(ORDERS, "own_orders", "ALL", true, List.of(),
            "(owner = CURRENT_USER)", null);

    static final GrantDef REPORTING_READS_USERS = GrantDef.onRelation(GrantDef.Kind.TABLE, USERS, "reporting", "SELECT", false);
    static final QualifiedName READINGS = QualifiedName.of("public", "readings");
    static final QualifiedName READINGS_2024 = QualifiedName.of("public", "readings_2024");
    static final QualifiedName READINGS_2025 = QualifiedName.of("public", "readings_2025");
    static final List<ColumnDef> READING_COLUMNS = List.of(ColumnDef.of("taken_on", SqlType.of("date")).withNullable(false),
            ColumnDef.of("value", INTEGER));
    static final TableDef READINGS_TABLE = TableDef.of(READINGS, READING_COLUMNS).withPartitionKey("RANGE (taken_on)");
    static final PartitionOf IN_2024 = new PartitionOf(READINGS, "FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')");
    static final PartitionOf IN_2025 = new PartitionOf(READINGS, "FOR VALUES FROM ('2025-01-01') TO ('2026-01-01')");
    static final TableDef READINGS_2024_TABLE = TableDef.partition(READINGS_2024, IN_2024)
            .withIndexes(List.of(IndexDef.on("readings_2024_value_idx", false, "value")));
    /** Not attached yet, with exactly the parent's columns. */
    static final TableDef READINGS_2025_TABLE = TableDef.of(READINGS_2025, READING_COLUMNS);

    static final SchemaModel MODEL = new SchemaModel(
            List.of("public", "billing"),
            List.of(USERS_TABLE, ORDERS_TABLE, AUDIT_LOGS_TABLE, READINGS_TABLE, READINGS_2024_TABLE, READINGS_2025_TABLE),
            List.of(USER_STATUS_TYPE, PRIORITY_TYPE),
            List.of(INVOICE_SEQUENCE),
            List.of(ACTIVE_USERS_VIEW),
            List.of(CITEXT),
            List.of(TOUCH),
            List.of(USERS_TOUCH),
            List.of(EMAIL_DOMAIN),
            Map.of("public", "Standard public schema"),
            List.of(new RowSecurityDef(ORDERS, RowSecurity.ENABLED)),
            List.of(OWN_ORDERS),
            List.of(REPORTING_READS_USERS),
            List.of(TOTAL_AGGREGATE));

    private Fixture() {
    }

    static TableDef table(SchemaModel model, QualifiedName name) {
        return model.table(name).orElseThrow();
    }
}
