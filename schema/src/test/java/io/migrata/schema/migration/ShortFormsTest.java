package io.migrata.schema.migration;

import io.migrata.schema.CheckDef;
import io.migrata.schema.ColumnDef;
import io.migrata.schema.ColumnRef;
import io.migrata.schema.EnumTypeDef;
import io.migrata.schema.IndexDef;
import io.migrata.schema.PrimaryKeyDef;
import io.migrata.schema.QualifiedName;
import io.migrata.schema.SchemaModel;
import io.migrata.schema.SequenceDef;
import io.migrata.schema.SequenceOptions;
import io.migrata.schema.SqlType;
import io.migrata.schema.TableDef;
import io.migrata.schema.UniqueDef;
import io.migrata.schema.ViewDef;
import io.migrata.schema.op.AlterColumn;
import io.migrata.schema.op.AlterSequence;
import io.migrata.schema.op.CommentTarget;
import io.migrata.schema.op.DropColumn;
import io.migrata.schema.op.DropConstraint;
import io.migrata.schema.op.DropEnum;
import io.migrata.schema.op.DropEnumValue;
import io.migrata.schema.op.DropIndex;
import io.migrata.schema.op.DropSequence;
import io.migrata.schema.op.DropTable;
import io.migrata.schema.op.DropView;
import io.migrata.schema.op.OpApplier;
import io.migrata.schema.op.ReplaceView;
import io.migrata.schema.op.SchemaOp;
import io.migrata.schema.op.SetComment;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static io.migrata.schema.migration.Schema.*;
import static io.migrata.schema.migration.Types.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Short forms read what they drop or change from the live schema, as it stands after earlier operations. */
class ShortFormsTest {

    private static final SqlType BIGINT = SqlType.of("bigint");
    private static final QualifiedName USERS = QualifiedName.of("public", "users");
    private static final QualifiedName SERIAL_SEQ = QualifiedName.of("public", "users_number_seq");
    private static final QualifiedName STATUS = QualifiedName.of("public", "status");
    private static final QualifiedName ACTIVE = QualifiedName.of("public", "active_users");

    private static final ColumnDef ID = ColumnDef.of("id", BIGINT).withNullable(false);
    private static final ColumnDef EMAIL = ColumnDef.of("email", SqlType.of("text")).withNullable(false).withComment("login");
    private static final ColumnDef NUMBER = ColumnDef.of("number", SqlType.of("integer")).withNullable(false)
            .withDefault("nextval('users_number_seq'::regclass)");
    private static final UniqueDef EMAIL_KEY = UniqueDef.of("users_email_key", List.of("email"));
    private static final IndexDef EMAIL_ID_IDX = IndexDef.on("users_email_id_idx", false, "email", "id");
    private static final CheckDef EMAIL_CHECK = new CheckDef("ck_email", "email <> ''");
    private static final TableDef USERS_TABLE = new TableDef(USERS, List.of(ID, EMAIL, NUMBER),
            new PrimaryKeyDef("users_pkey", List.of("id")), List.of(EMAIL_KEY), List.of(EMAIL_CHECK), List.of(),
            List.of(EMAIL_ID_IDX), "People");
    private static final SequenceDef SERIAL = new SequenceDef(SERIAL_SEQ, SqlType.of("integer"),
            SequenceOptions.defaultsFor(SqlType.of("integer")), new ColumnRef(USERS, "number"), null);
    private static final SequenceDef SERIAL_FREE = new SequenceDef(SERIAL_SEQ, SERIAL.type(), SERIAL.options(), null, null);
    private static final EnumTypeDef STATUS_TYPE = new EnumTypeDef(STATUS, List.of("A", "B", "C"), "states");
    private static final ViewDef ACTIVE_VIEW = new ViewDef(ACTIVE, "SELECT 1", false, "active ones");
    private static final SchemaModel LIVE = new SchemaModel(List.of("public"), List.of(USERS_TABLE), List.of(STATUS_TYPE),
            List.of(SERIAL), List.of(ACTIVE_VIEW));

    private final Operations op = new Operations("public", LIVE);

    @Test
    void dropColumnDropsWhatPostgresDropsWithIt() {
        op.dropColumn("users", "email");
        assertEquals(List.of(new DropIndex(USERS, EMAIL_ID_IDX, false), new DropConstraint(USERS, EMAIL_KEY),
                new DropColumn(USERS, EMAIL)), op.recorded());
        assertExactInverse(op.recorded(), LIVE.withTables(List.of(USERS_TABLE.withChecks(List.of()))));
    }

    @Test
    void dropColumnDisownsAndDropsTheSequenceItOwns() {
        op.dropColumn("users", "number");
        assertEquals(List.of(new AlterSequence(SERIAL, SERIAL_FREE), new DropColumn(USERS, NUMBER), new DropSequence(SERIAL_FREE)),
                op.recorded());
        assertExactInverse(op.recorded(), LIVE);
    }

    @Test
    void dropTableTakesItsSequencesAlong() {
        op.dropTable("users");
        assertEquals(List.of(new AlterSequence(SERIAL, SERIAL_FREE), new DropTable(USERS_TABLE), new DropSequence(SERIAL_FREE)),
                op.recorded());
        assertExactInverse(op.recorded(), LIVE);
    }

    @Test
    void laterShortFormsSeeEarlierOperations() {
        op.addColumn("users", column("phone", varchar(20)));
        op.alterColumn("users", "phone", setType(text()), setNotNull());
        op.dropColumn("users", "phone");
        ColumnDef phone = ColumnDef.of("phone", SqlType.of("character varying(20)"));
        ColumnDef altered = ColumnDef.of("phone", SqlType.of("text")).withNullable(false);
        assertEquals(List.of(new AlterColumn(USERS, phone, altered), new DropColumn(USERS, altered)),
                op.recorded().subList(1, 3));
    }

    @Test
    void everyShortFormReadsItsDefinition() {
        op.dropConstraint("users", "ck_email");
        op.dropIndex("users", "users_email_id_idx");
        op.dropEnumValue("status", "A");
        op.dropEnumValue("status", "B");
        op.dropEnumValue("status", "C");
        op.setComment(onColumn("users", "email"), "sign-in name");
        op.removeComment(onTable("users"));
        op.replaceView("active_users", "SELECT 2");
        op.setComment(onView("active_users"), "x");
        op.alterSequence(sequence("users_number_seq").as(integer()).increment(2).ownedBy("users", "number"));
        assertEquals(List.of(
                new DropConstraint(USERS, EMAIL_CHECK),
                new DropIndex(USERS, EMAIL_ID_IDX, false),
                new DropEnumValue(STATUS, "A", "B", null),
                new DropEnumValue(STATUS, "B", "C", null),
                new DropEnumValue(STATUS, "C", null, null),
                new SetComment(CommentTarget.column(USERS, "email"), "login", "sign-in name"),
                new SetComment(CommentTarget.table(USERS), "People", null),
                new ReplaceView(ACTIVE_VIEW, new ViewDef(ACTIVE, "SELECT 2", false, "active ones")),
                new SetComment(CommentTarget.view(ACTIVE, false), "active ones", "x"),
                new AlterSequence(SERIAL, new SequenceDef(SERIAL_SEQ, SERIAL.type(), SERIAL.options().withIncrement(2),
                        SERIAL.ownedBy(), null))), op.recorded());
        assertExactInverse(op.recorded(), LIVE);
    }

    @Test
    void dropsOfWholeObjects() {
        Operations fresh = new Operations("public", LIVE);
        fresh.dropView("active_users");
        fresh.dropEnum("status");
        fresh.dropSequence("users_number_seq");
        assertEquals(List.of(new DropView(ACTIVE_VIEW), new DropEnum(STATUS_TYPE), new DropSequence(SERIAL)),
                fresh.recorded());
    }

    @Test
    void aMiddleLabelIsPlacedAfterItsPredecessor() {
        op.dropEnumValue("status", "B");
        assertEquals(List.of(new DropEnumValue(STATUS, "B", null, "A")), op.recorded());
    }

    @Test
    void missingObjectsAreNamed() {
        assertEquals("dropColumn(\"users\", \"phone\"): the live schema has no column public.users.phone",
                assertThrows(NotInLiveSchemaException.class, () -> op.dropColumn("users", "phone")).getMessage());
        assertEquals("dropTable(\"billing.x\"): the live schema has no table billing.x",
                assertThrows(NotInLiveSchemaException.class, () -> op.dropTable("billing.x")).getMessage());
        assertEquals("dropEnumValue(\"status\", \"Z\"): the live schema has no label Z in enum type public.status",
                assertThrows(NotInLiveSchemaException.class, () -> op.dropEnumValue("status", "Z")).getMessage());
        assertEquals("setComment(materialized view public.active_users): the live schema has no materialized view public.active_users",
                assertThrows(NotInLiveSchemaException.class, () -> op.setComment(onMaterializedView("active_users"), "x")).getMessage());
    }

    @Test
    void anOperationTheModelRefusesStopsLaterShortForms() {
        op.addColumn("users", column("id", bigint()));
        NotInLiveSchemaException e = assertThrows(NotInLiveSchemaException.class, () -> op.dropColumn("users", "email"));
        assertEquals("dropColumn(\"users\", \"email\") cannot read the live schema: operation 1 (add column public.users.id "
                + "bigint NULL) does not apply to it: cannot add column public.users.id bigint NULL: table public.users already has a column id; "
                + "state the definition in full", e.getMessage());
    }

    /** The recorded ops take {@code before} somewhere, and their inverses, reversed, bring it back. */
    private static void assertExactInverse(List<SchemaOp> ops, SchemaModel before) {
        SchemaModel after = OpApplier.apply(before, ops);
        List<SchemaOp> down = new ArrayList<>(ops.stream().map(SchemaOp::inverse).toList());
        Collections.reverse(down);
        assertEquals(before, OpApplier.apply(after, down));
    }
}
