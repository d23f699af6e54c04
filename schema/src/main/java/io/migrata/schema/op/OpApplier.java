package io.migrata.schema.op;

import io.migrata.schema.CheckDef;
import io.migrata.schema.ConstraintDef;
import io.migrata.schema.ForeignKeyDef;
import io.migrata.schema.SchemaModel;

import java.util.List;
import java.util.Objects;

/**
 * Applies ops to a {@link SchemaModel} in memory, strictly: an op whose precondition does not hold
 * in the model throws {@link IllegalStateException} naming the op and the object, rather than
 * being bent to fit. That makes it a judge of op lists: if {@code apply(a, ops)} equals {@code b}
 * and {@code apply(b, inverses)} equals {@code a}, the ops are valid and exact.
 *
 * <pre>{@code
 * SchemaModel after = OpApplier.apply(before, ops);
 * List<SchemaOp> down = ...; // each op's inverse, in reverse order
 * assertEquals(before, OpApplier.apply(after, down));
 * }</pre>
 *
 * <p>What it checks, besides each op's own target existing (or not existing yet):
 * <ul>
 *   <li>drop and alter ops carry exactly the current definition of what they remove or replace;</li>
 *   <li>new objects go into schemas the model lists; a schema is dropped only when empty;</li>
 *   <li>tables, views, sequences and indexes (also those behind primary keys and unique
 *       constraints) have distinct names within a schema, and enums do not clash with the row
 *       types of tables and views; a table's constraint names are distinct;</li>
 *   <li>the columns a key, foreign key or index lists exist; primary key columns are NOT NULL;</li>
 *   <li>a foreign key's target table exists (a new table may reference itself) and has a primary
 *       key, unique constraint or unique index on exactly the target columns, and that key is not
 *       dropped while the foreign key needs it;</li>
 *   <li>a table is not dropped while another table's foreign key references it; a column is not
 *       dropped while a key, foreign key or index of any table lists it; neither is dropped while
 *       it owns a sequence (PostgreSQL would drop the sequence too, which no inverse restores);</li>
 *   <li>a table or view is not dropped while it has triggers; a table not while it has policies or
 *       row-level security; a schema is not dropped while an extension, function or domain lives in
 *       it; a domain not while a column has it as type; a grant names an object of the model;</li>
 *   <li>an enum is not dropped while a column has it (or an array of it) as type; enum labels
 *       are added next to existing labels and dropped only from where the op says they stand.</li>
 * </ul>
 *
 * <p>Side effects PostgreSQL makes are mirrored: renaming a table retargets foreign keys and
 * sequence owners; renaming a column renames it in its table's keys, foreign keys and plain index
 * keys, in foreign keys that target it and in sequence owners. Expressions (checks, expression
 * index keys, predicates, defaults, generated columns, view queries) are text the model cannot
 * rewrite or search, so renames leave them as they are and drops do not look into them.
 * {@link ExecuteSql} leaves the model unchanged.
 */
public final class OpApplier {

    private OpApplier() {
    }

    /** The model after {@code op}. */
    public static SchemaModel apply(SchemaModel model, SchemaOp op) {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(op, "op");
        return op.accept(new Applying(model));
    }

    /** The model after each op in turn; a failure says which op of the list failed. */
    public static SchemaModel apply(SchemaModel model, List<? extends SchemaOp> ops) {
        SchemaModel current = model;
        for (int i = 0; i < ops.size(); i++) {
            try {
                current = apply(current, ops.get(i));
            } catch (IllegalStateException e) {
                throw new IllegalStateException("op " + (i + 1) + " of " + ops.size() + ": " + e.getMessage(), e);
            }
        }
        return current;
    }

    private static final class Applying implements SchemaOp.Visitor<SchemaModel> {

        private final SchemaModel model;

        Applying(SchemaModel model) {
            this.model = model;
        }

        private Step step(SchemaOp op) {
            return new Step(model, op);
        }

        @Override
        public SchemaModel visitCreateSchema(CreateSchema op) {
            return SchemaChanges.createSchema(step(op), op.name());
        }

        @Override
        public SchemaModel visitDropSchema(DropSchema op) {
            return SchemaChanges.dropSchema(step(op), op.name());
        }

        @Override
        public SchemaModel visitCreateTable(CreateTable op) {
            return TableChanges.create(step(op), op.table());
        }

        @Override
        public SchemaModel visitDropTable(DropTable op) {
            return TableChanges.drop(step(op), op.table());
        }

        @Override
        public SchemaModel visitRenameTable(RenameTable op) {
            return TableChanges.rename(step(op), op);
        }

        @Override
        public SchemaModel visitAttachPartition(AttachPartition op) {
            return PartitionChanges.attach(step(op), op);
        }

        @Override
        public SchemaModel visitDetachPartition(DetachPartition op) {
            return PartitionChanges.detach(step(op), op);
        }

        @Override
        public SchemaModel visitAddColumn(AddColumn op) {
            return TableChanges.addColumn(step(op), op);
        }

        @Override
        public SchemaModel visitDropColumn(DropColumn op) {
            return TableChanges.dropColumn(step(op), op);
        }

        @Override
        public SchemaModel visitAlterColumn(AlterColumn op) {
            return TableChanges.alterColumn(step(op), op);
        }

        @Override
        public SchemaModel visitRenameColumn(RenameColumn op) {
            return TableChanges.renameColumn(step(op), op);
        }

        @Override
        public SchemaModel visitAddPrimaryKey(AddPrimaryKey op) {
            return ConstraintChanges.add(step(op), op.table(), op.key());
        }

        @Override
        public SchemaModel visitAddUniqueConstraint(AddUniqueConstraint op) {
            return ConstraintChanges.add(step(op), op.table(), op.unique());
        }

        @Override
        public SchemaModel visitAddCheckConstraint(AddCheckConstraint op) {
            return ConstraintChanges.add(step(op), op.table(), op.check());
        }

        @Override
        public SchemaModel visitAddForeignKey(AddForeignKey op) {
            return ConstraintChanges.add(step(op), op.table(), op.foreignKey());
        }

        /** Validity is not part of the model: the constraint only has to be there, and be one that can be NOT VALID. */
        @Override
        public SchemaModel visitValidateConstraint(ValidateConstraint op) {
            Step step = step(op);
            ConstraintDef constraint = step.table(op.table()).constraint(op.constraint())
                    .orElseThrow(() -> step.fail("table " + op.table() + " has no constraint " + op.constraint()));
            if (!(constraint instanceof CheckDef) && !(constraint instanceof ForeignKeyDef)) {
                throw step.fail(Step.kindAndName(constraint) + " is neither a check nor a foreign key");
            }
            return model;
        }

        @Override
        public SchemaModel visitDropConstraint(DropConstraint op) {
            return ConstraintChanges.drop(step(op), op);
        }

        @Override
        public SchemaModel visitCreateIndex(CreateIndex op) {
            return ConstraintChanges.createIndex(step(op), op);
        }

        @Override
        public SchemaModel visitDropIndex(DropIndex op) {
            return ConstraintChanges.dropIndex(step(op), op);
        }

        @Override
        public SchemaModel visitRenameIndex(RenameIndex op) {
            return ConstraintChanges.renameIndex(step(op), op);
        }

        @Override
        public SchemaModel visitTakeOverIndex(TakeOverIndex op) {
            return ConstraintChanges.takeOverIndex(step(op), op);
        }

        @Override
        public SchemaModel visitCreateEnum(CreateEnum op) {
            return EnumChanges.create(step(op), op.type());
        }

        @Override
        public SchemaModel visitDropEnum(DropEnum op) {
            return EnumChanges.drop(step(op), op.type());
        }

        @Override
        public SchemaModel visitAddEnumValue(AddEnumValue op) {
            return EnumChanges.addValue(step(op), op);
        }

        @Override
        public SchemaModel visitDropEnumValue(DropEnumValue op) {
            return EnumChanges.dropValue(step(op), op);
        }

        @Override
        public SchemaModel visitRenameEnumValue(RenameEnumValue op) {
            return EnumChanges.renameValue(step(op), op);
        }

        @Override
        public SchemaModel visitCreateSequence(CreateSequence op) {
            return SchemaChanges.createSequence(step(op), op.sequence());
        }

        @Override
        public SchemaModel visitAlterSequence(AlterSequence op) {
            return SchemaChanges.alterSequence(step(op), op);
        }

        @Override
        public SchemaModel visitDropSequence(DropSequence op) {
            return SchemaChanges.dropSequence(step(op), op.sequence());
        }

        @Override
        public SchemaModel visitSetComment(SetComment op) {
            return CommentChanges.set(step(op), op);
        }

        @Override
        public SchemaModel visitCreateView(CreateView op) {
            return SchemaChanges.createView(step(op), op.view());
        }

        @Override
        public SchemaModel visitDropView(DropView op) {
            return SchemaChanges.dropView(step(op), op.view());
        }

        @Override
        public SchemaModel visitReplaceView(ReplaceView op) {
            return SchemaChanges.replaceView(step(op), op);
        }

        @Override
        public SchemaModel visitBackfill(Backfill op) {
            Step step = step(op);
            step.column(step.table(op.table()), op.column());
            return model;
        }

        @Override
        public SchemaModel visitCreateExtension(CreateExtension op) {
            return ExtensionChanges.create(step(op), op.extension());
        }

        @Override
        public SchemaModel visitAlterExtension(AlterExtension op) {
            return ExtensionChanges.alter(step(op), op);
        }

        @Override
        public SchemaModel visitDropExtension(DropExtension op) {
            return ExtensionChanges.drop(step(op), op.extension());
        }

        @Override
        public SchemaModel visitCreateFunction(CreateFunction op) {
            return FunctionChanges.create(step(op), op.function());
        }

        @Override
        public SchemaModel visitReplaceFunction(ReplaceFunction op) {
            return FunctionChanges.replace(step(op), op);
        }

        @Override
        public SchemaModel visitDropFunction(DropFunction op) {
            return FunctionChanges.drop(step(op), op.function());
        }

        @Override
        public SchemaModel visitCreateAggregate(CreateAggregate op) {
            return AggregateChanges.create(step(op), op.aggregate());
        }

        @Override
        public SchemaModel visitDropAggregate(DropAggregate op) {
            return AggregateChanges.drop(step(op), op.aggregate());
        }

        @Override
        public SchemaModel visitCreateTrigger(CreateTrigger op) {
            return TriggerChanges.create(step(op), op.trigger());
        }

        @Override
        public SchemaModel visitDropTrigger(DropTrigger op) {
            return TriggerChanges.drop(step(op), op.trigger());
        }

        @Override
        public SchemaModel visitCreateDomain(CreateDomain op) {
            return DomainChanges.create(step(op), op.domain());
        }

        @Override
        public SchemaModel visitAlterDomain(AlterDomain op) {
            return DomainChanges.alter(step(op), op);
        }

        @Override
        public SchemaModel visitDropDomain(DropDomain op) {
            return DomainChanges.drop(step(op), op.domain());
        }

        @Override
        public SchemaModel visitSetSchemaComment(SetSchemaComment op) {
            return SchemaChanges.setComment(step(op), op);
        }

        @Override
        public SchemaModel visitChangeRowSecurity(ChangeRowSecurity op) {
            return AccessChanges.changeRowSecurity(step(op), op);
        }

        @Override
        public SchemaModel visitCreatePolicy(CreatePolicy op) {
            return AccessChanges.createPolicy(step(op), op.policy());
        }

        @Override
        public SchemaModel visitDropPolicy(DropPolicy op) {
            return AccessChanges.dropPolicy(step(op), op.policy());
        }

        @Override
        public SchemaModel visitGrantPrivilege(GrantPrivilege op) {
            return AccessChanges.grant(step(op), op.grant());
        }

        @Override
        public SchemaModel visitRevokePrivilege(RevokePrivilege op) {
            return AccessChanges.revoke(step(op), op.grant());
        }

        @Override
        public SchemaModel visitExecuteSql(ExecuteSql op) {
            return model;
        }
    }
}
