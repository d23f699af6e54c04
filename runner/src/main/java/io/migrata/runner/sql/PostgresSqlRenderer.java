package io.migrata.runner.sql;

import io.migrata.schema.op.AlterDomain;
import io.migrata.schema.op.ChangeRowSecurity;
import io.migrata.schema.op.CreateDomain;
import io.migrata.schema.op.CreatePolicy;
import io.migrata.schema.op.DropDomain;
import io.migrata.schema.op.DropPolicy;
import io.migrata.schema.op.GrantPrivilege;
import io.migrata.schema.op.RevokePrivilege;
import io.migrata.schema.op.SetSchemaComment;
import io.migrata.schema.op.AlterExtension;
import io.migrata.schema.op.AttachPartition;
import io.migrata.schema.op.DetachPartition;
import io.migrata.schema.op.CreateExtension;
import io.migrata.schema.op.CreateAggregate;
import io.migrata.schema.op.CreateFunction;
import io.migrata.schema.op.CreateTrigger;
import io.migrata.schema.op.DropExtension;
import io.migrata.schema.op.DropAggregate;
import io.migrata.schema.op.DropFunction;
import io.migrata.schema.op.DropTrigger;
import io.migrata.schema.op.ReplaceFunction;
import io.migrata.schema.op.AddCheckConstraint;
import io.migrata.schema.op.AddColumn;
import io.migrata.schema.op.AddEnumValue;
import io.migrata.schema.op.AddForeignKey;
import io.migrata.schema.op.AddPrimaryKey;
import io.migrata.schema.op.AddUniqueConstraint;
import io.migrata.schema.op.AlterColumn;
import io.migrata.schema.op.AlterSequence;
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
import io.migrata.schema.op.Backfill;
import io.migrata.schema.op.ValidateConstraint;

import java.util.List;
import java.util.Objects;

/**
 * Turns schema ops into PostgreSQL statements, in order. Names are quoted where PostgreSQL needs
 * it; types, defaults and expressions are written as the model spells them (PostgreSQL's own
 * spelling, user types schema-qualified), so the SQL means the same whatever the search path,
 * and in the form PostgreSQL stores back as the very text it was read from ({@link ReparsedText}).
 *
 * <pre>{@code
 * PostgresSqlRenderer renderer = new PostgresSqlRenderer(RenderOptions.defaults().forServer(16));
 * for (Statement statement : renderer.render(ops)) {
 *     System.out.println(statement.sql() + ";" + (statement.transactional() ? "" : " -- outside the transaction"));
 * }
 * }</pre>
 *
 * @see Statement#transactional() which statements must run outside the migration's transaction
 */
public final class PostgresSqlRenderer {

    private final RenderOptions options;
    private final SchemaOp.Visitor<List<Statement>> rendering = new Rendering();

    public PostgresSqlRenderer(RenderOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    /** A renderer with {@link RenderOptions#defaults()}. */
    public PostgresSqlRenderer() {
        this(RenderOptions.defaults());
    }

    /**
     * The statements of one op.
     *
     * @throws UnsupportedChangeException PostgreSQL (on the target server) has no statement for the change
     */
    public List<Statement> render(SchemaOp op) {
        List<Statement> statements = op.accept(rendering);
        // Hand-written SQL is the user's own text; everything else is built from the catalog's, unless told otherwise.
        if (op instanceof ExecuteSql || !options.catalogText()) return statements;
        return statements.stream().map(s -> new Statement(ReparsedText.of(s.sql()), s.transactional(), s.source())).toList();
    }

    /** The statements of each op in turn. */
    public List<Statement> render(List<? extends SchemaOp> ops) {
        return ops.stream().flatMap(op -> render(op).stream()).toList();
    }

    private final class Rendering implements SchemaOp.Visitor<List<Statement>> {

        @Override
        public List<Statement> visitCreateSchema(CreateSchema op) {
            return new Statements(op).add("CREATE SCHEMA " + SqlText.name(op.name())).toList();
        }

        /** Never {@code CASCADE}: the schema's objects are dropped by their own ops first. */
        @Override
        public List<Statement> visitDropSchema(DropSchema op) {
            return new Statements(op).add("DROP SCHEMA " + SqlText.name(op.name())).toList();
        }

        @Override
        public List<Statement> visitCreateTable(CreateTable op) {
            return TableSql.create(op);
        }

        @Override
        public List<Statement> visitDropTable(DropTable op) {
            return TableSql.drop(op);
        }

        @Override
        public List<Statement> visitRenameTable(RenameTable op) {
            return TableSql.rename(op);
        }

        @Override
        public List<Statement> visitAttachPartition(AttachPartition op) {
            return TableSql.attach(op);
        }

        @Override
        public List<Statement> visitDetachPartition(DetachPartition op) {
            return TableSql.detach(op, options);
        }

        @Override
        public List<Statement> visitAddColumn(AddColumn op) {
            return TableSql.addColumn(op);
        }

        @Override
        public List<Statement> visitDropColumn(DropColumn op) {
            return TableSql.dropColumn(op);
        }

        @Override
        public List<Statement> visitAlterColumn(AlterColumn op) {
            return ColumnAlterationSql.alter(op, options);
        }

        @Override
        public List<Statement> visitRenameColumn(RenameColumn op) {
            return TableSql.renameColumn(op);
        }

        @Override
        public List<Statement> visitAddPrimaryKey(AddPrimaryKey op) {
            if (op.usingIndex()) return ConstraintSql.addUsingIndex(op, op.table(), op.key());
            return new Statements(op).add(ConstraintSql.add(op.table(), op.key())).toList();
        }

        @Override
        public List<Statement> visitAddUniqueConstraint(AddUniqueConstraint op) {
            if (op.usingIndex()) return ConstraintSql.addUsingIndex(op, op.table(), op.unique());
            return new Statements(op).add(ConstraintSql.add(op.table(), op.unique())).toList();
        }

        @Override
        public List<Statement> visitAddCheckConstraint(AddCheckConstraint op) {
            if (op.notValid()) return ConstraintSql.addNotValid(op, op.table(), op.check());
            return ConstraintSql.addChecked(op, op.table(), op.check(), options.notValidForeignKeysAndChecks());
        }

        @Override
        public List<Statement> visitAddForeignKey(AddForeignKey op) {
            if (op.notValid()) return ConstraintSql.addNotValid(op, op.table(), op.foreignKey());
            return ConstraintSql.addChecked(op, op.table(), op.foreignKey(), options.notValidForeignKeysAndChecks());
        }

        @Override
        public List<Statement> visitValidateConstraint(ValidateConstraint op) {
            return new Statements(op).addOutsideTransaction(ConstraintSql.validate(op.table(), op.constraint())).toList();
        }

        @Override
        public List<Statement> visitDropConstraint(DropConstraint op) {
            return ConstraintSql.drop(op);
        }

        @Override
        public List<Statement> visitCreateIndex(CreateIndex op) {
            return new Statements(op).add(IndexSql.create(op.table(), op.index(), op.concurrently()), !op.concurrently())
                    .toList();
        }

        @Override
        public List<Statement> visitRenameIndex(RenameIndex op) {
            return new Statements(op).add("ALTER INDEX " + op.table().withName(op.from()) + " RENAME TO "
                    + SqlText.name(op.to())).toList();
        }

        @Override
        public List<Statement> visitTakeOverIndex(TakeOverIndex op) {
            return ConstraintSql.takeOverIndex(op);
        }

        @Override
        public List<Statement> visitDropIndex(DropIndex op) {
            return new Statements(op).add(IndexSql.drop(op.table(), op.index(), op.concurrently()), !op.concurrently())
                    .toList();
        }

        @Override
        public List<Statement> visitCreateEnum(CreateEnum op) {
            return EnumSql.create(op);
        }

        @Override
        public List<Statement> visitDropEnum(DropEnum op) {
            return EnumSql.drop(op);
        }

        @Override
        public List<Statement> visitAddEnumValue(AddEnumValue op) {
            return EnumSql.addValue(op);
        }

        @Override
        public List<Statement> visitDropEnumValue(DropEnumValue op) {
            return EnumLabelRemovalSql.drop(op);
        }

        @Override
        public List<Statement> visitRenameEnumValue(RenameEnumValue op) {
            return EnumSql.renameValue(op);
        }

        @Override
        public List<Statement> visitCreateSequence(CreateSequence op) {
            return SequenceSql.create(op);
        }

        @Override
        public List<Statement> visitAlterSequence(AlterSequence op) {
            return SequenceSql.alter(op);
        }

        @Override
        public List<Statement> visitDropSequence(DropSequence op) {
            return SequenceSql.drop(op);
        }

        @Override
        public List<Statement> visitSetComment(SetComment op) {
            return new Statements(op).add(CommentSql.set(op.target(), op.to())).toList();
        }

        @Override
        public List<Statement> visitCreateView(CreateView op) {
            return ViewSql.create(op);
        }

        @Override
        public List<Statement> visitDropView(DropView op) {
            return ViewSql.drop(op);
        }

        @Override
        public List<Statement> visitReplaceView(ReplaceView op) {
            return ViewSql.replace(op);
        }

        @Override
        public List<Statement> visitBackfill(Backfill op) {
            if (op.undo()) return List.of();
            if (op.isPlaceholder()) throw new UnsupportedChangeException(op, "the backfill is empty: write the UPDATE that fills one batch");
            return new Statements(op).addOutsideTransaction(BackfillSql.render(op)).toList();
        }

        @Override
        public List<Statement> visitCreateExtension(CreateExtension op) {
            return ExtensionSql.create(op);
        }

        @Override
        public List<Statement> visitAlterExtension(AlterExtension op) {
            return ExtensionSql.alter(op);
        }

        @Override
        public List<Statement> visitDropExtension(DropExtension op) {
            return ExtensionSql.drop(op);
        }

        @Override
        public List<Statement> visitCreateFunction(CreateFunction op) {
            return FunctionSql.create(op);
        }

        @Override
        public List<Statement> visitReplaceFunction(ReplaceFunction op) {
            return FunctionSql.replace(op);
        }

        @Override
        public List<Statement> visitDropFunction(DropFunction op) {
            return FunctionSql.drop(op);
        }

        @Override
        public List<Statement> visitCreateAggregate(CreateAggregate op) {
            return AggregateSql.create(op);
        }

        @Override
        public List<Statement> visitDropAggregate(DropAggregate op) {
            return AggregateSql.drop(op);
        }

        @Override
        public List<Statement> visitCreateTrigger(CreateTrigger op) {
            return FunctionSql.createTrigger(op);
        }

        @Override
        public List<Statement> visitDropTrigger(DropTrigger op) {
            return FunctionSql.dropTrigger(op);
        }

        @Override
        public List<Statement> visitCreateDomain(CreateDomain op) {
            return DomainSql.create(op);
        }

        @Override
        public List<Statement> visitAlterDomain(AlterDomain op) {
            return DomainSql.alter(op);
        }

        @Override
        public List<Statement> visitDropDomain(DropDomain op) {
            return DomainSql.drop(op);
        }

        @Override
        public List<Statement> visitSetSchemaComment(SetSchemaComment op) {
            return AccessSql.schemaComment(op);
        }

        @Override
        public List<Statement> visitChangeRowSecurity(ChangeRowSecurity op) {
            return AccessSql.rowSecurity(op);
        }

        @Override
        public List<Statement> visitCreatePolicy(CreatePolicy op) {
            return AccessSql.createPolicy(op);
        }

        @Override
        public List<Statement> visitDropPolicy(DropPolicy op) {
            return AccessSql.dropPolicy(op);
        }

        @Override
        public List<Statement> visitGrantPrivilege(GrantPrivilege op) {
            return AccessSql.grant(op);
        }

        @Override
        public List<Statement> visitRevokePrivilege(RevokePrivilege op) {
            return AccessSql.revoke(op);
        }

        @Override
        public List<Statement> visitExecuteSql(ExecuteSql op) {
            return new Statements(op).add(op.sql(), op.transactional()).toList();
        }
    }
}
