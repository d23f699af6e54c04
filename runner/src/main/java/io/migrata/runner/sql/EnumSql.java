package io.migrata.runner.sql;

import io.migrata.schema.EnumTypeDef;
import io.migrata.schema.op.AddEnumValue;
import io.migrata.schema.op.CommentTarget;
import io.migrata.schema.op.CreateEnum;
import io.migrata.schema.op.DropEnum;
import io.migrata.schema.op.RenameEnumValue;

import java.util.List;

/** Enum types: create, drop, add and rename labels (removing one is {@link EnumLabelRemovalSql}). */
final class EnumSql {

    private EnumSql() {
    }

    static List<Statement> create(CreateEnum op) {
        EnumTypeDef type = op.type();
        return new Statements(op)
                .add("CREATE TYPE " + type.name() + " AS ENUM " + SqlText.literals(type.labels()))
                .addIfPresent(CommentSql.onCreate(CommentTarget.type(type.name()), type.comment()))
                .toList();
    }

    static List<Statement> drop(DropEnum op) {
        return new Statements(op).add("DROP TYPE " + op.type().name()).toList();
    }

    /**
     * Runs on its own: PostgreSQL lets no statement of the transaction that added a label use it,
     * so the runner commits the label before anything that might (a default, a conversion, a row).
     */
    static List<Statement> addValue(AddEnumValue op) {
        StringBuilder sql = new StringBuilder("ALTER TYPE ").append(op.type()).append(" ADD VALUE ")
                .append(SqlText.literal(op.label()));
        if (op.before() != null) sql.append(" BEFORE ").append(SqlText.literal(op.before()));
        if (op.after() != null) sql.append(" AFTER ").append(SqlText.literal(op.after()));
        return new Statements(op).addOutsideTransaction(sql.toString()).toList();
    }

    static List<Statement> renameValue(RenameEnumValue op) {
        return new Statements(op)
                .add("ALTER TYPE " + op.type() + " RENAME VALUE " + SqlText.literal(op.from()) + " TO "
                        + SqlText.literal(op.to()))
                .toList();
    }
}
