package io.migrata.diff;

import io.migrata.schema.ColumnDef;
import io.migrata.schema.ForeignKeyDef;
import io.migrata.schema.QualifiedName;
import io.migrata.schema.TableDef;
import io.migrata.schema.op.AddColumn;
import io.migrata.schema.op.AddForeignKey;
import io.migrata.schema.op.AlterColumn;
import io.migrata.schema.op.CreateTable;
import io.migrata.schema.op.DropColumn;
import io.migrata.schema.op.DropConstraint;
import io.migrata.schema.op.DropTable;
import io.migrata.schema.op.RenameColumn;
import io.migrata.schema.op.RenameTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static io.migrata.diff.DiffAssert.assertDiff;
import static io.migrata.diff.Models.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RenameTest {

    private static final ColumnDef PHONE_NUMBER = PHONE.withName("phone_number");
    private static final TableDef RENAMED_PHONE = USERS_TABLE.withColumn("phone", c -> PHONE_NUMBER);

    @Test
    void parsesEveryForm() {
        RenameHint column = RenameHint.column(USERS, "phone", "phone_number");
        assertEquals(column, RenameHint.parse("users.phone -> phone_number"));
        assertEquals(column, RenameHint.parse("users.phone -> users.phone_number"));
        assertEquals(column, RenameHint.parse("column public.users.phone->public.users.phone_number"));
        assertEquals(column, RenameHint.parse("Users.PHONE -> Phone_Number"));
        assertEquals(RenameHint.column(QualifiedName.of("billing", "Invoice"), "Total Due", "total"),
                RenameHint.parse("billing.\"Invoice\".\"Total Due\" -> total"));
        assertEquals(RenameHint.table(QualifiedName.of("billing", "invoice"), "invoices"),
                RenameHint.parse("table billing.invoice -> billing.invoices"));
        assertEquals(RenameHint.table(name("a"), "b"), RenameHint.parse("table a -> b"));
        assertEquals(RenameHint.enumLabel(name("bill_status"), "void", "it's cancelled"),
                RenameHint.parse("enum bill_status 'void' -> 'it''s cancelled'"));
        assertEquals(RenameHint.column(name("enum"), "a", "b"), RenameHint.parse("enum.a -> b"));
        assertEquals(RenameHint.column(USERS, "phone", "x"), RenameHint.parse("users.phone -> x", "public"));
        assertEquals(RenameHint.column(QualifiedName.of("app", "users"), "phone", "x"), RenameHint.parse("users.phone -> x", "app"));
    }

    @Test
    void toStringReadsBack() {
        for (RenameHint hint : List.of(RenameHint.column(QualifiedName.of("billing", "Invoice"), "user", "total due"),
                RenameHint.table(name("a"), "B"), RenameHint.enumLabel(name("s"), "a'b", "c"))) {
            assertEquals(hint, RenameHint.parse(hint.toString()));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "users.phone", "phone -> number", "users.phone -> other.phone_number",
            "table a.b.c -> d", "table billing.a -> public.b", "enum s a -> b", "users.phone -> x y", "users.phone -> \"\"",
            "users.phone => x", "a.b.c.d -> e"})
    void refusesWhatItCannotRead(String text) {
        InvalidRenameHintException e = assertThrows(InvalidRenameHintException.class, () -> RenameHint.parse(text));
        assertTrue(e.getMessage().startsWith("rename hint \"" + text + "\" is not understood"), e.getMessage());
    }

    @Test
    void withoutAHintARenameIsADropAndAnAddAndACandidate() {
        DiffResult result = assertDiff(users(), model(RENAMED_PHONE, ORDERS_TABLE))
                .up(new DropColumn(USERS, PHONE), new AddColumn(USERS, PHONE_NUMBER))
                .candidates(RenameCandidate.column(USERS, "phone", "phone_number"))
                .result();
        assertEquals(List.of("column public.users.phone may have been renamed to phone_number: it is dropped and created"
                + " instead; to rename it, pass the hint \"public.users.phone -> phone_number\""), result.notes());
        assertEquals(RenameHint.column(USERS, "phone", "phone_number"), result.renameCandidates().get(0).hint());
    }

    @Test
    void aColumnHintRenamesAndTheColumnIsThenCompared() {
        ColumnDef longer = PHONE_NUMBER.withType(TEXT).withNullable(false);
        TableDef users = USERS_TABLE.withColumn("phone", c -> longer);
        assertDiff(users(), model(users, ORDERS_TABLE), DiffOptions.defaults().withRename("users.phone -> phone_number"))
                .up(new RenameColumn(USERS, "phone", "phone_number"), new AlterColumn(USERS, PHONE_NUMBER, longer))
                .down(new AlterColumn(USERS, longer, PHONE_NUMBER), new RenameColumn(USERS, "phone_number", "phone"))
                .candidates();
    }

    @Test
    void aTableHintRenamesAndForeignKeysFollow() {
        QualifiedName members = name("members");
        TableDef renamed = USERS_TABLE.withName(members);
        ForeignKeyDef fk = ForeignKeyDef.of("orders_user_id_fkey", List.of("user_id"), members, List.of("id"));
        TableDef orders = ORDERS_TABLE.withForeignKeys(List.of(fk));
        assertDiff(users(), model(renamed, orders))
                .up(new DropConstraint(ORDERS, ORDERS_USER_FK), new DropTable(USERS_TABLE),
                        new CreateTable(renamed), new AddForeignKey(ORDERS, fk))
                .candidates(RenameCandidate.table(USERS, "members"));
        assertDiff(users(), model(renamed, orders), DiffOptions.defaults().withRename("table users -> members"))
                .up(new RenameTable(USERS, "members"))
                .down(new RenameTable(members, "users"))
                .candidates();
        assertDiff(users(), model(renamed.withColumn("phone", c -> PHONE_NUMBER), orders), DiffOptions.defaults()
                .withRename("table users -> members").withRename("users.phone -> phone_number"))
                .up(new RenameTable(USERS, "members"), new RenameColumn(members, "phone", "phone_number"));
    }

    @Test
    void aTableRenamedWithOneOfItsColumnsIsACandidateAndTheColumnIsOneOnceTheTableIsRenamed() {
        QualifiedName members = name("members");
        TableDef renamed = USERS_TABLE.withName(members).withColumn("phone", c -> PHONE_NUMBER);
        TableDef orders = ORDERS_TABLE.withForeignKeys(List.of(
                ForeignKeyDef.of("orders_user_id_fkey", List.of("user_id"), members, List.of("id"))));
        assertDiff(users(), model(renamed, orders)).candidates(RenameCandidate.table(USERS, "members"));
        DiffOptions tableRenamed = DiffOptions.defaults().withRename("table users -> members");
        RenameCandidate column = RenameCandidate.column(members, "phone", "phone_number");
        assertDiff(users(), model(renamed, orders), tableRenamed).candidates(column);
        assertDiff(users(), model(renamed, orders), tableRenamed.withRename(column.hint().toString()))
                .up(new RenameTable(USERS, "members"), new RenameColumn(members, "phone", "phone_number"))
                .candidates();
    }

    @Test
    void aCreatedTableOfOtherColumnTypesOrSharingNoColumnIsNoTableCandidate() {
        TableDef otherTypes = USERS_TABLE.withName(name("members")).withColumn("phone", c -> PHONE_NUMBER.withType(TEXT));
        assertTrue(SchemaDiff.between(users(), model(otherTypes, ORDERS_TABLE.withForeignKeys(List.of())))
                .renameCandidates().stream().noneMatch(c -> c.kind() == RenameHint.Kind.TABLE));
        TableDef noneShared = new TableDef(name("members"), USERS_TABLE.columns().stream()
                .map(c -> c.withName("m_" + c.name())).toList(), null, List.of(), List.of(), List.of(), List.of(), null);
        assertEquals(List.of(), SchemaDiff.between(users(), model(noneShared, ORDERS_TABLE.withForeignKeys(List.of())))
                .renameCandidates());
    }

    @Test
    void aHintThatDescribesNoRenameIsRefused() {
        for (String hint : List.of("users.phone -> mobile", "users.fax -> phone_number", "users.email -> phone_number",
                "table users -> members", "table nobody -> users", "enum bill_status 'a' -> 'b'")) {
            DiffOptions options = DiffOptions.defaults().withRename(hint);
            InvalidRenameHintException e = assertThrows(InvalidRenameHintException.class,
                    () -> SchemaDiff.between(users(), model(RENAMED_PHONE, ORDERS_TABLE), options), hint);
            assertTrue(e.getMessage().contains("does not describe a rename"), e.getMessage());
        }
        DiffOptions twice = DiffOptions.defaults().withRename("users.phone -> phone_number").withRename("users.phone -> mobile");
        assertThrows(InvalidRenameHintException.class, () -> SchemaDiff.between(users(), model(RENAMED_PHONE, ORDERS_TABLE), twice));
    }

    @Test
    void columnsOfAnotherTypeAreNoCandidates() {
        TableDef users = USERS_TABLE.withColumn("phone", c -> PHONE_NUMBER.withType(TEXT));
        assertDiff(users(), model(users, ORDERS_TABLE)).candidates();
    }
}
