package io.migrata.schema.op;

/**
 * One change to a schema: what the diff produces, what a migration's {@code upgrade(op)} records,
 * and what the runner renders as SQL. Every op is an immutable record that knows its exact inverse,
 * so a downgrade is the upgrade's ops inverted in reverse order; drop and alter ops therefore carry
 * the whole definition they remove or replace.
 *
 * <pre>{@code
 * SchemaOp op = new AddColumn(QualifiedName.of("public", "users"),
 *         ColumnDef.of("phone", SqlType.of("character varying(20)")));
 * op.describe();   // add column public.users.phone character varying(20) NULL
 * op.inverse();    // DropColumn[table=public.users, column=...]
 * SchemaModel next = OpApplier.apply(model, op);
 * }</pre>
 *
 * <p>Stages dispatch through {@link Visitor}, which has no default methods: adding an op is a compile
 * error in every stage until that stage handles it.
 */
public sealed interface SchemaOp
        permits CreateSchema, DropSchema,
                CreateTable, DropTable, RenameTable, AttachPartition, DetachPartition,
                AddColumn, DropColumn, AlterColumn, RenameColumn,
                AddPrimaryKey, AddUniqueConstraint, AddCheckConstraint, AddForeignKey, ValidateConstraint, DropConstraint,
                CreateIndex, DropIndex, RenameIndex, TakeOverIndex,
                CreateEnum, DropEnum, AddEnumValue, DropEnumValue, RenameEnumValue,
                CreateSequence, AlterSequence, DropSequence,
                SetComment,
                CreateView, DropView, ReplaceView,
                Backfill,
                CreateExtension, AlterExtension, DropExtension,
                CreateFunction, ReplaceFunction, DropFunction, CreateAggregate, DropAggregate,
                CreateTrigger, DropTrigger,
                CreateDomain, AlterDomain, DropDomain, SetSchemaComment,
                ChangeRowSecurity, CreatePolicy, DropPolicy, GrantPrivilege, RevokePrivilege,
                ExecuteSql {

    /**
     * The op that undoes this one exactly; {@code op.inverse().inverse()} equals {@code op}.
     *
     * @throws IrreversibleOperationException when the op cannot be undone (see {@link #isReversible()})
     */
    SchemaOp inverse();

    /** False only for an {@link ExecuteSql} without reverse SQL, whose {@link #inverse()} throws. */
    default boolean isReversible() {
        return true;
    }

    /**
     * Whether applying this op can lose data its inverse cannot bring back: dropping a table, a
     * column or a sequence, removing an enum label, narrowing a column's type.
     */
    boolean isDestructive();

    /** A stable one-line summary, printed by the CLI and written as a comment into generated code. */
    String describe();

    <R> R accept(Visitor<R> visitor);

    /** One method per op, deliberately without defaults. */
    interface Visitor<R> {
        R visitCreateSchema(CreateSchema op);

        R visitDropSchema(DropSchema op);

        R visitCreateTable(CreateTable op);

        R visitDropTable(DropTable op);

        R visitRenameTable(RenameTable op);

        R visitAttachPartition(AttachPartition op);

        R visitDetachPartition(DetachPartition op);

        R visitAddColumn(AddColumn op);

        R visitDropColumn(DropColumn op);

        R visitAlterColumn(AlterColumn op);

        R visitRenameColumn(RenameColumn op);

        R visitAddPrimaryKey(AddPrimaryKey op);

        R visitAddUniqueConstraint(AddUniqueConstraint op);

        R visitAddCheckConstraint(AddCheckConstraint op);

        R visitAddForeignKey(AddForeignKey op);

        R visitValidateConstraint(ValidateConstraint op);

        R visitDropConstraint(DropConstraint op);

        R visitCreateIndex(CreateIndex op);

        R visitDropIndex(DropIndex op);

        R visitRenameIndex(RenameIndex op);

        R visitTakeOverIndex(TakeOverIndex op);

        R visitCreateEnum(CreateEnum op);

        R visitDropEnum(DropEnum op);

        R visitAddEnumValue(AddEnumValue op);

        R visitDropEnumValue(DropEnumValue op);

        R visitRenameEnumValue(RenameEnumValue op);

        R visitCreateSequence(CreateSequence op);

        R visitAlterSequence(AlterSequence op);

        R visitDropSequence(DropSequence op);

        R visitSetComment(SetComment op);

        R visitCreateView(CreateView op);

        R visitDropView(DropView op);

        R visitReplaceView(ReplaceView op);

        R visitBackfill(Backfill op);

        R visitCreateExtension(CreateExtension op);

        R visitAlterExtension(AlterExtension op);

        R visitDropExtension(DropExtension op);

        R visitCreateFunction(CreateFunction op);

        R visitReplaceFunction(ReplaceFunction op);

        R visitDropFunction(DropFunction op);

        R visitCreateAggregate(CreateAggregate op);

        R visitDropAggregate(DropAggregate op);

        R visitCreateTrigger(CreateTrigger op);

        R visitDropTrigger(DropTrigger op);

        R visitCreateDomain(CreateDomain op);

        R visitAlterDomain(AlterDomain op);

        R visitDropDomain(DropDomain op);

        R visitSetSchemaComment(SetSchemaComment op);

        R visitChangeRowSecurity(ChangeRowSecurity op);

        R visitCreatePolicy(CreatePolicy op);

        R visitDropPolicy(DropPolicy op);

        R visitGrantPrivilege(GrantPrivilege op);

        R visitRevokePrivilege(RevokePrivilege op);

        R visitExecuteSql(ExecuteSql op);
    }
}
