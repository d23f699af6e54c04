package io.migrata.codegen;

import io.migrata.codegen.Code.Call;
import io.migrata.codegen.Code.Chain;
import io.migrata.codegen.Code.Lambda;
import io.migrata.codegen.Code.Lit;
import io.migrata.schema.ColumnDef;
import io.migrata.schema.ForeignKeyDef;
import io.migrata.schema.IndexDef;
import io.migrata.schema.QualifiedName;
import io.migrata.schema.TableDef;
import io.migrata.schema.UniqueDef;
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
import io.migrata.schema.op.AttachPartition;
import io.migrata.schema.op.DetachPartition;
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

import java.util.ArrayList;
import java.util.List;

/**
 * Each op as the one {@code Operations} call that records it again, in the full form that states
 * every definition: {@code op.dropColumn("users", column("phone", varchar(20)))}, never the short
 * form that would need the live schema.
 */
final class OpStatements implements SchemaOp.Visitor<Call> {

    private final DefinitionCode definitions;

    OpStatements(DefinitionCode definitions) {
        this.definitions = definitions;
    }

    private Code table(QualifiedName table) {
        return definitions.name(table);
    }

    /** Columns in order (one-column default uniques on the column), key, constraints, indexes, comment. */
    private List<Code> tableArguments(TableDef table) {
        List<Code> args = new ArrayList<>();
        args.add(table(table.name()));
        List<UniqueDef> onColumns = table.uniques().stream()
                .filter(u -> DefinitionCode.isColumnUnique(table.name(), u)).toList();
        for (ColumnDef column : table.columns()) {
            boolean unique = onColumns.stream().anyMatch(u -> u.columns().get(0).equals(column.name()));
            args.add(definitions.column(column, unique));
        }
        if (table.primaryKey() != null) args.add(definitions.primaryKey(table.name(), table.primaryKey()));
        for (UniqueDef unique : table.uniques()) {
            if (!onColumns.contains(unique)) args.add(definitions.unique(table.name(), unique));
        }
        table.checks().forEach(check -> args.add(definitions.check(check)));
        for (ForeignKeyDef foreignKey : table.foreignKeys()) args.add(definitions.foreignKey(table.name(), foreignKey));
        for (IndexDef index : table.indexes()) args.add(definitions.index(index, false));
        if (table.comment() != null) args.add(Code.call("tableComment", Code.str(table.comment())));
        if (table.isPartition()) {
            List<Code> partition = new ArrayList<>(List.of(table(table.partitionOf().parent()), Code.str(table.partitionOf().bound())));
            if (table.isPartitioned()) partition.add(Code.str(table.partitionKey()));
            args.add(1, Code.call("partitionOf", partition));
        } else if (table.isPartitioned()) {
            args.add(Code.call("partitionBy", Code.str(table.partitionKey())));
        }
        return args;
    }

    @Override
    public Call visitCreateSchema(CreateSchema op) {
        return Code.call("createSchema", Code.str(op.name()));
    }

    @Override
    public Call visitDropSchema(DropSchema op) {
        return Code.call("dropSchema", Code.str(op.name()));
    }

    @Override
    public Call visitCreateTable(CreateTable op) {
        return Code.call("createTable", tableArguments(op.table()));
    }

    @Override
    public Call visitDropTable(DropTable op) {
        return Code.call("dropTable", tableArguments(op.table()));
    }

    @Override
    public Call visitRenameTable(RenameTable op) {
        return Code.call("renameTable", table(op.table()), Code.str(op.newName()));
    }

    @Override
    public Call visitAttachPartition(AttachPartition op) {
        return Code.call("attachPartition", table(op.partition().parent()), table(op.table()), Code.str(op.partition().bound()));
    }

    @Override
    public Call visitDetachPartition(DetachPartition op) {
        return Code.call(op.concurrently() ? "detachPartitionConcurrently" : "detachPartition", table(op.partition().parent()),
                table(op.table()), Code.str(op.partition().bound()));
    }

    @Override
    public Call visitAddColumn(AddColumn op) {
        return Code.call("addColumn", table(op.table()), definitions.column(op.column()));
    }

    @Override
    public Call visitDropColumn(DropColumn op) {
        return Code.call("dropColumn", table(op.table()), definitions.column(op.column()));
    }

    @Override
    public Call visitAlterColumn(AlterColumn op) {
        List<Code> args = new ArrayList<>();
        args.add(table(op.table()));
        args.add(definitions.column(op.from()));
        args.addAll(changes(op));
        return Code.call("alterColumn", args);
    }

    /** The clauses that take {@code from} to {@code to}; a new identity implies NOT NULL. */
    private List<Code> changes(AlterColumn op) {
        ColumnDef from = op.from();
        ColumnDef to = op.to();
        List<Code> changes = new ArrayList<>();
        if (op.changesType()) {
            List<Call> calls = new ArrayList<>();
            if (op.using() != null) calls.add(Code.call("using", Code.str(op.using())));
            if (op.reverseUsing() != null) calls.add(Code.call("reverseUsing", Code.str(op.reverseUsing())));
            Call setType = Code.call("setType", TypeCode.of(to.type()));
            changes.add(calls.isEmpty() ? setType : new Chain(setType, calls));
        }
        boolean identitySet = op.changesIdentity() && to.identity() != null;
        if (op.changesNullability() && !identitySet) changes.add(Code.call(to.nullable() ? "dropNotNull" : "setNotNull"));
        if (op.changesDefault()) {
            changes.add(to.defaultExpression() == null ? Code.call("dropDefault")
                    : Code.call("setDefault", Code.str(to.defaultExpression())));
        }
        if (op.changesIdentity()) {
            changes.add(identitySet ? definitions.identityCall("setIdentity", to.identity(), to.type())
                    : Code.call("dropIdentity"));
        }
        if (op.changesGenerated()) {
            changes.add(to.generatedExpression() == null ? Code.call("dropExpression")
                    : Code.call("setExpression", Code.str(to.generatedExpression())));
        }
        if (op.changesCollation()) {
            changes.add(to.collation() == null ? Code.call("resetCollation")
                    : Code.call("setCollation", Code.str(to.collation())));
        }
        return changes;
    }

    @Override
    public Call visitRenameIndex(RenameIndex op) {
        return Code.call("renameIndex", table(op.table()), Code.str(op.from()), Code.str(op.to()));
    }

    @Override
    public Call visitTakeOverIndex(TakeOverIndex op) {
        Code key = definitions.constraint(op.table(), op.key());
        if (op.released()) return Code.call("dropConstraintKeepingIndex", table(op.table()), key, Code.str(op.index()));
        return Code.call("takeOverIndex", table(op.table()), Code.str(op.index()), key);
    }

    @Override
    public Call visitRenameColumn(RenameColumn op) {
        return Code.call("renameColumn", table(op.table()), Code.str(op.from()), Code.str(op.to()));
    }

    @Override
    public Call visitAddPrimaryKey(AddPrimaryKey op) {
        return Code.call(op.usingIndex() ? "createPrimaryKeyUsingIndex" : "createPrimaryKey", table(op.table()),
                definitions.primaryKey(op.table(), op.key()));
    }

    @Override
    public Call visitAddUniqueConstraint(AddUniqueConstraint op) {
        return Code.call(op.usingIndex() ? "createUniqueConstraintUsingIndex" : "createUniqueConstraint",
                table(op.table()), definitions.unique(op.table(), op.unique()));
    }

    @Override
    public Call visitAddCheckConstraint(AddCheckConstraint op) {
        return Code.call(op.notValid() ? "createCheckConstraintNotValid" : "createCheckConstraint", table(op.table()),
                definitions.check(op.check()));
    }

    @Override
    public Call visitAddForeignKey(AddForeignKey op) {
        return Code.call(op.notValid() ? "createForeignKeyNotValid" : "createForeignKey", table(op.table()),
                definitions.foreignKey(op.table(), op.foreignKey()));
    }

    @Override
    public Call visitValidateConstraint(ValidateConstraint op) {
        return Code.call("validateConstraint", table(op.table()), Code.str(op.constraint()));
    }

    @Override
    public Call visitBackfill(Backfill op) {
        if (op.byKey() == null) return Code.call("backfill", table(op.table()), Code.str(op.column()), Code.str(op.batchSql()));
        Code walk = new Chain(Code.call("byKey", Code.strings(op.byKey().key())),
                List.of(Code.call("set", Code.str(op.byKey().value())), Code.call("where", Code.str(op.byKey().pending()))));
        return Code.call("backfill", table(op.table()), Code.str(op.column()), walk);
    }

    @Override
    public Call visitDropConstraint(DropConstraint op) {
        return Code.call("dropConstraint", table(op.table()), definitions.constraint(op.table(), op.constraint()));
    }

    @Override
    public Call visitCreateIndex(CreateIndex op) {
        return Code.call("createIndex", table(op.table()), definitions.index(op.index(), op.concurrently()));
    }

    @Override
    public Call visitDropIndex(DropIndex op) {
        return Code.call("dropIndex", table(op.table()), definitions.index(op.index(), op.concurrently()));
    }

    @Override
    public Call visitCreateEnum(CreateEnum op) {
        if (op.type().comment() != null) return Code.call("createEnum", definitions.enumType(op.type()));
        List<Code> args = new ArrayList<>();
        args.add(definitions.name(op.type().name()));
        args.addAll(Code.strings(op.type().labels()));
        return Code.call("createEnum", args);
    }

    @Override
    public Call visitDropEnum(DropEnum op) {
        return Code.call("dropEnum", definitions.enumType(op.type()));
    }

    @Override
    public Call visitAddEnumValue(AddEnumValue op) {
        if (op.before() == null && op.after() == null) {
            return Code.call("addEnumValue", definitions.name(op.type()), Code.str(op.label()));
        }
        return Code.call("addEnumValue", definitions.name(op.type()), Code.str(op.label()),
                DefinitionCode.enumPosition(op.before(), op.after()));
    }

    @Override
    public Call visitDropEnumValue(DropEnumValue op) {
        return Code.call("dropEnumValue", definitions.name(op.type()), Code.str(op.label()),
                DefinitionCode.enumPosition(op.before(), op.after()));
    }

    @Override
    public Call visitRenameEnumValue(RenameEnumValue op) {
        return Code.call("renameEnumValue", definitions.name(op.type()), Code.str(op.from()), Code.str(op.to()));
    }

    @Override
    public Call visitCreateSequence(CreateSequence op) {
        return Code.call("createSequence", definitions.sequence(op.sequence()));
    }

    @Override
    public Call visitAlterSequence(AlterSequence op) {
        return Code.call("alterSequence", definitions.sequence(op.from()), definitions.sequence(op.to()));
    }

    @Override
    public Call visitDropSequence(DropSequence op) {
        return Code.call("dropSequence", definitions.sequence(op.sequence()));
    }

    @Override
    public Call visitSetComment(SetComment op) {
        return Code.call("changeComment", definitions.commentTarget(op.target()), Code.str(op.from()), Code.str(op.to()));
    }

    @Override
    public Call visitCreateView(CreateView op) {
        if (op.view().materialized() || op.view().comment() != null) {
            return Code.call("createView", definitions.view(op.view()));
        }
        return Code.call("createView", definitions.name(op.view().name()), Code.str(op.view().definition()));
    }

    @Override
    public Call visitDropView(DropView op) {
        return Code.call("dropView", definitions.view(op.view()));
    }

    @Override
    public Call visitReplaceView(ReplaceView op) {
        return Code.call("replaceView", definitions.view(op.from()), definitions.view(op.to()));
    }

    @Override
    public Call visitCreateExtension(CreateExtension op) {
        return Code.call("createExtension", definitions.extension(op.extension()));
    }

    @Override
    public Call visitAlterExtension(AlterExtension op) {
        return Code.call("alterExtension", definitions.extension(op.from()), definitions.extension(op.to()));
    }

    @Override
    public Call visitDropExtension(DropExtension op) {
        return Code.call("dropExtension", definitions.extension(op.extension()));
    }

    @Override
    public Call visitCreateFunction(CreateFunction op) {
        return Code.call("createFunction", definitions.function(op.function()));
    }

    @Override
    public Call visitReplaceFunction(ReplaceFunction op) {
        return Code.call("replaceFunction", definitions.function(op.from()), definitions.function(op.to()));
    }

    @Override
    public Call visitDropFunction(DropFunction op) {
        return Code.call("dropFunction", definitions.function(op.function()));
    }

    @Override
    public Call visitCreateAggregate(CreateAggregate op) {
        return Code.call("createAggregate", definitions.aggregate(op.aggregate()));
    }

    @Override
    public Call visitDropAggregate(DropAggregate op) {
        return Code.call("dropAggregate", definitions.aggregate(op.aggregate()));
    }

    @Override
    public Call visitCreateTrigger(CreateTrigger op) {
        return Code.call("createTrigger", definitions.trigger(op.trigger()));
    }

    @Override
    public Call visitDropTrigger(DropTrigger op) {
        return Code.call("dropTrigger", definitions.trigger(op.trigger()));
    }

    @Override
    public Call visitCreateDomain(CreateDomain op) {
        return Code.call("createDomain", definitions.domain(op.domain()));
    }

    @Override
    public Call visitAlterDomain(AlterDomain op) {
        return Code.call("alterDomain", definitions.domain(op.from()), definitions.domain(op.to()));
    }

    @Override
    public Call visitDropDomain(DropDomain op) {
        return Code.call("dropDomain", definitions.domain(op.domain()));
    }

    @Override
    public Call visitSetSchemaComment(SetSchemaComment op) {
        return Code.call("changeSchemaComment", Code.str(op.schema()), Code.str(op.from()), Code.str(op.to()));
    }

    @Override
    public Call visitChangeRowSecurity(ChangeRowSecurity op) {
        return Code.call("changeRowSecurity", definitions.name(op.table()), DefinitionCode.rowSecurity(op.from()),
                DefinitionCode.rowSecurity(op.to()));
    }

    @Override
    public Call visitCreatePolicy(CreatePolicy op) {
        return Code.call("createPolicy", definitions.policy(op.policy()));
    }

    @Override
    public Call visitDropPolicy(DropPolicy op) {
        return Code.call("dropPolicy", definitions.policy(op.policy()));
    }

    @Override
    public Call visitGrantPrivilege(GrantPrivilege op) {
        return Code.call(op.grant().revokedDefault() ? "revokeDefault" : "grant", definitions.grant(op.grant()));
    }

    @Override
    public Call visitRevokePrivilege(RevokePrivilege op) {
        return Code.call(op.grant().revokedDefault() ? "restoreDefault" : "revoke", definitions.grant(op.grant()));
    }

    @Override
    public Call visitExecuteSql(ExecuteSql op) {
        List<Code> args = new ArrayList<>();
        args.add(Code.str(op.sql()));
        if (op.reverseSql() != null) args.add(Code.str(op.reverseSql()));
        if (op.transactional()) return Code.call("execute", args);
        Code execute = new Chain(new Lit("tx"), List.of(Code.call("execute", args)));
        return Code.call("outsideTransaction", new Lambda("tx", execute));
    }
}
