package io.migrata.runner.sql;

import io.migrata.schema.CheckDef;
import io.migrata.schema.ConstraintDef;
import io.migrata.schema.ForeignKeyDef;
import io.migrata.schema.PrimaryKeyDef;
import io.migrata.schema.QualifiedName;
import io.migrata.schema.UniqueDef;
import io.migrata.schema.op.DropConstraint;
import io.migrata.schema.op.SchemaOp;
import io.migrata.schema.op.TakeOverIndex;

import java.util.List;

/** Table constraints: the clause {@code CREATE TABLE} lists, and adding or dropping one later. */
final class ConstraintSql {

    private ConstraintSql() {
    }

    /** {@code CONSTRAINT name PRIMARY KEY (…)} and the like; the name is always explicit. */
    static String clause(ConstraintDef constraint) {
        return "CONSTRAINT " + SqlText.name(constraint.name()) + " " + body(constraint);
    }

    private static String body(ConstraintDef constraint) {
        if (constraint instanceof PrimaryKeyDef key) return "PRIMARY KEY " + SqlText.names(key.columns());
        if (constraint instanceof UniqueDef unique) {
            return "UNIQUE " + (unique.nullsNotDistinct() ? "NULLS NOT DISTINCT " : "") + SqlText.names(unique.columns())
                    + unique.deferrability().sqlSuffix();
        }
        if (constraint instanceof CheckDef check) return "CHECK (" + check.expression() + ")";
        return foreignKey((ForeignKeyDef) constraint);
    }

    private static String foreignKey(ForeignKeyDef fk) {
        StringBuilder sql = new StringBuilder("FOREIGN KEY ").append(SqlText.names(fk.columns()))
                .append(" REFERENCES ").append(fk.targetTable()).append(' ').append(SqlText.names(fk.targetColumns()));
        if (fk.matchFull()) sql.append(" MATCH FULL");
        if (fk.onUpdate() != ForeignKeyDef.Action.NO_ACTION) sql.append(" ON UPDATE ").append(fk.onUpdate().sql());
        if (fk.onDelete() != ForeignKeyDef.Action.NO_ACTION) sql.append(" ON DELETE ").append(fk.onDelete().sql());
        return sql.append(fk.deferrability().sqlSuffix()).toString();
    }

    static String add(QualifiedName table, ConstraintDef constraint) {
        return "ALTER TABLE " + table + " ADD " + clause(constraint);
    }

    /**
     * A foreign key or check added to an existing table. With {@code notValid} it is added
     * {@code NOT VALID} (a brief lock, no scan) and validated by a separate statement that runs
     * after the first has committed, scanning without blocking writes.
     */
    static List<Statement> addChecked(SchemaOp op, QualifiedName table, ConstraintDef constraint, boolean notValid) {
        Statements statements = new Statements(op);
        if (!notValid) return statements.add(add(table, constraint)).toList();
        return statements
                .add(add(table, constraint) + " NOT VALID")
                .addOutsideTransaction(validate(table, constraint.name()))
                .toList();
    }

    /** Only the {@code NOT VALID} half: the migration validates with an op of its own. */
    static List<Statement> addNotValid(SchemaOp op, QualifiedName table, ConstraintDef constraint) {
        return new Statements(op).add(add(table, constraint) + " NOT VALID").toList();
    }

    /**
     * A primary key or unique constraint whose index is built {@code CONCURRENTLY} on its own,
     * outside the transaction, and then taken over by the constraint, which keeps the index's name.
     */
    static List<Statement> addUsingIndex(SchemaOp op, QualifiedName table, ConstraintDef constraint) {
        List<String> columns = constraint instanceof PrimaryKeyDef key ? key.columns() : ((UniqueDef) constraint).columns();
        boolean nullsNotDistinct = constraint instanceof UniqueDef unique && unique.nullsNotDistinct();
        String name = SqlText.name(constraint.name());
        String kind = constraint instanceof PrimaryKeyDef ? "PRIMARY KEY" : "UNIQUE";
        String suffix = constraint instanceof UniqueDef unique ? unique.deferrability().sqlSuffix() : "";
        return new Statements(op)
                .addOutsideTransaction("CREATE UNIQUE INDEX CONCURRENTLY " + name + " ON " + table + " "
                        + SqlText.names(columns) + (nullsNotDistinct ? " NULLS NOT DISTINCT" : ""))
                .add("ALTER TABLE " + table + " ADD CONSTRAINT " + name + " " + kind + " USING INDEX " + name + suffix)
                .toList();
    }

    /** Released: the constraint's drop takes its index along, so the index is built again, as it stood before. */
    static List<Statement> takeOverIndex(TakeOverIndex op) {
        Statements statements = new Statements(op);
        if (op.released()) {
            return statements.add("ALTER TABLE " + op.table() + " DROP CONSTRAINT " + SqlText.name(op.key().name()))
                    .add(IndexSql.create(op.table(), op.indexDef(), false))
                    .toList();
        }
        String kind = op.key() instanceof PrimaryKeyDef ? "PRIMARY KEY" : "UNIQUE";
        String suffix = op.key() instanceof UniqueDef unique ? unique.deferrability().sqlSuffix() : "";
        return statements.add("ALTER TABLE " + op.table() + " ADD CONSTRAINT " + SqlText.name(op.key().name()) + " " + kind
                + " USING INDEX " + SqlText.name(op.index()) + suffix).toList();
    }

    static String validate(QualifiedName table, String constraint) {
        return "ALTER TABLE " + table + " VALIDATE CONSTRAINT " + SqlText.name(constraint);
    }

    static List<Statement> drop(DropConstraint op) {
        return new Statements(op)
                .add("ALTER TABLE " + op.table() + " DROP CONSTRAINT " + SqlText.name(op.constraint().name()))
                .toList();
    }
}
