package io.migrata.diff;

import io.migrata.schema.ColumnDef;
import io.migrata.schema.ColumnRef;
import io.migrata.schema.Identifiers;
import io.migrata.schema.QualifiedName;
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
import io.migrata.schema.TypeRules;
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

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The {@link Hazard}s of each op of a list, in op order. Ops on a table the same list creates carry
 * none: an empty table has no rows to lose, rewrite or violate anything. Lock hazards are reported
 * only where the lock is held for as long as the table is rewritten, scanned or indexed; the
 * brief lock of, say, adding a nullable column is not one.
 *
 * <pre>{@code
 * List<Hazard> downgradeHazards = HazardClassifier.classify(result.downgrade());
 * }</pre>
 */
public final class HazardClassifier {

    private HazardClassifier() {
    }

    /** With no answers about volatility: a new column's default that calls a function counts as volatile. */
    public static List<Hazard> classify(List<? extends SchemaOp> ops) {
        return classify(ops, DefaultVolatility.unknown());
    }

    /** @param volatility which new columns' defaults PostgreSQL computes per row, rewriting the table */
    public static List<Hazard> classify(List<? extends SchemaOp> ops, DefaultVolatility volatility) {
        Objects.requireNonNull(volatility, "volatility");
        Set<QualifiedName> created = new HashSet<>();
        for (SchemaOp op : ops) {
            if (op instanceof CreateTable create) created.add(create.table().name());
        }
        Rules rules = new Rules(created, volatility);
        List<Hazard> hazards = new ArrayList<>();
        for (SchemaOp op : ops) hazards.addAll(op.accept(rules).list());
        return List.copyOf(hazards);
    }

    /** The hazards of one op, at most one of each kind (the first reason found). */
    private static final class Found {
        private final SchemaOp op;
        private final Map<HazardKind, Hazard> byKind = new EnumMap<>(HazardKind.class);

        Found(SchemaOp op) {
            this.op = op;
        }

        Found add(HazardKind kind, String message) {
            byKind.putIfAbsent(kind, new Hazard(kind, op, message));
            return this;
        }

        List<Hazard> list() {
            return List.copyOf(byKind.values());
        }
    }

    private static final class Rules implements SchemaOp.Visitor<Found> {
        private final Set<QualifiedName> created;
        private final DefaultVolatility volatility;

        Rules(Set<QualifiedName> created, DefaultVolatility volatility) {
            this.created = created;
            this.volatility = volatility;
        }

        private static String column(QualifiedName table, ColumnDef column) {
            return new ColumnRef(table, column.name()).toString();
        }

        @Override
        public Found visitDropTable(DropTable op) {
            return new Found(op).add(HazardKind.DATA_LOSS, "drops table " + op.table().name() + " and every row in it");
        }

        @Override
        public Found visitDropColumn(DropColumn op) {
            return new Found(op).add(HazardKind.DATA_LOSS,
                    "drops column " + column(op.table(), op.column()) + " and every value in it");
        }

        @Override
        public Found visitAlterColumn(AlterColumn op) {
            Found found = new Found(op);
            if (created.contains(op.table())) return found;
            ColumnDef from = op.from();
            ColumnDef to = op.to();
            String name = column(op.table(), from);
            if (op.changesType()) {
                if (op.using() == null && !TypeRules.isAssignable(from.type(), to.type())) {
                    found.add(HazardKind.CONVERSION_REQUIRED, "PostgreSQL changes " + name + " from " + from.type() + " to "
                            + to.type() + " only with a cast that reinterprets or rejects values; give the conversion with"
                            + " --using " + op.table() + "." + Identifiers.quote(from.name()) + "=EXPRESSION");
                }
                if (!TypeRules.isWidening(from.type(), to.type())) {
                    found.add(HazardKind.DATA_LOSS, "changes " + name + " from " + from.type() + " to " + to.type()
                            + ", which cannot hold every value of the old type");
                    found.add(HazardKind.MAY_FAIL_ON_EXISTING_DATA, "fails if a value of " + name + " does not convert to "
                            + to.type());
                }
                if (TypeRules.rewritesTable(from.type(), to.type())) {
                    found.add(HazardKind.TABLE_REWRITE, "changing " + name + " from " + from.type() + " to " + to.type()
                            + " rewrites table " + op.table() + " and its indexes");
                    found.add(HazardKind.BLOCKING_LOCK, "holds an ACCESS EXCLUSIVE lock on " + op.table()
                            + " while the table is rewritten");
                }
            }
            if (from.identity() != null && to.identity() == null) {
                found.add(HazardKind.DATA_LOSS, "removes the identity of " + name
                        + ": restoring it restarts the numbering at its start value");
            }
            if (from.nullable() && !to.nullable()) {
                found.add(HazardKind.MAY_FAIL_ON_EXISTING_DATA, "fails if " + name + " holds NULL in any row");
                found.add(HazardKind.BLOCKING_LOCK, "SET NOT NULL on " + name + " scans every row of "
                        + op.table() + " under an ACCESS EXCLUSIVE lock");
            }
            if (op.changesGenerated() && to.generatedExpression() != null) {
                found.add(HazardKind.TABLE_REWRITE, "computing " + name + " from a new expression rewrites table " + op.table());
                found.add(HazardKind.BLOCKING_LOCK, "holds an ACCESS EXCLUSIVE lock on " + op.table()
                        + " while the table is rewritten");
            }
            if (op.changesCollation()) {
                found.add(HazardKind.BLOCKING_LOCK, "changing the collation of " + name + " rebuilds its indexes"
                        + " under an ACCESS EXCLUSIVE lock on " + op.table());
            }
            return found;
        }

        @Override
        public Found visitAddColumn(AddColumn op) {
            Found found = new Found(op);
            if (created.contains(op.table())) return found;
            ColumnDef column = op.column();
            String name = column(op.table(), column);
            String rewrite = null;
            if (column.identity() != null) rewrite = "adding identity column " + name + " numbers every existing row";
            else if (column.generatedExpression() != null) rewrite = "adding generated column " + name + " computes it for every row";
            else if (column.defaultExpression() != null && volatility.isVolatile(column.defaultExpression())) {
                rewrite = "the default " + column.defaultExpression() + " of " + name
                        + (volatility.isKnown(column.defaultExpression()) ? " is volatile"
                                : " may be volatile (no database was asked)")
                        + ", so adding the column writes a value into every row";
            }
            if (rewrite != null) {
                found.add(HazardKind.TABLE_REWRITE, rewrite + ", rewriting table " + op.table());
                found.add(HazardKind.BLOCKING_LOCK, "holds an ACCESS EXCLUSIVE lock on " + op.table()
                        + " while the table is rewritten");
            }
            if (!column.nullable() && column.defaultExpression() == null && column.identity() == null
                    && column.generatedExpression() == null) {
                found.add(HazardKind.MAY_FAIL_ON_EXISTING_DATA, "fails if " + op.table() + " has any row: the new NOT NULL"
                        + " column " + Identifiers.quote(column.name()) + " has no default");
            }
            return found;
        }

        @Override
        public Found visitAddPrimaryKey(AddPrimaryKey op) {
            Found found = new Found(op);
            if (created.contains(op.table())) return found;
            found.add(HazardKind.MAY_FAIL_ON_EXISTING_DATA, "fails if rows of " + op.table() + " repeat "
                    + names(op.key().columns()));
            if (op.usingIndex()) return found;
            return found.add(HazardKind.BLOCKING_LOCK, "builds the primary key index of " + op.table()
                            + " under an ACCESS EXCLUSIVE lock");
        }

        @Override
        public Found visitAddUniqueConstraint(AddUniqueConstraint op) {
            Found found = new Found(op);
            if (created.contains(op.table())) return found;
            found.add(HazardKind.MAY_FAIL_ON_EXISTING_DATA, "fails if rows of " + op.table() + " repeat "
                    + names(op.unique().columns()));
            if (op.usingIndex()) return found;
            return found.add(HazardKind.BLOCKING_LOCK, "builds the index of unique constraint "
                            + Identifiers.quote(op.unique().name()) + " under an ACCESS EXCLUSIVE lock on " + op.table());
        }

        @Override
        public Found visitAddCheckConstraint(AddCheckConstraint op) {
            Found found = new Found(op);
            if (created.contains(op.table()) || op.notValid()) return found;
            return found.add(HazardKind.MAY_FAIL_ON_EXISTING_DATA, "fails if a row of " + op.table() + " violates check "
                            + Identifiers.quote(op.check().name()))
                    .add(HazardKind.BLOCKING_LOCK, "checks every row of " + op.table()
                            + " under an ACCESS EXCLUSIVE lock");
        }

        @Override
        public Found visitAddForeignKey(AddForeignKey op) {
            Found found = new Found(op);
            if (created.contains(op.table()) || op.notValid()) return found;
            QualifiedName target = op.foreignKey().targetTable();
            return found.add(HazardKind.MAY_FAIL_ON_EXISTING_DATA, "fails if a row of " + op.table()
                            + " references no row of " + target)
                    .add(HazardKind.BLOCKING_LOCK, "checks every row of " + op.table()
                            + " under SHARE ROW EXCLUSIVE locks on " + op.table() + " and " + target
                            + ", which block writes to both");
        }

        @Override
        public Found visitCreateIndex(CreateIndex op) {
            Found found = new Found(op);
            if (created.contains(op.table())) return found;
            String index = Identifiers.quote(op.index().name());
            if (!op.concurrently()) {
                found.add(HazardKind.BLOCKING_LOCK, "building index " + index + " without CONCURRENTLY holds a SHARE"
                        + " lock on " + op.table() + ", which blocks writes (not reads) until it is built");
            }
            if (op.index().unique()) {
                found.add(HazardKind.MAY_FAIL_ON_EXISTING_DATA, "fails if rows of " + op.table()
                        + " repeat the key of unique index " + index);
            }
            return found;
        }

        @Override
        public Found visitRenameIndex(RenameIndex op) {
            return new Found(op);
        }

        /** The takeover checks nothing (the index already holds the rows unique); the release builds the index under the lock. */
        @Override
        public Found visitTakeOverIndex(TakeOverIndex op) {
            Found found = new Found(op);
            if (!op.released() || created.contains(op.table())) return found;
            return found.add(HazardKind.BLOCKING_LOCK, "builds unique index " + Identifiers.quote(op.index())
                    + " under an ACCESS EXCLUSIVE lock on " + op.table());
        }

        @Override
        public Found visitDropIndex(DropIndex op) {
            Found found = new Found(op);
            if (created.contains(op.table()) || op.concurrently()) return found;
            return found.add(HazardKind.BLOCKING_LOCK, "dropping index " + Identifiers.quote(op.index().name())
                    + " without CONCURRENTLY takes an ACCESS EXCLUSIVE lock on " + op.table());
        }

        @Override
        public Found visitDropSequence(DropSequence op) {
            return new Found(op).add(HazardKind.DATA_LOSS, "drops sequence " + op.sequence().name()
                    + ": created again, it restarts at its start value");
        }

        @Override
        public Found visitDropEnumValue(DropEnumValue op) {
            return new Found(op).add(HazardKind.DATA_LOSS, "removes label '" + op.label() + "' from enum " + op.type()
                    + ": rows holding it must be changed first");
        }

        private static String names(List<String> columns) {
            return "(" + String.join(", ", columns.stream().map(Identifiers::quote).toList()) + ")";
        }

        @Override
        public Found visitCreateSchema(CreateSchema op) {
            return new Found(op);
        }

        @Override
        public Found visitDropSchema(DropSchema op) {
            return new Found(op);
        }

        @Override
        public Found visitCreateTable(CreateTable op) {
            return new Found(op);
        }

        @Override
        public Found visitRenameTable(RenameTable op) {
            return new Found(op);
        }

        @Override
        public Found visitAttachPartition(AttachPartition op) {
            Found found = new Found(op);
            found.add(HazardKind.MAY_FAIL_ON_EXISTING_DATA, "fails if rows of " + op.table() + " lie outside "
                    + op.partition().bound() + "; PostgreSQL reads the whole table to check, unless a CHECK constraint proves it");
            return found;
        }

        @Override
        public Found visitDetachPartition(DetachPartition op) {
            Found found = new Found(op);
            if (op.concurrently()) return found;
            found.add(HazardKind.BLOCKING_LOCK, "detaching " + op.table() + " takes an ACCESS EXCLUSIVE lock on "
                    + op.partition().parent() + " (the online plan's DETACH PARTITION CONCURRENTLY avoids it); the keys, foreign"
                    + " keys and indexes it has from the parent are dropped from it");
            return found;
        }

        @Override
        public Found visitRenameColumn(RenameColumn op) {
            return new Found(op);
        }

        @Override
        public Found visitDropConstraint(DropConstraint op) {
            return new Found(op);
        }

        @Override
        public Found visitCreateEnum(CreateEnum op) {
            return new Found(op);
        }

        @Override
        public Found visitDropEnum(DropEnum op) {
            return new Found(op);
        }

        @Override
        public Found visitAddEnumValue(AddEnumValue op) {
            return new Found(op);
        }

        @Override
        public Found visitRenameEnumValue(RenameEnumValue op) {
            return new Found(op);
        }

        @Override
        public Found visitCreateSequence(CreateSequence op) {
            return new Found(op);
        }

        @Override
        public Found visitAlterSequence(AlterSequence op) {
            return new Found(op);
        }

        @Override
        public Found visitSetComment(SetComment op) {
            return new Found(op);
        }

        @Override
        public Found visitCreateView(CreateView op) {
            return new Found(op);
        }

        @Override
        public Found visitDropView(DropView op) {
            return new Found(op);
        }

        @Override
        public Found visitReplaceView(ReplaceView op) {
            return new Found(op);
        }

        @Override
        public Found visitValidateConstraint(ValidateConstraint op) {
            if (created.contains(op.table())) return new Found(op);
            return new Found(op).add(HazardKind.MAY_FAIL_ON_EXISTING_DATA, "fails if a row of " + op.table()
                    + " violates constraint " + Identifiers.quote(op.constraint()));
        }

        @Override
        public Found visitBackfill(Backfill op) {
            return new Found(op);
        }

        @Override
        public Found visitCreateExtension(CreateExtension op) {
            return new Found(op);
        }

        @Override
        public Found visitAlterExtension(AlterExtension op) {
            return new Found(op);
        }

        @Override
        public Found visitDropExtension(DropExtension op) {
            return new Found(op);
        }

        @Override
        public Found visitCreateFunction(CreateFunction op) {
            return new Found(op);
        }

        @Override
        public Found visitReplaceFunction(ReplaceFunction op) {
            return new Found(op);
        }

        @Override
        public Found visitDropFunction(DropFunction op) {
            return new Found(op);
        }

        @Override
        public Found visitCreateAggregate(CreateAggregate op) {
            return new Found(op);
        }

        @Override
        public Found visitDropAggregate(DropAggregate op) {
            return new Found(op);
        }

        @Override
        public Found visitCreateTrigger(CreateTrigger op) {
            return new Found(op);
        }

        @Override
        public Found visitDropTrigger(DropTrigger op) {
            return new Found(op);
        }

        @Override
        public Found visitCreateDomain(CreateDomain op) {
            return new Found(op);
        }

        /** A new NOT NULL or check is tested against every value of every column of the domain. */
        @Override
        public Found visitAlterDomain(AlterDomain op) {
            Found found = new Found(op);
            if (op.to().notNull() && !op.from().notNull()) {
                found.add(HazardKind.MAY_FAIL_ON_EXISTING_DATA, "fails if a column of domain " + op.from().name() + " holds NULL");
            }
            for (var check : op.addedChecks()) {
                if (!check.definition().endsWith("NOT VALID")) {
                    found.add(HazardKind.MAY_FAIL_ON_EXISTING_DATA, "fails if a value of domain " + op.from().name()
                            + " breaks check " + check.name());
                }
            }
            return found;
        }

        @Override
        public Found visitDropDomain(DropDomain op) {
            return new Found(op);
        }

        @Override
        public Found visitSetSchemaComment(SetSchemaComment op) {
            return new Found(op);
        }

        @Override
        public Found visitChangeRowSecurity(ChangeRowSecurity op) {
            return new Found(op);
        }

        @Override
        public Found visitCreatePolicy(CreatePolicy op) {
            return new Found(op);
        }

        @Override
        public Found visitDropPolicy(DropPolicy op) {
            return new Found(op);
        }

        @Override
        public Found visitGrantPrivilege(GrantPrivilege op) {
            return new Found(op);
        }

        @Override
        public Found visitRevokePrivilege(RevokePrivilege op) {
            return new Found(op);
        }

        @Override
        public Found visitExecuteSql(ExecuteSql op) {
            return new Found(op);
        }
    }
}
