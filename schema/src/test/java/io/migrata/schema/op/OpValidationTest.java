package io.migrata.schema.op;

import io.migrata.schema.ColumnDef;
import io.migrata.schema.QualifiedName;
import io.migrata.schema.SequenceDef;
import io.migrata.schema.SequenceOptions;
import io.migrata.schema.ViewDef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.util.List;

import static io.migrata.schema.op.Fixture.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Arguments no op accepts, whatever the model. */
class OpValidationTest {

    private static void assertRejected(String message, Executable construction) {
        assertEquals(message, assertThrows(IllegalArgumentException.class, construction).getMessage());
    }

    @Test
    void nullArgumentsAreNamed() {
        assertEquals("table", assertThrows(NullPointerException.class, () -> new AddColumn(null, PHONE)).getMessage());
        assertEquals("column", assertThrows(NullPointerException.class, () -> new DropColumn(USERS, null)).getMessage());
        assertEquals("label", assertThrows(NullPointerException.class,
                () -> new AddEnumValue(USER_STATUS, null, null, null)).getMessage());
        assertEquals("target", assertThrows(NullPointerException.class, () -> new SetComment(null, "a", "b")).getMessage());
        assertEquals("sql", assertThrows(NullPointerException.class, () -> new ExecuteSql(null, null, true)).getMessage());
    }

    @Test
    void alterColumnKeepsNameAndCommentAndChangesSomething() {
        assertRejected("alter column cannot rename phone to mobile: use RenameColumn",
                () -> new AlterColumn(USERS, PHONE, PHONE.withName("mobile")));
        assertRejected("alter column cannot change the comment of phone: use SetComment",
                () -> new AlterColumn(USERS, PHONE, PHONE.withComment("Landline")));
        assertRejected("alter column phone changes nothing", () -> new AlterColumn(USERS, PHONE, PHONE));
        assertRejected("alter column phone has a USING expression but keeps type character varying(20)",
                () -> new AlterColumn(USERS, PHONE, PHONE.withNullable(false), "trim(phone)"));
    }

    @Test
    void enumLabelsHaveAtMostOneNeighbour() {
        assertRejected("enum label paused has both a before and an after neighbour",
                () -> new AddEnumValue(USER_STATUS, "paused", "blocked", "active"));
        assertRejected("enum label paused has both a before and an after neighbour",
                () -> new DropEnumValue(USER_STATUS, "paused", "blocked", "active"));
        assertRejected("enum label paused is placed next to itself",
                () -> new AddEnumValue(USER_STATUS, "paused", "paused", null));
    }

    @Test
    void renamesChangeTheName() {
        assertRejected("table public.users renamed to itself", () -> new RenameTable(USERS, "users"));
        assertRejected("column phone renamed to itself", () -> new RenameColumn(USERS, "phone", "phone"));
        assertRejected("enum label a renamed to itself", () -> new RenameEnumValue(USER_STATUS, "a", "a"));
    }

    @Test
    void sequenceAndViewReplacementsKeepTheirName() {
        SequenceDef other = new SequenceDef(QualifiedName.of("public", "other_seq"), INTEGER,
                SequenceOptions.defaultsFor(INTEGER), null, null);
        assertRejected("alter sequence cannot rename public.invoice_no_seq to public.other_seq",
                () -> new AlterSequence(INVOICE_SEQUENCE, other));
        assertRejected("alter sequence public.invoice_no_seq changes nothing",
                () -> new AlterSequence(INVOICE_SEQUENCE, INVOICE_SEQUENCE));
        assertRejected("replace view cannot change the comment of public.active_users: use SetComment",
                () -> new ReplaceView(ACTIVE_USERS_VIEW, new ViewDef(ACTIVE_USERS, " SELECT 1;", false, "New")));
    }

    @Test
    void commentTargetsNameAMemberOnlyForColumnsAndTriggers() {
        assertRejected("a comment target names a member exactly when it is on a column or trigger",
                () -> new CommentTarget(CommentTarget.Kind.TABLE, USERS, "phone"));
        assertRejected("a comment target names a member exactly when it is on a column or trigger",
                () -> new CommentTarget(CommentTarget.Kind.COLUMN, USERS, null));
        assertRejected("a comment target names a member exactly when it is on a column or trigger",
                () -> new CommentTarget(CommentTarget.Kind.TRIGGER, USERS, null));
        assertRejected("comment on table public.users changes nothing",
                () -> new SetComment(CommentTarget.table(USERS), "x", "x"));
    }

    @Test
    void executeSqlWithoutReverseIsIrreversible() {
        ExecuteSql op = ExecuteSql.irreversible("DELETE FROM audit_logs");
        assertFalse(op.isReversible());
        assertFalse(op.isDestructive());
        IrreversibleOperationException e = assertThrows(IrreversibleOperationException.class, op::inverse);
        assertSame(op, e.op());
        assertTrue(e.getMessage().startsWith("cannot invert \"execute sql: DELETE FROM audit_logs\""), e.getMessage());
        assertRejected("sql is blank", () -> new ExecuteSql(" ", null, true));
    }

    @Test
    void executeSqlWithReverseSwapsAndKeepsTransactionality() {
        ExecuteSql op = new ExecuteSql("CREATE INDEX CONCURRENTLY i ON t (c)", "DROP INDEX CONCURRENTLY i", false);
        assertEquals(new ExecuteSql("DROP INDEX CONCURRENTLY i", "CREATE INDEX CONCURRENTLY i ON t (c)", false), op.inverse());
        assertTrue(op.isReversible());
    }

    @Test
    void onlyLosingOpsAreDestructive() {
        List<SchemaOp> destructive = OpRoundTripTest.ops().stream().filter(SchemaOp::isDestructive).toList();
        assertEquals(List.of("DropTable", "DropColumn", "AlterColumn", "DropEnumValue", "DropEnumValue", "DropEnumValue",
                        "DropSequence"),
                destructive.stream().map(op -> op.getClass().getSimpleName()).toList());
    }

    @Test
    void everyOtherOpIsReversible() {
        assertTrue(OpRoundTripTest.ops().stream().allMatch(SchemaOp::isReversible));
        ColumnDef column = ColumnDef.of("c", INTEGER);
        assertTrue(new AlterColumn(USERS, column, column.withType(TEXT)).isReversible());
    }
}
