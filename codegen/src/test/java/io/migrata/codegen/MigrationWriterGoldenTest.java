package io.migrata.codegen;

import io.migrata.schema.ColumnDef;
import io.migrata.schema.SqlType;
import io.migrata.schema.op.AlterColumn;
import io.migrata.schema.op.DropColumn;
import io.migrata.schema.op.SchemaOp;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static io.migrata.codegen.EveryOperation.BILLS;
import static io.migrata.codegen.EveryOperation.USERS;

/** Whole emitted files, compared as text. */
class MigrationWriterGoldenTest {

    private static final Instant CREATED = Instant.parse("2026-02-19T09:30:15.123456Z");

    @Test
    void everyOperation() {
        List<SchemaOp> ops = EveryOperation.ops();
        SchemaOp dropLegacy = ops.stream().filter(op -> op instanceof DropColumn).findFirst().orElseThrow();
        SchemaOp alterAmount = ops.stream().filter(op -> op instanceof AlterColumn a && a.using() != null)
                .findFirst().orElseThrow();
        NewRevision revision = NewRevision.of("Every operation, with \"quotes\" & <angles> */", List.of("001_initial_schema"),
                        CREATED, ops)
                .withWarnings(List.of(
                        new OpWarning(dropLegacy, "DATA_LOSS: drops column public.users.legacy and every value in it"),
                        new OpWarning(dropLegacy, "column public.users.legacy may have been renamed to mobile; if so, "
                                + "generate again with the rename hint users.legacy -> mobile, which keeps the data"),
                        new OpWarning(alterAmount, "TABLE_REWRITE: rewrites public.bills under an ACCESS EXCLUSIVE lock"),
                        new OpWarning(alterAmount.inverse(), "DATA_LOSS: numeric(12,2) to integer drops the cents")))
                .withNotes(List.of("view public.active_users is dropped and created again around the type change"));
        GeneratedMigration generated = new MigrationWriter(MigrationTemplate.defaults()).render(revision);
        Golden.assertMatches("MigrationWriterGoldenTest.everyOperation.java", generated.source());
    }

    @Test
    void addUserPhone() {
        ColumnDef phone = ColumnDef.of("phone", SqlType.of("character varying(20)"));
        NewRevision revision = NewRevision.of("add user phone", List.of("001_initial_schema"),
                Instant.parse("2026-02-20T10:15:00Z"), List.of(new io.migrata.schema.op.AddColumn(USERS, phone)));
        Golden.assertMatches("MigrationWriterGoldenTest.addUserPhone.java",
                new MigrationWriter(MigrationTemplate.defaults()).render(revision).source());
    }

    @Test
    void baseline() {
        NewRevision revision = NewRevision.of("baseline", List.of(), Instant.parse("2026-02-20T10:15:00Z"),
                List.of(new io.migrata.schema.op.CreateTable(EveryOperation.usersTable()))).asBaseline();
        Golden.assertMatches("MigrationWriterGoldenTest.baseline.java",
                new MigrationWriter(MigrationTemplate.defaults()).render(revision).source());
    }

    @Test
    void emptyRevisionWithCustomTemplate() {
        MigrationTemplate template = MigrationTemplate.defaults()
                .withPackageName("com.example.billing.migrations")
                .withClassNamePattern("V{date}{time}_{seq}__{name}")
                .withHeader("Copyright 2026 Example Ltd.\n\nRevision {id} ({message}), after {parents}, created {created}.");
        NewRevision revision = NewRevision.empty("merge heads", List.of("004_add_meter_tags", "004_add_bill_notes"), CREATED);
        Golden.assertMatches("MigrationWriterGoldenTest.emptyRevisionWithCustomTemplate.java",
                new MigrationWriter(template).render(revision).source());
    }

    @Test
    void billsOnly() {
        Golden.assertMatches("MigrationWriterGoldenTest.billsOnly.java", new MigrationWriter(MigrationTemplate.defaults())
                .render(NewRevision.of("bills", List.of(), CREATED, EveryOperation.ops().stream()
                        .filter(op -> op.describe().contains(BILLS.toString())).toList())).source());
    }
}
