package io.migrata.diff;

import io.migrata.schema.ForeignKeyDef;
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
import io.migrata.schema.op.AttachPartition;
import io.migrata.schema.op.DetachPartition;
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

/**
 * The place of each op in a migration, in the order the phases run. Why this order:
 * <ul>
 *   <li>renames first, so every later op names objects by their new names;</li>
 *   <li>then revokes, so grants go before their objects, and drops, each before what it would
 *       block: policies and row-level security before their tables and the columns and functions
 *       they use, triggers before their tables, views and functions, views before the tables, columns and aggregates they
 *       use, aggregates (only views use them) before the functions and types they are built on and before
 *       a changed one is created again, partitions detached (before their columns can change), foreign keys before the tables and keys they reference, sequences detached from
 *       columns about to go (dropping the column would drop them), tables before the keys,
 *       indexes and columns of other tables their foreign keys reference, generated columns
 *       before the columns their expressions use, and identities, so that the name of an
 *       identity's sequence is free for a sequence created next;</li>
 *   <li>then extensions (in new schemas), whose types and operator classes columns and indexes
 *       use, new types and sequences, domains (which may be over those types; altered ones too),
 *       and functions, which defaults, checks and triggers call and which may take domains, then the
 *       aggregates built on them;</li>
 *   <li>then added and altered columns; only after those the functions, sequences, enums and then
 *       extensions nothing uses any more, and only after those new identities and new tables, so they may take a dropped
 *       sequence's name (PostgreSQL names an identity's sequence {@code table_column_seq}, or
 *       {@code table_column_seq1} when that is taken, as it is by a serial column's sequence until
 *       the sequence is dropped); generated columns after identities, which they may use;</li>
 *   <li>then what refers to columns: sequence owners, keys and checks, indexes, and foreign keys
 *       last, once every key they reference exists;</li>
 *   <li>then tables attached as partitions, once their columns and checks match the parent's;</li>
 *   <li>views once every table is final, then triggers on tables and views, policies and
 *       row-level security turned on, grants on every object, comments, and empty schemas
 *       dropped at the very end.</li>
 * </ul>
 */
public enum Phase {
    RENAME_TABLE,
    RENAME_COLUMN,
    RENAME_ENUM_VALUE,
    REVOKE,
    DROP_TRIGGER,
    DROP_POLICY,
    DROP_VIEW,
    DROP_AGGREGATE,
    DETACH_PARTITION,
    DROP_FOREIGN_KEY,
    DETACH_SEQUENCE,
    /** Never {@link #of}: {@link OpOrderer} moves here the drops of functions that name a dropped table's row type. */
    DROP_ROW_TYPE_FUNCTION,
    DROP_TABLE,
    DROP_INDEX,
    DROP_CONSTRAINT,
    DROP_GENERATED_COLUMN,
    DROP_COLUMN,
    DROP_IDENTITY,
    DROP_ENUM_VALUE,
    CREATE_SCHEMA,
    CREATE_EXTENSION,
    ALTER_EXTENSION,
    CREATE_ENUM,
    ADD_ENUM_VALUE,
    CREATE_SEQUENCE,
    CREATE_DOMAIN,
    CREATE_FUNCTION,
    CREATE_AGGREGATE,
    ADD_COLUMN,
    ALTER_COLUMN,
    DROP_FUNCTION,
    DROP_DOMAIN,
    DROP_SEQUENCE,
    DROP_ENUM,
    DROP_EXTENSION,
    ADD_IDENTITY,
    ADD_GENERATED_COLUMN,
    CREATE_TABLE,
    /** Never {@link #of}: {@link OpOrderer} moves here the functions that name a created table's row type. */
    CREATE_ROW_TYPE_FUNCTION,
    ALTER_SEQUENCE,
    ADD_CONSTRAINT,
    CREATE_INDEX,
    ADD_FOREIGN_KEY,
    ATTACH_PARTITION,
    CREATE_VIEW,
    CREATE_TRIGGER,
    CREATE_POLICY,
    GRANT,
    EXECUTE_SQL,
    SET_COMMENT,
    DROP_SCHEMA;

    /** The phase an op runs in. */
    public static Phase of(SchemaOp op) {
        return op.accept(OF);
    }

    private static final SchemaOp.Visitor<Phase> OF = new SchemaOp.Visitor<>() {
        @Override
        public Phase visitCreateSchema(CreateSchema op) {
            return CREATE_SCHEMA;
        }

        @Override
        public Phase visitDropSchema(DropSchema op) {
            return DROP_SCHEMA;
        }

        @Override
        public Phase visitCreateTable(CreateTable op) {
            return CREATE_TABLE;
        }

        @Override
        public Phase visitDropTable(DropTable op) {
            return DROP_TABLE;
        }

        @Override
        public Phase visitRenameTable(RenameTable op) {
            return RENAME_TABLE;
        }

        @Override
        public Phase visitAttachPartition(AttachPartition op) {
            return ATTACH_PARTITION;
        }

        @Override
        public Phase visitDetachPartition(DetachPartition op) {
            return DETACH_PARTITION;
        }

        @Override
        public Phase visitAddColumn(AddColumn op) {
            if (op.column().identity() != null) return ADD_IDENTITY;
            return op.column().generatedExpression() != null ? ADD_GENERATED_COLUMN : ADD_COLUMN;
        }

        @Override
        public Phase visitDropColumn(DropColumn op) {
            return op.column().generatedExpression() != null ? DROP_GENERATED_COLUMN : DROP_COLUMN;
        }

        /** An op that adds or removes an identity and changes nothing else runs apart; see the phase order. */
        @Override
        public Phase visitAlterColumn(AlterColumn op) {
            boolean identityOnly = op.from().withIdentity(null).equals(op.to().withIdentity(null));
            if (identityOnly && op.from().identity() == null) return ADD_IDENTITY;
            if (identityOnly && op.to().identity() == null) return DROP_IDENTITY;
            return ALTER_COLUMN;
        }

        @Override
        public Phase visitRenameColumn(RenameColumn op) {
            return RENAME_COLUMN;
        }

        @Override
        public Phase visitAddPrimaryKey(AddPrimaryKey op) {
            return ADD_CONSTRAINT;
        }

        @Override
        public Phase visitAddUniqueConstraint(AddUniqueConstraint op) {
            return ADD_CONSTRAINT;
        }

        @Override
        public Phase visitAddCheckConstraint(AddCheckConstraint op) {
            return ADD_CONSTRAINT;
        }

        @Override
        public Phase visitAddForeignKey(AddForeignKey op) {
            return ADD_FOREIGN_KEY;
        }

        /** The diff never writes one; the online plan puts each right after the constraint it validates. */
        @Override
        public Phase visitValidateConstraint(ValidateConstraint op) {
            return ADD_FOREIGN_KEY;
        }

        /** Written by the online plan between a column's addition and its NOT NULL. */
        @Override
        public Phase visitBackfill(Backfill op) {
            return ALTER_COLUMN;
        }

        @Override
        public Phase visitDropConstraint(DropConstraint op) {
            return op.constraint() instanceof ForeignKeyDef ? DROP_FOREIGN_KEY : DROP_CONSTRAINT;
        }

        @Override
        public Phase visitCreateIndex(CreateIndex op) {
            return CREATE_INDEX;
        }

        @Override
        public Phase visitDropIndex(DropIndex op) {
            return DROP_INDEX;
        }

        @Override
        public Phase visitRenameIndex(RenameIndex op) {
            return CREATE_INDEX;
        }

        @Override
        public Phase visitTakeOverIndex(TakeOverIndex op) {
            return op.released() ? DROP_CONSTRAINT : ADD_CONSTRAINT;
        }

        @Override
        public Phase visitCreateEnum(CreateEnum op) {
            return CREATE_ENUM;
        }

        @Override
        public Phase visitDropEnum(DropEnum op) {
            return DROP_ENUM;
        }

        @Override
        public Phase visitAddEnumValue(AddEnumValue op) {
            return ADD_ENUM_VALUE;
        }

        @Override
        public Phase visitDropEnumValue(DropEnumValue op) {
            return DROP_ENUM_VALUE;
        }

        @Override
        public Phase visitRenameEnumValue(RenameEnumValue op) {
            return RENAME_ENUM_VALUE;
        }

        @Override
        public Phase visitCreateSequence(CreateSequence op) {
            return CREATE_SEQUENCE;
        }

        /** Taking the owner away must happen before the owner column is dropped; anything else after columns exist. */
        @Override
        public Phase visitAlterSequence(AlterSequence op) {
            return op.from().ownedBy() != null && op.to().ownedBy() == null ? DETACH_SEQUENCE : ALTER_SEQUENCE;
        }

        @Override
        public Phase visitDropSequence(DropSequence op) {
            return DROP_SEQUENCE;
        }

        @Override
        public Phase visitSetComment(SetComment op) {
            return SET_COMMENT;
        }

        @Override
        public Phase visitCreateView(CreateView op) {
            return CREATE_VIEW;
        }

        @Override
        public Phase visitDropView(DropView op) {
            return DROP_VIEW;
        }

        @Override
        public Phase visitReplaceView(ReplaceView op) {
            return CREATE_VIEW;
        }

        @Override
        public Phase visitCreateExtension(CreateExtension op) {
            return CREATE_EXTENSION;
        }

        @Override
        public Phase visitAlterExtension(AlterExtension op) {
            return ALTER_EXTENSION;
        }

        @Override
        public Phase visitDropExtension(DropExtension op) {
            return DROP_EXTENSION;
        }

        @Override
        public Phase visitCreateFunction(CreateFunction op) {
            return CREATE_FUNCTION;
        }

        @Override
        public Phase visitReplaceFunction(ReplaceFunction op) {
            return CREATE_FUNCTION;
        }

        @Override
        public Phase visitDropFunction(DropFunction op) {
            return DROP_FUNCTION;
        }

        @Override
        public Phase visitCreateAggregate(CreateAggregate op) {
            return CREATE_AGGREGATE;
        }

        @Override
        public Phase visitDropAggregate(DropAggregate op) {
            return DROP_AGGREGATE;
        }

        @Override
        public Phase visitCreateTrigger(CreateTrigger op) {
            return CREATE_TRIGGER;
        }

        @Override
        public Phase visitDropTrigger(DropTrigger op) {
            return DROP_TRIGGER;
        }

        @Override
        public Phase visitCreateDomain(CreateDomain op) {
            return CREATE_DOMAIN;
        }

        @Override
        public Phase visitAlterDomain(AlterDomain op) {
            return CREATE_DOMAIN;
        }

        @Override
        public Phase visitDropDomain(DropDomain op) {
            return DROP_DOMAIN;
        }

        @Override
        public Phase visitSetSchemaComment(SetSchemaComment op) {
            return SET_COMMENT;
        }

        /** Turned off with the drops (its table may go), anything else with the policies. */
        @Override
        public Phase visitChangeRowSecurity(ChangeRowSecurity op) {
            return op.to() == RowSecurity.OFF ? DROP_POLICY : CREATE_POLICY;
        }

        @Override
        public Phase visitCreatePolicy(CreatePolicy op) {
            return CREATE_POLICY;
        }

        @Override
        public Phase visitDropPolicy(DropPolicy op) {
            return DROP_POLICY;
        }

        @Override
        public Phase visitGrantPrivilege(GrantPrivilege op) {
            return GRANT;
        }

        @Override
        public Phase visitRevokePrivilege(RevokePrivilege op) {
            return REVOKE;
        }

        @Override
        public Phase visitExecuteSql(ExecuteSql op) {
            return EXECUTE_SQL;
        }
    };
}
